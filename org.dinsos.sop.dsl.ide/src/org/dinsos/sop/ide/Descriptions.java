package org.dinsos.sop.ide;

import java.math.BigDecimal;

import org.dinsos.sop.conversion.SopValueConverters;
import org.dinsos.sop.query.Durations;
import org.dinsos.sop.query.Wording;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Waktu;

/** Short texts about model elements, as editors show them (hover, code lens, outline, completion). */
public final class Descriptions {

	private Descriptions() {
	}

	/** "Jumlah waktu 8 hari 1 jam 5 menit · 11 langkah", in the words of the printed flowchart. */
	public static String jumlahWaktu(Sop sop, BigDecimal workdayHours) {
		return Wording.JUMLAH_WAKTU + " " + Durations.text(Durations.totalMinutes(sop, workdayHours), workdayHours) + " · "
				+ sop.getLangkah().size() + " langkah";
	}

	/** The waktu as the analyst wrote it ("1,5 jam"), or "-" when there is none. */
	public static String waktu(Waktu waktu) {
		if (waktu == null || waktu.getJumlah() == null || waktu.getSatuan() == null) {
			return "-";
		}
		return SopValueConverters.decimal(waktu.getJumlah()) + " " + waktu.getSatuan();
	}

	/** "proses", "mulai", "selesai" or "keputusan". */
	public static String kind(Langkah langkah) {
		return langkah instanceof Proses proses && proses.getJenis() != null ? proses.getJenis().getLiteral()
				: langkah instanceof Keputusan ? "keputusan" : "proses";
	}

	/** "langkah 7: Mengoreksi Dokumen LAKIP". */
	public static String step(Langkah langkah) {
		return "langkah " + langkah.getName() + ": " + nullToEmpty(langkah.getKegiatan());
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
