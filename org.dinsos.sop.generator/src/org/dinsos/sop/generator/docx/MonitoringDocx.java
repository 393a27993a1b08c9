package org.dinsos.sop.generator.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.MonitoringForms;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;

/**
 * The monitoring and evaluation forms of an SOP as Word tables an office can fill in on screen or on
 * paper: the monitoring table with one row per step, broken into pages where the forms' model says, its
 * two header rows on every page, then the evaluation criteria to answer Ya or Tidak and the recommendations; each form's head has
 * the box its assessor signs in.
 */
public final class MonitoringDocx {

	private static final double TABLE_PT = MonitoringForms.TABLE_PT;
	private static final double NOTE_PT = 8;
	/** Where the two tick columns start: after No and the text assessed. */
	private static final int TICKS = 2;

	private final XWPFDocument doc;
	private final DocumentSettings settings;

	MonitoringDocx(XWPFDocument doc, DocumentSettings settings) {
		this.doc = doc;
		this.settings = settings;
	}

	/** Writes the SOP's two forms as a .docx document. */
	public static void write(Sop sop, DocumentSettings settings, OutputStream out) throws IOException {
		try (XWPFDocument doc = Word.document(settings)) {
			new MonitoringDocx(doc, settings).add(sop, false);
			doc.write(out);
		}
	}

	/** The booklet's appendix after its SOPs, before their forms: a page on what the forms are and how they are filled in. */
	void introduction() {
		XWPFParagraph title = Word.newPage(doc);
		title.setStyle(Word.HEADING);
		title.setAlignment(ParagraphAlignment.CENTER);
		Word.text(title, MonitoringForms.LAMPIRAN, 12, true);
		XWPFParagraph intro = doc.createParagraph();
		intro.setAlignment(ParagraphAlignment.BOTH);
		Word.text(intro, MonitoringForms.PENGANTAR, Word.BODY_PT, false);
		for (int i = 0; i < MonitoringForms.PETUNJUK.size(); i++) {
			XWPFParagraph item = doc.createParagraph();
			item.setAlignment(ParagraphAlignment.BOTH);
			item.setIndentationLeft(Word.twips(6));
			item.setIndentationHanging(Word.twips(6));
			Word.text(item, (i + 1) + ". " + MonitoringForms.PETUNJUK.get(i), Word.BODY_PT, false);
		}
	}

	/**
	 * The SOP's monitoring form, then its evaluation form from a new page; the monitoring form starts a new page
	 * when `newPage` (in a booklet), else it opens the document.
	 */
	void add(Sop sop, boolean newPage) {
		monitoring(sop, newPage);
		evaluation(sop);
	}

	/** The monitoring form: its head, then its table page by page as {@link MonitoringForms#monitoringPages} breaks it. */
	private void monitoring(Sop sop, boolean newPage) {
		title(MonitoringForms.monitoringTitle(sop), MonitoringForms.KETERANGAN_MONITORING, newPage);
		head(sop, "Dimonitor oleh");
		List<List<Langkah>> pages = MonitoringForms.monitoringPages(sop, settings);
		for (int page = 0; page < pages.size(); page++) {
			if (page > 0) {
				Word.emptyNewPage(doc);
			}
			WordTable table = new WordTable(doc, MonitoringForms.monitoringColumns(settings));
			header(table, List.of("No", "Prosedur", "Catatan hasil penilaian", "Tindakan yang harus diambil", "Paraf penilai"),
					"Penilaian terhadap penerapan", "Berjalan dengan baik", "Tidak berjalan dengan baik");
			for (Langkah step : pages.get(page)) {
				XWPFTableRow row = table.row();
				WordTable.minHeight(row, MonitoringForms.rowHeight(step, settings));
				number(table.cell(row, 0, 1), step.getName());
				WordTable.lines(table.cell(row, 1, 1), step.getKegiatan(), TABLE_PT);
				blanks(table, row, 2, 7);
			}
		}
	}

	private void evaluation(Sop sop) {
		title(MonitoringForms.evaluationTitle(sop), MonitoringForms.KETERANGAN_EVALUASI, true);
		head(sop, "Dievaluasi oleh");
		List<Double> columns = MonitoringForms.evaluationColumns(settings);
		WordTable table = new WordTable(doc, columns);
		header(table, List.of("No", "Kriteria penilaian", "Catatan"), "Penilaian", "Ya", "Tidak");
		for (int i = 0; i < MonitoringForms.KRITERIA.size(); i++) {
			XWPFTableRow row = fillIn(table);
			number(table.cell(row, 0, 1), String.valueOf(i + 1));
			value(table.cell(row, 1, 1), MonitoringForms.KRITERIA.get(i));
			blanks(table, row, 2, 5);
		}
		space();
		WordTable recommendations = new WordTable(doc,
				List.of(columns.get(0), MonitoringForms.usableWidth(settings) - columns.get(0)));
		XWPFTableRow header = recommendations.headerRow();
		WordTable.heading(recommendations.cell(header, 0, 1), "No", TABLE_PT);
		WordTable.heading(recommendations.cell(header, 1, 1), "Rekomendasi", TABLE_PT);
		for (int n = 1; n <= MonitoringForms.BARIS_REKOMENDASI; n++) {
			XWPFTableRow row = fillIn(recommendations);
			number(recommendations.cell(row, 0, 1), String.valueOf(n));
			recommendations.cell(row, 1, 1);
		}
	}

	/**
	 * The two header rows of a form's table: No and the text it is about, the two tick columns under their
	 * common heading, then the other columns; every heading but the ticks' spans both rows.
	 */
	private static void header(WordTable table, List<String> headings, String ticks, String tick, String otherTick) {
		XWPFTableRow top = table.headerRow();
		XWPFTableRow bottom = table.headerRow();
		for (int i = 0; i < headings.size(); i++) {
			int column = i < TICKS ? i : i + 2;
			WordTable.heading(table.mergeStart(top, column), headings.get(i), TABLE_PT);
			table.mergeContinue(bottom, column);
			if (column == TICKS - 1) {
				WordTable.heading(table.cell(top, TICKS, 2), ticks, TABLE_PT);
				WordTable.heading(table.cell(bottom, TICKS, 1), tick, TABLE_PT);
				WordTable.heading(table.cell(bottom, TICKS + 1, 1), otherTick, TABLE_PT);
			}
		}
	}

	/** The form's title, a heading the booklet's Daftar Isi lists, on a new page when asked. */
	private void title(String text, String note, boolean newPage) {
		XWPFParagraph title = newPage ? Word.newPage(doc) : doc.createParagraph();
		title.setStyle(Word.HEADING);
		title.setAlignment(ParagraphAlignment.CENTER);
		title.setSpacingAfter(0);
		Word.text(title, text, 12, true);
		XWPFParagraph keterangan = doc.createParagraph();
		keterangan.setAlignment(ParagraphAlignment.CENTER);
		Word.text(keterangan, note, NOTE_PT, false);
	}

	/** Which SOP the form is about, blanks for who fills it in and when, and the box to sign in. */
	private void head(Sop sop, String assessor) {
		WordTable table = new WordTable(doc, MonitoringForms.headColumns(settings));
		XWPFTableRow first = table.row();
		WordTable.minHeight(first, MonitoringForms.HEAD_ROW_MM);
		label(table.cell(first, 0, 1), "Nomor SOP");
		value(table.cell(first, 1, 1), sop.getNomor() == null ? "" : sop.getNomor());
		label(table.cell(first, 2, 1), assessor);
		table.cell(first, 3, 1);
		Word.text(WordTable.paragraph(table.mergeStart(first, 4)), "Tanda tangan penilai", NOTE_PT, false);
		XWPFTableRow second = table.row();
		WordTable.minHeight(second, MonitoringForms.HEAD_ROW_MM);
		label(table.cell(second, 0, 1), "Unit");
		value(table.cell(second, 1, 1), sop.getUnit() == null ? "" : sop.getUnit().getNama());
		label(table.cell(second, 2, 1), "Tanggal");
		table.cell(second, 3, 1);
		table.mergeContinue(second, 4);
		space();
	}

	/** An empty paragraph: Word would join two tables that touch into one. */
	private void space() {
		doc.createParagraph().setSpacingAfter(0);
	}

	/** A row with room to write in. */
	private static XWPFTableRow fillIn(WordTable table) {
		XWPFTableRow row = table.row();
		WordTable.minHeight(row, MonitoringForms.ROW_MM);
		return row;
	}

	private static void blanks(WordTable table, XWPFTableRow row, int from, int to) {
		for (int column = from; column < to; column++) {
			table.cell(row, column, 1);
		}
	}

	private static void number(XWPFTableCell cell, String text) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		XWPFParagraph paragraph = WordTable.paragraph(cell);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		Word.text(paragraph, text, TABLE_PT, false);
	}

	private static void label(XWPFTableCell cell, String text) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		Word.text(WordTable.paragraph(cell), text, TABLE_PT, true);
	}

	private static void value(XWPFTableCell cell, String text) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		Word.text(WordTable.paragraph(cell), text, TABLE_PT, false);
	}
}
