package org.dinsos.sop.ide;

import java.math.BigDecimal;

import org.dinsos.sop.conversion.SopValueConverters;
import org.dinsos.sop.query.Durasi;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Waktu;

/** Short texts about model elements, as editors show them (hover, code lens, outline, completion). */
public final class Uraian {

	private Uraian() {
	}

	/** "Total waktu 8 hari 1 jam 5 menit · 11 langkah". */
	public static String totalWaktu(Sop sop, BigDecimal jamPerHariKerja) {
		return "Total waktu " + Durasi.teks(Durasi.totalMenit(sop, jamPerHariKerja), jamPerHariKerja) + " · "
				+ sop.getLangkah().size() + " langkah";
	}

	/** The waktu as the analyst wrote it ("1,5 jam"), or "-" when there is none. */
	public static String waktu(Waktu waktu) {
		if (waktu == null || waktu.getJumlah() == null || waktu.getSatuan() == null) {
			return "-";
		}
		return SopValueConverters.angka(waktu.getJumlah()) + " " + waktu.getSatuan();
	}

	/** "proses", "mulai", "selesai" or "keputusan". */
	public static String jenis(Langkah langkah) {
		return langkah instanceof Proses proses && proses.getJenis() != null ? proses.getJenis().getLiteral()
				: langkah instanceof Keputusan ? "keputusan" : "proses";
	}

	/** "langkah 7: Mengoreksi Dokumen LAKIP". */
	public static String langkah(Langkah langkah) {
		return "langkah " + langkah.getName() + ": " + nullToEmpty(langkah.getKegiatan());
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
