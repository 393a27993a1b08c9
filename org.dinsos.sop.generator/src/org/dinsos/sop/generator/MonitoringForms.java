package org.dinsos.sop.generator;

import java.util.List;
import java.util.Locale;

import org.dinsos.sop.sop.Sop;

/**
 * The forms the SOP AP regulation (Permenpan-RB 35/2012, Bab IV) asks for around each SOP: the monitoring
 * of every step every six months (its Tabel 7) and the evaluation against its criteria at least once a
 * year. Their wording and column widths, the same in every format.
 */
public final class MonitoringForms {

	public static final String LAMPIRAN = "LAMPIRAN: FORMULIR MONITORING DAN EVALUASI";

	public static final String KETERANGAN_MONITORING = "Monitoring pelaksanaan SOP AP, dilakukan setiap 6 (enam) bulan";
	public static final String KETERANGAN_EVALUASI = "Evaluasi penerapan SOP AP, dilakukan sekurang-kurangnya 1 (satu) kali dalam setahun";

	/** The evaluation criteria of the regulation, in its order. */
	public static final List<String> KRITERIA = List.of(
			"Mampu mendorong peningkatan kinerja",
			"Mudah dipahami",
			"Mudah dilaksanakan",
			"Semua orang dapat menjalankan perannya masing-masing",
			"Mampu mengatasi permasalahan yang berkaitan dengan proses",
			"Mampu menjawab kebutuhan peningkatan kinerja organisasi",
			"Sinergi satu dengan lainnya");

	public static final String PENGANTAR = "Untuk setiap SOP dalam buku ini tersedia satu formulir monitoring dan satu formulir evaluasi, "
			+ "sesuai Peraturan Menteri PAN-RB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP Administrasi Pemerintahan. "
			+ "Cara pengisian:";

	/** How the forms are filled in, on the booklet's appendix page. */
	public static final List<String> PETUNJUK = List.of(
			"Formulir monitoring diisi oleh penilai setiap 6 (enam) bulan untuk setiap SOP; setiap langkah prosedur adalah satu baris.",
			"Kolom Penilaian terhadap penerapan: beri tanda centang pada kolom Berjalan dengan baik atau Tidak berjalan dengan baik.",
			"Kolom Catatan hasil penilaian diisi dengan temuan penilai, terutama pada langkah yang tidak berjalan dengan baik; "
					+ "kolom Tindakan yang harus diambil dengan perbaikan yang diperlukan; kolom Paraf penilai dengan paraf penilai.",
			"Formulir evaluasi diisi sekurang-kurangnya 1 (satu) kali dalam setahun: setiap kriteria penilaian dijawab Ya atau Tidak "
					+ "dengan catatannya, lalu rekomendasi bagi SOP tersebut (tetap digunakan, diperbaiki, atau diganti).",
			"Formulir yang telah diisi ditandatangani penilai dan menjadi dasar penyempurnaan SOP.");

	/** Numbered rows left empty for the evaluator's recommendations. */
	public static final int BARIS_REKOMENDASI = 3;

	/** Room to write in a row of a form, and in a row of its head, beside the box the assessor signs in. */
	public static final double ROW_MM = 8;
	public static final double HEAD_ROW_MM = 10;

	private static final double NO = 10;
	private static final double LABEL = 32;
	private static final double SIGNATURE = 60;
	private static final double TICK = 28;
	private static final double PARAF = 20;
	private static final double YA_TIDAK = 20;
	private static final double KRITERIA_MM = 110;

	private MonitoringForms() {
	}

	public static String monitoringTitle(Sop sop) {
		return "FORMULIR MONITORING SOP " + sop.getJudul().toUpperCase(Locale.ROOT);
	}

	public static String evaluationTitle(Sop sop) {
		return "FORMULIR EVALUASI SOP " + sop.getJudul().toUpperCase(Locale.ROOT);
	}

	/**
	 * Widths in millimetres of No, Prosedur, the two tick columns, Catatan hasil penilaian, Tindakan yang
	 * harus diambil and Paraf penilai: what the fixed columns leave goes to the three to write in.
	 */
	public static List<Double> monitoringColumns(DocumentSettings settings) {
		double rest = usableWidth(settings) - NO - 2 * TICK - PARAF;
		return List.of(NO, rest * 0.5, TICK, TICK, rest * 0.25, rest * 0.25, PARAF);
	}

	/**
	 * Widths in millimetres of the head of a form: a label and its value, twice, then the box the
	 * assessor signs in. The signature stands in the head so that it never lands alone on a page.
	 */
	public static List<Double> headColumns(DocumentSettings settings) {
		double value = (usableWidth(settings) - 2 * LABEL - SIGNATURE) / 2;
		return List.of(LABEL, value, LABEL, value, SIGNATURE);
	}

	/** Widths in millimetres of No, Kriteria penilaian, Ya, Tidak and Catatan. */
	public static List<Double> evaluationColumns(DocumentSettings settings) {
		return List.of(NO, KRITERIA_MM, YA_TIDAK, YA_TIDAK, usableWidth(settings) - NO - KRITERIA_MM - 2 * YA_TIDAK);
	}

	public static double usableWidth(DocumentSettings settings) {
		return settings.pageWidth() - 2 * FlowchartTable.MARGIN;
	}
}
