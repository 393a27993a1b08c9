package org.dinsos.sop.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dinsos.sop.sop.Langkah;
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

	/** The type of the forms' tables, its line height and the cells' padding. */
	public static final double TABLE_PT = 9;
	public static final double LINE_HEIGHT = 1.25;
	public static final double PADDING_MM = FlowchartTable.PADDING;

	private static final double MM_PER_POINT = 25.4 / 72;
	private static final double TITLE_PT = 12;
	/**
	 * What a page of the monitoring form holds besides its steps, in millimetres: the page's top and bottom
	 * margins (the bottom one as high as the PDF's, which keeps its page number there), the two header rows
	 * of the table, and room to spare for a renderer that sets text a little higher than measured; the first
	 * page also has the keterangan and the head under the title.
	 */
	private static final double MARGINS_MM = FlowchartTable.MARGIN + 14;
	private static final double TABLE_HEADER_MM = 20;
	private static final double SPARE_MM = 8;
	private static final double KETERANGAN_MM = 7;
	private static final double HEAD_MM = 2 * HEAD_ROW_MM + 5;
	/** A page of a form that runs over pages ends only where at least this many steps are left for the next. */
	public static final int MIN_ROWS_PER_PAGE = 2;

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

	/**
	 * The steps of the monitoring form page by page, each page as full as the measured rows allow; a form
	 * that runs over pages never leaves fewer than {@link #MIN_ROWS_PER_PAGE} steps on a page of their own
	 * (the page before gives its last steps to the next). Every format breaks its table where this says, so
	 * the form takes the same pages in the PDF, in a browser and in Word.
	 */
	public static List<List<Langkah>> monitoringPages(Sop sop, DocumentSettings settings) {
		double first = settings.pageHeight() - MARGINS_MM - titleHeight(monitoringTitle(sop), settings) - KETERANGAN_MM
				- HEAD_MM - TABLE_HEADER_MM - SPARE_MM;
		double later = settings.pageHeight() - MARGINS_MM - TABLE_HEADER_MM - SPARE_MM;
		List<List<Langkah>> pages = new ArrayList<>();
		List<Langkah> page = new ArrayList<>();
		double room = first;
		for (Langkah step : sop.getLangkah()) {
			double height = rowHeight(step, settings);
			if (!page.isEmpty() && height > room) {
				pages.add(page);
				page = new ArrayList<>();
				room = later;
			}
			page.add(step);
			room -= height;
		}
		pages.add(page);
		int last = pages.size() - 1;
		while (last > 0 && pages.get(last).size() < MIN_ROWS_PER_PAGE && pages.get(last - 1).size() > MIN_ROWS_PER_PAGE) {
			List<Langkah> before = pages.get(last - 1);
			pages.get(last).add(0, before.remove(before.size() - 1));
		}
		return pages;
	}

	/** The height of a step's row: room to write in, or more when its kegiatan takes more lines. */
	public static double rowHeight(Langkah step, DocumentSettings settings) {
		double text = monitoringColumns(settings).get(1) - 2 * PADDING_MM;
		int lines = TextMeasure.lines(step.getKegiatan(), text, TABLE_PT).size();
		return Math.max(ROW_MM, Math.ceil((lines * TABLE_PT * LINE_HEIGHT * MM_PER_POINT + 2 * PADDING_MM + 0.5) * 2) / 2);
	}

	/** The title's height over the whole width, measured a tenth wider for its bold face. */
	private static double titleHeight(String title, DocumentSettings settings) {
		int lines = TextMeasure.lines(title, usableWidth(settings) / 1.1, TITLE_PT).size();
		return lines * TITLE_PT * LINE_HEIGHT * MM_PER_POINT + 1;
	}

	public static double usableWidth(DocumentSettings settings) {
		return settings.pageWidth() - 2 * FlowchartTable.MARGIN;
	}
}
