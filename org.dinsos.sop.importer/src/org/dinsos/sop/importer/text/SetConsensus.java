package org.dinsos.sop.importer.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dinsos.sop.importer.DraftSop;
import org.dinsos.sop.importer.DraftSop.Place;
import org.dinsos.sop.text.EditDistance;

/**
 * What the SOPs of one scanned set share, used where one of them lost it in the OCR: the signing
 * official's jabatan (also when one letter was misread), the letterhead's address, the unit (the
 * jabatan is "Kepala" of it), and the SOP numbers of a series ("800/16", "800/17", ...).
 */
final class SetConsensus {

	private static final Pattern HEAD_OF = Pattern.compile("^Kepala\\s+(.+)$");

	private final List<DraftSop> sops;

	SetConsensus(List<DraftSop> sops) {
		this.sops = sops;
	}

	void apply() {
		jabatan();
		for (int i = 0; i < sops.size(); i++) {
			DraftSop sop = sops.get(i);
			if (sop.alamat == null) {
				for (DraftSop other : sops) {
					if (other.alamat != null) {
						sop.alamat = other.alamat;
						sop.guess(Place.UNIT, "alamat tidak ada di hasil OCR SOP ini; diambil dari kop SOP ke-" + (sops.indexOf(other) + 1)
								+ " berkas yang sama");
						break;
					}
				}
			}
			Matcher head = sop.jabatan == null ? null : HEAD_OF.matcher(sop.jabatan);
			if (sop.unit == null && head != null && head.matches()) {
				sop.unit = head.group(1);
				sop.guess(Place.UNIT, "nama unit tidak ada di hasil OCR; dibaca dari jabatan \"" + sop.jabatan + "\"");
			}
		}
		series();
	}

	/** The jabatan most SOPs give fills one that is missing or differs by a misread letter or two. */
	private void jabatan() {
		Map<String, Integer> counts = new HashMap<>();
		sops.stream().filter(sop -> sop.jabatan != null).forEach(sop -> counts.merge(sop.jabatan, 1, Integer::sum));
		String common = counts.entrySet().stream().filter(entry -> entry.getValue() > 1)
				.max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
		if (common == null) {
			return;
		}
		for (DraftSop sop : sops) {
			if (sop.jabatan == null) {
				sop.jabatan = common;
				sop.guess(Place.PENGESAHAN, "jabatan tidak ada di hasil OCR SOP ini; diisi \"" + common + "\" seperti SOP lain berkas ini");
			} else if (!sop.jabatan.equals(common) && EditDistance.between(sop.jabatan, common) <= 2) {
				sop.guess(Place.PENGESAHAN, "jabatan terbaca \"" + sop.jabatan + "\"; dibaca \"" + common + "\" seperti SOP lain berkas ini");
				sop.jabatan = common;
			}
		}
	}

	/**
	 * Numbers of a series: where the legible ones at one place of the nomor run with the SOPs' order
	 * (16, ?, 18, ?, ?), the illegible ones take their place in the run.
	 */
	private void series() {
		if (sops.size() < 3) {
			return;
		}
		String[][] parts = new String[sops.size()][];
		int length = -1;
		for (int i = 0; i < sops.size(); i++) {
			String nomor = sops.get(i).nomor;
			parts[i] = nomor == null ? null : nomor.split("/", -1);
			if (parts[i] != null) {
				if (length >= 0 && parts[i].length != length) {
					return;
				}
				length = parts[i].length;
			}
		}
		for (int p = 0; p < length; p++) {
			Integer base = null;
			int legible = 0;
			boolean run = true;
			boolean garbled = false;
			for (int i = 0; i < sops.size(); i++) {
				if (parts[i] == null) {
					continue;
				}
				if (parts[i][p].matches("\\d+")) {
					int value = Integer.parseInt(parts[i][p]) - i;
					run &= base == null || base == value;
					base = value;
					legible++;
				} else {
					garbled = true;
				}
			}
			if (!garbled || !run || legible < 2) {
				continue;
			}
			for (int i = 0; i < sops.size(); i++) {
				if (parts[i] != null && !parts[i][p].matches("\\d+")) {
					String read = sops.get(i).nomor;
					parts[i][p] = String.valueOf(base + i);
					sops.get(i).nomor = String.join("/", parts[i]);
					sops.get(i).guess(Place.NOMOR, "nomor terbaca \"" + read + "\"; dibaca " + sops.get(i).nomor
							+ " karena nomor SOP berkas ini berurutan");
				}
			}
		}
	}
}
