package org.dinsos.sop.generator.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dinsos.sop.diagram.layout.Connector;
import org.dinsos.sop.diagram.layout.Shape;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.FlowchartTable;
import org.dinsos.sop.generator.model.DecreePage;
import org.dinsos.sop.generator.model.DecreePage.Row;
import org.dinsos.sop.generator.model.IdentityPage.Signature;
import org.dinsos.sop.generator.model.SymbolGuide;
import org.dinsos.sop.generator.model.SymbolGuide.Simbol;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Unit;

/**
 * The buku SOP as one Word document: cover, the Keputusan Kepala that adopts the SOPs, the Daftar Isi
 * (a TOC field Word fills with page numbers, and the plain list of SOPs), a one-page guide to the
 * symbols, every SOP of the booklet in order, then the appendix of monitoring and evaluation forms, two
 * per SOP, the pages numbered in the footer.
 */
public final class BookletDocx {

	public static final String DAFTAR_ISI = "DAFTAR ISI";
	public static final String DAFTAR_SOP = "Daftar SOP";
	/** Word's table of contents over the "heading 1" titles, as hyperlinks. */
	private static final String TOC = "TOC \\o \"1-1\" \\h \\z \\u";
	public static final String TOC_PETUNJUK = "Klik kanan di sini lalu pilih Perbarui Bidang (Update Field) untuk menampilkan daftar isi dengan nomor halaman.";

	private static final double SYMBOL_COLUMN_MM = 40;
	private static final double NAME_COLUMN_MM = 70;
	private static final double COVER_LOGO_MM = 40;
	private static final double DECREE_PT = 11;
	private static final double LABEL_MM = 28;
	private static final double COLON_MM = 4;
	private static final double MARK_MM = 10;
	private static final double SIGNATURE_MM = 22;

	private final XWPFDocument doc;
	private final DocumentSettings settings;

	private BookletDocx(XWPFDocument doc, DocumentSettings settings) {
		this.doc = doc;
		this.settings = settings;
	}

	/** Writes the booklet as a .docx document, on the paper the settings give. */
	public static void write(Buku buku, DocumentSettings settings, OutputStream out) throws IOException {
		try (XWPFDocument doc = Word.document(settings)) {
			BookletDocx booklet = new BookletDocx(doc, settings);
			booklet.cover(buku);
			if (buku.getKeputusan() != null) {
				booklet.keputusan(DecreePage.of(buku.getKeputusan()));
			}
			booklet.contents(sops(buku));
			booklet.guide();
			SopDocx pages = new SopDocx(doc, settings);
			for (Sop sop : sops(buku)) {
				pages.append(sop);
			}
			new MonitoringDocx(doc, settings).appendix(sops(buku));
			doc.write(out);
		}
	}

	/** The booklet's SOPs in order; a name that does not resolve (the validator reports it) is left out. */
	private static List<Sop> sops(Buku buku) {
		return buku.getIsi().stream().filter(sop -> !sop.eIsProxy()).toList();
	}

	private void cover(Buku buku) {
		XWPFParagraph title = centred(buku.getJudul().toUpperCase(Locale.ROOT), 20, true);
		title.setSpacingBefore(Word.twips(25));
		title.setSpacingAfter(Word.twips(15));
		Logo.place(doc.createParagraph(), settings, settings.pageWidth() - 2 * FlowchartTable.MARGIN, COVER_LOGO_MM);
		Unit unit = buku.getUnit();
		if (unit != null) {
			centred(unit.getNama().toUpperCase(Locale.ROOT), 16, true).setSpacingBefore(Word.twips(15));
			if (unit.getAlamat() != null) {
				centred(unit.getAlamat(), Word.BODY_PT, false);
			}
		}
		if (buku.getTahun() > 0) {
			centred("TAHUN " + buku.getTahun(), 16, true).setSpacingBefore(Word.twips(10));
		}
	}

	/**
	 * The decree on portrait pages of its own section, as its format shows it: the title (one heading, so that
	 * the daftar isi lists it), the official, considerations and diktum in columns, then where and when it is
	 * set and the signature block on the right half.
	 */
	private void keputusan(DecreePage page) {
		Word.endSection(doc);
		XWPFParagraph title = doc.createParagraph();
		title.setStyle(Word.HEADING);
		title.setAlignment(ParagraphAlignment.CENTER);
		title.setSpacingAfter(Word.twips(6));
		for (int i = 0; i < page.title().size(); i++) {
			XWPFRun run = Word.text(title, page.title().get(i), DECREE_PT, true);
			if (i < page.title().size() - 1) {
				run.addBreak();
			}
		}
		centred(page.official(), DECREE_PT, true).setSpacingAfter(Word.twips(4));
		rows(page.considerations());
		if (!page.decides().isEmpty()) {
			XWPFParagraph decides = centred(page.decides(), DECREE_PT, true);
			decides.setSpacingBefore(Word.twips(4));
			decides.setSpacingAfter(Word.twips(4));
		}
		rows(page.diktum());
		for (String text : page.paragraphs()) {
			XWPFParagraph paragraph = doc.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.BOTH);
			Word.text(paragraph, text, DECREE_PT, false);
		}
		signature(page.setting(), page.signature());
		Word.endPortraitSection(doc);
	}

	/** The width of a portrait page's text. */
	private double portraitWidth() {
		return settings.pageHeight() - Word.PORTRAIT_MARGIN - Word.PORTRAIT_BINDING_MARGIN;
	}

	/** Label, colon, mark and text in columns without lines; a row without a mark gives its text the mark's room. */
	private void rows(List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		WordTable table = new WordTable(doc, List.of(LABEL_MM, COLON_MM, MARK_MM,
				portraitWidth() - LABEL_MM - COLON_MM - MARK_MM)).withoutBorders();
		for (Row row : rows) {
			XWPFTableRow tableRow = table.row();
			tableRow.setCantSplitRow(false);
			Word.text(WordTable.paragraph(table.cell(tableRow, 0, 1)), row.label(), DECREE_PT, false);
			Word.text(WordTable.paragraph(table.cell(tableRow, 1, 1)), row.label().isEmpty() ? "" : DecreePage.SEPARATOR,
					DECREE_PT, false);
			if (row.marker().isEmpty()) {
				justified(table.cell(tableRow, 2, 2), row.text());
			} else {
				Word.text(WordTable.paragraph(table.cell(tableRow, 2, 1)), row.marker(), DECREE_PT, false);
				justified(table.cell(tableRow, 3, 1), row.text());
			}
		}
	}

	private static void justified(XWPFTableCell cell, String text) {
		XWPFParagraph paragraph = WordTable.paragraph(cell);
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setSpacingAfter(Word.twips(1.5));
		Word.text(paragraph, text, DECREE_PT, false);
	}

	/** Where and when the decree is set, the jabatan, room to sign, nama (bold, underlined), pangkat and NIP. */
	private void signature(List<String> setting, Signature signature) {
		int indent = Word.twips(portraitWidth() / 2);
		List<XWPFParagraph> block = new ArrayList<>();
		for (String line : setting) {
			block.add(signatureLine(line, indent, false));
		}
		block.get(0).setSpacingBefore(Word.twips(8));
		block.add(signatureLine(signature.jabatan(), indent, false));
		XWPFParagraph nama = signatureLine(signature.nama(), indent, true);
		nama.setSpacingBefore(Word.twips(SIGNATURE_MM));
		nama.getRuns().get(0).setUnderline(UnderlinePatterns.SINGLE);
		block.add(nama);
		block.add(signatureLine(signature.pangkat(), indent, false));
		signatureLine(signature.nip(), indent, false);
		block.forEach(paragraph -> paragraph.setKeepNext(true));
	}

	private XWPFParagraph signatureLine(String text, int indent, boolean bold) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setIndentationLeft(indent);
		paragraph.setSpacingAfter(0);
		Word.text(paragraph, text, DECREE_PT, bold);
		return paragraph;
	}

	/** The TOC field Word fills when its fields are updated, then the SOPs listed as they are bound. */
	private void contents(List<Sop> sops) {
		XWPFParagraph title = Word.newPage(doc);
		title.setAlignment(ParagraphAlignment.CENTER);
		Word.text(title, DAFTAR_ISI, 12, true);
		Word.field(doc.createParagraph(), TOC, TOC_PETUNJUK);
		XWPFParagraph heading = doc.createParagraph();
		heading.setSpacingBefore(Word.twips(6));
		Word.text(heading, DAFTAR_SOP, Word.BODY_PT, true);
		for (int i = 0; i < sops.size(); i++) {
			XWPFParagraph entry = doc.createParagraph();
			entry.setIndentationLeft(Word.twips(6));
			entry.setIndentationHanging(Word.twips(6));
			Word.text(entry, entry(i + 1, sops.get(i)), Word.BODY_PT, false);
		}
	}

	/** "1. Penyusunan LAKIP (Nomor 800/16/D-5/03/2024)". */
	private static String entry(int number, Sop sop) {
		String nomor = sop.getNomor() == null ? "" : " (Nomor " + sop.getNomor() + ")";
		return number + ". " + sop.getJudul() + nomor;
	}

	private void guide() {
		XWPFParagraph title = Word.newPage(doc);
		title.setStyle(Word.HEADING);
		Word.text(title, SymbolGuide.JUDUL, 12, true);
		Word.text(doc.createParagraph(), SymbolGuide.PENGANTAR, Word.BODY_PT, false);
		double usable = settings.pageWidth() - 2 * FlowchartTable.MARGIN;
		WordTable table = new WordTable(doc, List.of(SYMBOL_COLUMN_MM, NAME_COLUMN_MM,
				usable - SYMBOL_COLUMN_MM - NAME_COLUMN_MM));
		XWPFTableRow header = table.headerRow();
		for (int i = 0; i < SymbolGuide.KOLOM.size(); i++) {
			WordTable.heading(table.cell(header, i, 1), SymbolGuide.KOLOM.get(i), Word.BODY_PT);
		}
		for (Simbol simbol : Simbol.values()) {
			XWPFTableRow row = table.row();
			XWPFTableCell picture = table.cell(row, 0, 1);
			picture.setVerticalAlignment(XWPFVertAlign.CENTER);
			XWPFParagraph paragraph = WordTable.paragraph(picture);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			paragraph.setSpacingBefore(Word.twips(1.5));
			paragraph.setSpacingAfter(Word.twips(1.5));
			draw(paragraph, simbol);
			text(table.cell(row, 1, 1), simbol.nama(), true);
			text(table.cell(row, 2, 1), simbol.arti(), false);
		}
	}

	private static void draw(XWPFParagraph paragraph, Simbol simbol) {
		String name = "simbol-" + simbol.name().toLowerCase(Locale.ROOT) + ".png";
		switch (simbol) {
			case TERMINATOR -> Word.picture(paragraph, Symbols.step(Shape.TERMINATOR, 24, 8), name, 24, 8);
			case PROSES -> Word.picture(paragraph, Symbols.step(Shape.PROCESS, 24, 10), name, 24, 10);
			case KEPUTUSAN -> Word.picture(paragraph, Symbols.step(Shape.DECISION, 24, 14), name, 24, 14);
			case ANAK_PANAH -> Word.picture(paragraph, Symbols.arrow(6, 12), name, 6, 12);
			case PENGHUBUNG -> Word.picture(paragraph, Symbols.connector('A', Connector.SIZE * 1.2), name,
					Connector.SIZE * 1.2, Connector.SIZE * 1.2);
		}
	}

	private static void text(XWPFTableCell cell, String text, boolean bold) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		Word.text(WordTable.paragraph(cell), text, Word.BODY_PT, bold);
	}

	private XWPFParagraph centred(String text, double sizePt, boolean bold) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		Word.text(paragraph, text, sizePt, bold);
		return paragraph;
	}
}
