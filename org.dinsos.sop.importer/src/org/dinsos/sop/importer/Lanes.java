package org.dinsos.sop.importer;

import java.util.List;
import java.util.Locale;

/**
 * The pelaksana a kegiatan names: as its subject ("Kepala bidang menyiapkan ...") or after "oleh"
 * ("Penandatanganan dokumen oleh Kepala Dinas"), spelled as the offices spell it ("Sekertaris").
 */
public final class Lanes {

	/** What the head of the unit does, in SOP AP the first (highest) pelaksana column. */
	private static final List<String> HEAD_VERBS = List.of("memerintahkan", "mendisposisikan", "mendisposisi",
			"menandatangani", "penandatanganan", "mengesahkan", "pengesahan", "menyetujui");
	/** What the clerical staff does, in SOP AP the last (lowest) pelaksana column. */
	private static final List<String> CLERICAL_VERBS = List.of("penomoran", "pengarsipan", "mengarsipkan", "penggandaan",
			"menggandakan", "pengiriman", "mengirimkan", "mengantar", "mengagendakan", "pengagendaan");

	private Lanes() {
	}

	/** The index of the lane the kegiatan names, or -1. */
	public static int named(String kegiatan, List<String> lanes) {
		String[] words = Texts.clean(kegiatan).split(" ");
		int best = -1;
		int bestWords = 0;
		for (int lane = 0; lane < lanes.size(); lane++) {
			String[] label = Texts.clean(lanes.get(lane)).split(" ");
			if (label.length > bestWords && (startsWith(words, 0, label) || afterOleh(words, label))) {
				best = lane;
				bestWords = label.length;
			}
		}
		return best;
	}

	private static boolean afterOleh(String[] words, String[] label) {
		for (int i = 0; i < words.length - 1; i++) {
			if (words[i].equalsIgnoreCase("oleh") && startsWith(words, i + 1, label)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(String[] words, int from, String[] label) {
		if (words.length - from < label.length || label.length == 0) {
			return false;
		}
		for (int i = 0; i < label.length; i++) {
			if (!Texts.sameWord(words[from + i], label[i])) {
				return false;
			}
		}
		return true;
	}

	/** True when the kegiatan opens with what a head of unit does (orders, signs, approves). */
	public static boolean headWork(String kegiatan) {
		return HEAD_VERBS.contains(firstWord(kegiatan));
	}

	/** True when the kegiatan opens with clerical work (numbering, copying, sending, filing letters). */
	public static boolean clericalWork(String kegiatan) {
		return CLERICAL_VERBS.contains(firstWord(kegiatan));
	}

	private static String firstWord(String kegiatan) {
		String[] words = Texts.clean(kegiatan).toLowerCase(Locale.ROOT).split(" ");
		return words.length == 0 ? "" : words[0].replaceAll("[^\\p{L}]", "");
	}
}
