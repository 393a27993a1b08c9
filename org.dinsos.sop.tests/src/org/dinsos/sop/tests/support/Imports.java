package org.dinsos.sop.tests.support;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.dinsos.sop.conversion.SopValueConverters;
import org.dinsos.sop.importer.DraftSop;
import org.dinsos.sop.importer.ImportException;
import org.dinsos.sop.importer.Importer;
import org.dinsos.sop.importer.Importer.Draft;
import org.dinsos.sop.query.Flow;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Keterkaitan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Waktu;

/** Shared fixtures of the import tests: the test data folder, the importer, and drafts read back as models. */
public final class Imports {

	/** Test data of `sop import`: the OCR text of the office's scans and Word files of other offices. */
	public static final Path DATA = Sops.REPOSITORY.resolve("org.dinsos.sop.tests/resources/import");

	public static final Importer IMPORTER = Sops.INJECTOR.getInstance(Importer.class);

	private Imports() {
	}

	/** Every SOP of the source, drafted as if written to {@code folder}. */
	public static List<Draft> drafts(Path source, Path folder) {
		try {
			Set<String> taken = new HashSet<>();
			List<Draft> drafts = new ArrayList<>();
			for (DraftSop sop : IMPORTER.read(source)) {
				drafts.add(IMPORTER.draft(sop, folder, taken));
			}
			return drafts;
		} catch (ImportException e) {
			throw new AssertionError(source + ": " + e.getMessage(), e);
		}
	}

	/** The draft's text as the language reads it. */
	public static Sop model(Draft draft) {
		return (Sop) Sops.parse(draft.file(), draft.text()).getContents().get(0);
	}

	/**
	 * The model as the tests compare it: identity, lists, lanes by their label, and per step its role,
	 * lane, texts, waktu and targets. Names printed in capitals come back in another case, so the SOP's
	 * title and unit are compared in lower case.
	 */
	public static String describe(Sop sop) {
		StringBuilder text = new StringBuilder();
		text.append("judul: ").append(lower(sop.getJudul())).append('\n');
		text.append("unit: ").append(sop.getUnit() == null ? "-" : lower(sop.getUnit().getNama()) + " | " + sop.getUnit().getAlamat())
				.append('\n');
		text.append("nomor: ").append(sop.getNomor()).append('\n');
		text.append("tanggal: ").append(date(sop.getTanggalPembuatan())).append(" | ").append(date(sop.getTanggalRevisi()))
				.append(" | ").append(date(sop.getTanggalEfektif())).append('\n');
		if (sop.getPengesahan() != null) {
			text.append("disahkan: ").append(sop.getPengesahan().getJabatan()).append(" | ").append(sop.getPengesahan().getNama())
					.append(" | ").append(sop.getPengesahan().getPangkat()).append(" | ").append(sop.getPengesahan().getNip()).append('\n');
		}
		text.append("dasar hukum: ").append(sop.getDasarHukum()).append('\n');
		text.append("kualifikasi: ").append(sop.getKualifikasi()).append('\n');
		text.append("keterkaitan: ").append(sop.getKeterkaitan().stream().map(Imports::keterkaitan).toList()).append('\n');
		text.append("peralatan: ").append(sop.getPeralatan()).append('\n');
		text.append("peringatan: ").append(sop.getPeringatan()).append('\n');
		text.append("pencatatan: ").append(sop.getPencatatan()).append('\n');
		text.append("pelaksana: ").append(sop.getPelaksana().stream().map(p -> p.getLabel()).toList()).append('\n');
		for (Langkah step : sop.getLangkah()) {
			text.append(step(step)).append('\n');
		}
		return text.toString();
	}

	/** One step: number, role, lane, kegiatan, kelengkapan, waktu, output, keterangan, where the flow goes. */
	public static String step(Langkah step) {
		String role = step instanceof Keputusan ? "keputusan" : Flow.isStart(step) ? "mulai" : Flow.isEnd(step) ? "selesai" : "proses";
		String flow = step instanceof Keputusan keputusan ? " | ya " + target(keputusan.getYa()) + " tidak " + target(keputusan.getTidak())
				: step instanceof Proses proses && proses.getLanjut() != null ? " | lanjut " + target(proses.getLanjut()) : "";
		return step.getName() + " " + role + " " + lane(step) + " | " + step.getKegiatan() + " | " + step.getMutuBaku().getKelengkapan()
				+ " | " + waktu(step.getMutuBaku().getWaktu()) + " | " + step.getMutuBaku().getOutput()
				+ (step.getKeterangan() == null ? "" : " | keterangan " + step.getKeterangan()) + flow;
	}

	public static String lane(Langkah step) {
		return step.getPelaksana() == null || step.getPelaksana().eIsProxy() ? "-" : step.getPelaksana().getLabel();
	}

	/** "10 menit", "1,5 jam": the amount and the unit in lower case. */
	public static String waktu(Waktu waktu) {
		if (waktu == null) {
			return "-";
		}
		BigDecimal amount = waktu.getJumlah().stripTrailingZeros();
		return amount.toPlainString().replace('.', ',') + " " + waktu.getSatuan().toLowerCase(Locale.ROOT);
	}

	private static String date(Date date) {
		return date == null ? "-" : SopValueConverters.toLocalDate(date).toString();
	}

	private static String target(Langkah target) {
		return target == null ? "-" : target.getName();
	}

	private static String keterkaitan(Keterkaitan link) {
		String title = link.getSop() != null ? "SOP " + link.getSop().getJudul() : link.getJudul();
		return (link.getJenis() == null ? "" : link.getJenis().getLiteral() + " ") + title;
	}

	private static String lower(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT);
	}

	/** Texts compared as a reader would: case, spacing and a final stop aside. */
	public static String normal(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip().replaceAll("[.;,:]+$", "");
	}

	public static List<String> normal(List<String> texts) {
		return texts.stream().map(Imports::normal).collect(Collectors.toList());
	}
}
