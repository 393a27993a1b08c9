package org.dinsos.sop.generator.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dinsos.sop.diagram.layout.Lane;
import org.dinsos.sop.diagram.layout.Node;
import org.dinsos.sop.diagram.layout.Page;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.FlowchartTable.Cells;
import org.dinsos.sop.generator.FlowchartTable.Columns;
import org.dinsos.sop.generator.FlowchartTable.LaneHeading;
import org.dinsos.sop.generator.FlowchartTable;
import org.dinsos.sop.generator.model.FlowchartText;
import org.dinsos.sop.generator.model.IdentityPage.Field;
import org.dinsos.sop.generator.model.IdentityPage.Section;
import org.dinsos.sop.generator.model.IdentityPage.Signature;
import org.dinsos.sop.generator.model.IdentityPage;
import org.dinsos.sop.query.Flow;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.KolomFlowchart;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * One SOP in the SOP AP layout as a Word document the office can edit: the identity page as a table,
 * then the flowchart table, one table per page of the swimlane layout, its text columns real cells and
 * its pelaksana columns carrying the drawing the PDF prints (symbols, arrows, Ya/Tidak, connectors).
 */
public final class SopDocx {

	private static final double IDENTITY_PT = 9;
	private static final double TABLE_PT = FlowchartTable.FONT_PT;
	private static final double LABEL_MM = 40;
	private static final double LOGO_MM = 24;
	private static final double SIGNATURE_MM = 22;
	/** Word's default left and right cell margins together (2 x 0.19 cm). */
	private static final double CELL_MARGINS_MM = 3.8;

	private final XWPFDocument doc;
	private final DocumentSettings settings;

	SopDocx(XWPFDocument doc, DocumentSettings settings) {
		this.doc = doc;
		this.settings = settings;
	}

	/** Writes the SOP as a .docx document. */
	public static void write(Sop sop, DocumentSettings settings, OutputStream out) throws IOException {
		try (XWPFDocument doc = Word.document(settings)) {
			new SopDocx(doc, settings).add(sop);
			doc.write(out);
		}
	}

	/** The SOP's identity page and flowchart pages. */
	void add(Sop sop) {
		identity(sop);
		flowchart(new FlowchartTable(sop, settings));
	}

	/** The SOP after what comes before it in a booklet: its identity page starts a new page. */
	void addOnNewPage(Sop sop) {
		// It only carries the break: one point high, so that the identity table starts at the top of the page.
		XWPFParagraph pageBreak = Word.newPage(doc);
		pageBreak.setSpacingAfter(0);
		pageBreak.setSpacingBetween(1, LineSpacingRule.EXACT);
		add(sop);
	}

	private double usableWidth() {
		return settings.pageWidth() - 2 * FlowchartTable.MARGIN;
	}

	// The identity page (Bagian Identitas).

	private void identity(Sop sop) {
		IdentityPage page = IdentityPage.of(sop, settings.conventions());
		double half = usableWidth() / 2;
		WordTable table = new WordTable(doc, List.of(half, LABEL_MM, half - LABEL_MM));
		XWPFTableRow first = table.row();
		letterhead(table.mergeStart(first, 0), page, half);
		field(table, first, page.fields().get(0));
		for (Field field : page.fields().subList(1, page.fields().size())) {
			field(table, mergedRow(table), field);
		}
		XWPFTableRow signed = mergedRow(table);
		label(table.cell(signed, 1, 1), IdentityPage.disahkanLabel());
		signature(table.cell(signed, 2, 1), page.disahkan());
		XWPFTableRow name = mergedRow(table);
		label(table.cell(name, 1, 1), IdentityPage.judulLabel());
		sopTitle(table.cell(name, 2, 1), page.judul());
		List<Section> sections = page.sections();
		double listPt = page.listPt(settings);
		for (int i = 0; i < sections.size(); i += 2) {
			section(table, page, sections.get(i), sections.get(i + 1), listPt);
		}
	}

	/** A row whose first cell continues the letterhead above. */
	private static XWPFTableRow mergedRow(WordTable table) {
		XWPFTableRow row = table.row();
		table.mergeContinue(row, 0);
		return row;
	}

	private void letterhead(XWPFTableCell cell, IdentityPage page, double widthMm) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		Logo.place(WordTable.paragraph(cell), settings, widthMm - CELL_MARGINS_MM, LOGO_MM);
		centred(cell, page.unit(), 12, true);
		centred(cell, page.alamat(), IDENTITY_PT, false);
	}

	private static void field(WordTable table, XWPFTableRow row, Field field) {
		label(table.cell(row, 1, 1), field.label());
		WordTable.lines(table.cell(row, 2, 1), field.value(), IDENTITY_PT);
	}

	private static void label(XWPFTableCell cell, String text) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		Word.text(WordTable.paragraph(cell), text, IDENTITY_PT, true);
	}

	/** Jabatan, room to sign and stamp, then nama, pangkat and NIP. */
	private static void signature(XWPFTableCell cell, Signature signature) {
		if (signature == null) {
			return;
		}
		centred(cell, signature.jabatan(), IDENTITY_PT, false);
		XWPFParagraph nama = centred(cell, signature.nama(), IDENTITY_PT, true);
		nama.setSpacingBefore(Word.twips(SIGNATURE_MM));
		nama.getRuns().get(0).setUnderline(UnderlinePatterns.SINGLE);
		centred(cell, signature.pangkat(), IDENTITY_PT, false);
		centred(cell, signature.nip(), IDENTITY_PT, false);
	}

	/** The SOP's name, styled as a heading so that a booklet's Daftar Isi lists it. */
	private static void sopTitle(XWPFTableCell cell, String judul) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		XWPFParagraph paragraph = WordTable.paragraph(cell);
		paragraph.setStyle(Word.HEADING);
		Word.text(paragraph, judul, 11, true);
	}

	/** Two headed lists side by side: the letterhead's column, and the label and value columns together. */
	private static void section(WordTable table, IdentityPage page, Section left, Section right, double sizePt) {
		XWPFTableRow labels = table.row();
		label(table.cell(labels, 0, 1), left.label());
		label(table.cell(labels, 1, 2), right.label());
		XWPFTableRow items = table.row();
		list(table.cell(items, 0, 1), page, left.items(), sizePt);
		list(table.cell(items, 1, 2), page, right.items(), sizePt);
	}

	/** "1. ..." (or the bullet) per item with a hanging indent, or the office's empty mark when there is none. */
	private static void list(XWPFTableCell cell, IdentityPage page, List<String> items, double sizePt) {
		if (items.isEmpty()) {
			Word.text(WordTable.paragraph(cell), page.conventions().emptyList(), sizePt, false);
			return;
		}
		for (int i = 0; i < items.size(); i++) {
			XWPFParagraph paragraph = WordTable.paragraph(cell);
			paragraph.setIndentationLeft(Word.twips(5));
			paragraph.setIndentationHanging(Word.twips(5));
			Word.text(paragraph, page.conventions().marker(i) + " " + items.get(i), sizePt, false);
		}
	}

	// The flowchart (Bagian Flowchart).

	private void flowchart(FlowchartTable table) {
		List<Page> pages = table.layout().pages();
		for (Page page : pages) {
			title(table.sop());
			WordTable word = new WordTable(doc, columns(table.columns()));
			header(word, table, settings);
			FlowchartTiles tiles = table.layout().lanes().isEmpty() ? null : new FlowchartTiles(table.layout(), page);
			for (int row = page.first(); row <= page.last(); row++) {
				step(word, table, page, tiles, row);
			}
			if (page == pages.get(pages.size() - 1)) {
				total(word, table);
			}
		}
	}

	/** Each flowchart page starts a new page under the SOP's title. */
	private void title(Sop sop) {
		XWPFParagraph heading = Word.newPage(doc);
		heading.setAlignment(ParagraphAlignment.CENTER);
		heading.setSpacingAfter(0);
		Word.text(heading, FlowchartText.JUDUL, 11, true);
		XWPFParagraph name = doc.createParagraph();
		name.setAlignment(ParagraphAlignment.CENTER);
		Word.text(name, sop.getJudul().toUpperCase(Locale.ROOT), 11, true);
	}

	private static List<Double> columns(Columns columns) {
		List<Double> widths = new ArrayList<>(List.of(columns.no(), columns.kegiatan()));
		for (int i = 0; i < lanes(columns); i++) {
			widths.add(columns.lane());
		}
		widths.addAll(List.of(columns.kelengkapan(), columns.waktu(), columns.output(), columns.keterangan()));
		return widths;
	}

	/** At least one pelaksana column, even when the SOP declares none yet. */
	private static int lanes(Columns columns) {
		return Math.max(1, columns.lanes());
	}

	private static void header(WordTable word, FlowchartTable table, DocumentSettings settings) {
		int lanes = lanes(table.columns());
		int mutuBaku = 2 + lanes;
		int keterangan = mutuBaku + 3;
		XWPFTableRow top = word.headerRow();
		WordTable.heading(word.mergeStart(top, 0), FlowchartText.NO, TABLE_PT);
		WordTable.heading(word.mergeStart(top, 1), FlowchartText.caption(KolomFlowchart.KEGIATAN, settings), TABLE_PT);
		WordTable.heading(word.cell(top, 2, lanes), FlowchartText.caption(KolomFlowchart.PELAKSANA, settings), TABLE_PT);
		WordTable.heading(word.cell(top, mutuBaku, 3), FlowchartText.MUTU_BAKU, TABLE_PT);
		WordTable.heading(word.mergeStart(top, keterangan), FlowchartText.caption(KolomFlowchart.KETERANGAN, settings), TABLE_PT);
		XWPFTableRow bottom = word.headerRow();
		word.mergeContinue(bottom, 0);
		word.mergeContinue(bottom, 1);
		List<Lane> labels = table.layout().lanes();
		for (int i = 0; i < lanes; i++) {
			LaneHeading heading = table.laneHeading(i < labels.size() ? labels.get(i).label() : "");
			WordTable.heading(word.cell(bottom, 2 + i, 1), heading.text(), heading.pt());
		}
		WordTable.heading(word.cell(bottom, mutuBaku, 1), FlowchartText.caption(KolomFlowchart.KELENGKAPAN, settings), TABLE_PT);
		WordTable.heading(word.cell(bottom, mutuBaku + 1, 1), FlowchartText.caption(KolomFlowchart.WAKTU, settings), TABLE_PT);
		WordTable.heading(word.cell(bottom, mutuBaku + 2, 1), FlowchartText.caption(KolomFlowchart.OUTPUT, settings), TABLE_PT);
		word.mergeContinue(bottom, keterangan);
	}

	/**
	 * One step: its texts, and in the pelaksana columns the page's drawing cut to each cell, as high as
	 * the layout made the row.
	 */
	private static void step(WordTable word, FlowchartTable table, Page page, FlowchartTiles tiles, int row) {
		Langkah step = table.sop().getLangkah().get(row);
		Cells cells = table.fitted(step);
		Node node = page.nodes().get(row - page.first());
		int lanes = lanes(table.columns());
		XWPFTableRow tableRow = word.row();
		WordTable.minHeight(tableRow, page.rowHeights().get(row - page.first()));
		centredText(word.cell(tableRow, 0, 1), cells.no());
		WordTable.lines(word.cell(tableRow, 1, 1), cells.kegiatan(), TABLE_PT);
		for (int lane = 0; lane < lanes; lane++) {
			XWPFTableCell cell = word.cell(tableRow, 2 + lane, 1);
			WordTable.noMargins(cell);
			if (tiles != null) {
				drawing(cell, tiles, row - page.first(), lane, node);
			}
		}
		WordTable.lines(word.cell(tableRow, 2 + lanes, 1), cells.kelengkapan(), TABLE_PT);
		centredText(word.cell(tableRow, 3 + lanes, 1), cells.waktu());
		WordTable.lines(word.cell(tableRow, 4 + lanes, 1), cells.output(), TABLE_PT);
		WordTable.lines(word.cell(tableRow, 5 + lanes, 1), cells.keterangan(), TABLE_PT);
	}

	/**
	 * The cell's part of the drawing, on a line as high as the picture, with alternative text as Word keeps it
	 * for screen readers (and `sop import` reads back): the step's own cell names the step ("langkah-7.png"),
	 * describes its symbol and says where the flow goes in the title; the others describe the lines passing.
	 */
	private static void drawing(XWPFTableCell cell, FlowchartTiles tiles, int row, int lane, Node node) {
		tiles.tile(row, lane).ifPresent(png -> {
			boolean own = node.lane() == lane;
			String name = own ? "langkah-" + node.number() + ".png" : "alur-" + node.number() + "-" + (lane + 1) + ".png";
			CTNonVisualDrawingProps picture = Word.pictureLine(WordTable.paragraph(cell), png, name, tiles.width(lane),
					tiles.height(row));
			if (own) {
				picture.setTitle(flow(node.step()));
				picture.setDescr(symbol(node.step()));
			} else {
				picture.setDescr("Garis alur");
			}
		});
	}

	/** "Keputusan 7: Ya ke langkah 8, Tidak ke langkah 6", "Langkah 3: ke langkah 4", "Langkah 5: lanjut ke langkah 9" (as written), "Langkah 11: selesai". */
	private static String flow(Langkah step) {
		if (step instanceof Keputusan keputusan) {
			return "Keputusan " + step.getName() + ": Ya ke langkah " + number(keputusan.getYa()) + ", Tidak ke langkah "
					+ number(keputusan.getTidak());
		}
		if (Flow.isEnd(step)) {
			return "Langkah " + step.getName() + ": selesai";
		}
		if (step instanceof Proses proses && proses.getLanjut() != null) {
			return "Langkah " + step.getName() + ": lanjut ke langkah " + number(proses.getLanjut());
		}
		return "Langkah " + step.getName() + ": ke langkah " + number(Flow.row(step, 1));
	}

	/** "Simbol keputusan", "Simbol mulai", "Simbol selesai", "Simbol proses". */
	private static String symbol(Langkah step) {
		if (step instanceof Keputusan) {
			return "Simbol keputusan";
		}
		return Flow.isStart(step) ? "Simbol mulai" : Flow.isEnd(step) ? "Simbol selesai" : "Simbol proses";
	}

	private static String number(Langkah target) {
		return target == null || target.eIsProxy() ? "-" : target.getName();
	}

	/** The SOP's total waktu along its main path, under the last step. */
	private void total(WordTable word, FlowchartTable table) {
		int lanes = lanes(table.columns());
		XWPFTableRow row = word.row();
		Word.text(WordTable.paragraph(word.cell(row, 0, 3 + lanes)), FlowchartText.totalLabel(settings), TABLE_PT, true);
		centredText(word.cell(row, 3 + lanes, 1), FlowchartText.total(table.sop(), settings));
		word.cell(row, 4 + lanes, 2);
	}

	private static void centredText(XWPFTableCell cell, String text) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		centred(cell, text, TABLE_PT, false);
	}

	private static XWPFParagraph centred(XWPFTableCell cell, String text, double sizePt, boolean bold) {
		XWPFParagraph paragraph = WordTable.paragraph(cell);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		Word.text(paragraph, text, sizePt, bold);
		return paragraph;
	}
}
