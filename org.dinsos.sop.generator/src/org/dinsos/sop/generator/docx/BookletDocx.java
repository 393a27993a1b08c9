package org.dinsos.sop.generator.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
import org.dinsos.sop.generator.MonitoringForms;
import org.dinsos.sop.generator.Parallel;
import org.dinsos.sop.generator.ProgressListener;
import org.dinsos.sop.generator.model.SymbolGuide;
import org.dinsos.sop.generator.model.SymbolGuide.Simbol;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Unit;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The buku SOP as one Word document: cover, the Keputusan Kepala that adopts the SOPs, the Daftar Isi
 * (the SOPs, the appendix and its forms with the pages they start on), a one-page guide to the symbols,
 * every SOP of the booklet in order, then the appendix of monitoring and evaluation forms, two per SOP,
 * the pages numbered in the footer. Each part takes the pages it takes in the PDF booklet, so the daftar
 * isi prints the PDF's page numbers; it is Word's TOC field over entries marked at each part's title,
 * the numbers its result until Word updates it.
 */
public final class BookletDocx {

	public static final String DAFTAR_ISI = "DAFTAR ISI";
	/** The entries marked for the daftar isi: a TC field of this type at each part's title. */
	private static final String ENTRY_TYPE = "D";
	/** Word's table of contents over the entries marked for it, as hyperlinks. */
	private static final String TOC = "TOC \\f " + ENTRY_TYPE + " \\h \\z";
	private static final double ENTRY_INDENT_MM = 6;
	private static final double FORM_INDENT_MM = 5;

	/**
	 * What making a part takes of the heap: mostly a flowchart page painted at 300 dpi before it is cut into
	 * the cells' pictures (about 20 MB for an A4 page). Fewer threads than cores make the parts when the heap
	 * has no room for more: with `-Xmx64m`, one.
	 */
	private static final long PART_MEMORY = 96L << 20;

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

	/**
	 * Writes the booklet as a .docx document, on the paper the settings give, each part's first page as `pages`
	 * gives it. The front (cover to guide) is one document; each SOP, the appendix's first page and each SOP's
	 * two forms are made in a document of their own, on every core, then written in order and dropped
	 * ({@link StreamedDocx}), so that memory does not grow with the number of SOPs.
	 */
	public static void write(Buku buku, DocumentSettings settings, ToIntFunction<String> pages, OutputStream out,
			ProgressListener progress) throws IOException {
		// Parts are made at once on several threads, which read the model: every link is resolved before.
		EcoreUtil.resolveAll(buku.eResource().getResourceSet());
		List<Sop> sops = sops(buku);
		List<Entry> entries = entries(sops);
		int threads = Parallel.threads(PART_MEMORY);
		ExecutorService pool = Parallel.pool("booklet-docx", threads);
		try (XWPFDocument front = Word.document(settings)) {
			BookletDocx booklet = new BookletDocx(front, settings);
			booklet.cover(buku);
			if (buku.getKeputusan() != null) {
				booklet.keputusan(DecreePage.of(buku.getKeputusan()));
			}
			booklet.contents(entries, pages);
			booklet.guide();
			List<Consumer<XWPFDocument>> parts = new ArrayList<>();
			for (Sop sop : sops) {
				parts.add(part -> new SopDocx(part, settings).addOnNewPage(sop));
			}
			if (!sops.isEmpty()) {
				parts.add(part -> new MonitoringDocx(part, settings).introduction());
			}
			for (Sop sop : sops) {
				parts.add(part -> new MonitoringDocx(part, settings).add(sop, true));
			}
			Iterator<Entry> marks = entries.iterator();
			try (StreamedDocx document = StreamedDocx.start(front, out)) {
				List<Callable<XWPFDocument>> making = parts.stream()
						.map(content -> (Callable<XWPFDocument>) () -> made(settings, content)).toList();
				Parallel.inOrder(pool, threads, making, (i, made) -> {
					try (XWPFDocument part = made) {
						append(document, marks, part);
					}
					progress.advanced(i + 1, parts.size() + 1);
				});
				if (marks.hasNext()) {
					throw new IllegalStateException("The booklet has no title for the entry " + marks.next().text());
				}
				document.finish();
				progress.advanced(parts.size() + 1, parts.size() + 1);
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/** One part of the booklet in a document of its own, with the booklet's styles. */
	private static XWPFDocument made(DocumentSettings settings, Consumer<XWPFDocument> content) {
		XWPFDocument part = Word.document(settings);
		content.accept(part);
		return part;
	}

	/** A part, each of its titles marked for the next entry of the daftar isi, written after what is written. */
	private static void append(StreamedDocx document, Iterator<Entry> entries, XWPFDocument part) throws IOException {
		for (XWPFParagraph title : headings(part)) {
			if (!entries.hasNext()) {
				throw new IllegalStateException("The booklet has a title without an entry: " + title.getText());
			}
			mark(title, entries.next());
		}
		document.append(part);
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

	/** A line of the daftar isi: the anchor of the part it names (as the PDF booklet has it), its text, and whether it is a form. */
	private record Entry(String anchor, String text, boolean form) {
	}

	/** Each SOP numbered with its nomor, then the appendix and its two forms per SOP, as the PDF's daftar isi lists them. */
	private static List<Entry> entries(List<Sop> sops) {
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < sops.size(); i++) {
			Sop sop = sops.get(i);
			String nomor = sop.getNomor() == null ? "" : " (Nomor " + sop.getNomor() + ")";
			entries.add(new Entry("sop-" + sop.getName(), (i + 1) + ". " + sop.getJudul() + nomor, false));
		}
		if (!sops.isEmpty()) {
			entries.add(new Entry("lampiran", MonitoringForms.LAMPIRAN, false));
		}
		for (Sop sop : sops) {
			entries.add(new Entry("monitoring-" + sop.getName(), "Formulir Monitoring SOP " + sop.getJudul(), true));
			entries.add(new Entry("evaluasi-" + sop.getName(), "Formulir Evaluasi SOP " + sop.getJudul(), true));
		}
		return entries;
	}

	/**
	 * The daftar isi: Word's TOC field, its result already filled in with each entry and the page it starts
	 * on behind dot leaders at the right margin, so that Word and LibreOffice show the numbers as the file
	 * opens, and Word's "Update Field" makes the same list again from the entries marked at the titles.
	 */
	private void contents(List<Entry> entries, ToIntFunction<String> pages) {
		XWPFParagraph title = Word.newPage(doc);
		title.setAlignment(ParagraphAlignment.CENTER);
		Word.text(title, DAFTAR_ISI, 12, true);
		double usable = settings.pageWidth() - 2 * FlowchartTable.MARGIN;
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			XWPFParagraph line = doc.createParagraph();
			line.setSpacingBefore(Word.twips(1));
			line.setSpacingAfter(Word.twips(1));
			double indent = entry.form() ? FORM_INDENT_MM : 0;
			line.setIndentationLeft(Word.twips(indent + ENTRY_INDENT_MM));
			line.setIndentationHanging(Word.twips(ENTRY_INDENT_MM));
			CTTabStop tab = line.getCTP().getPPr().addNewTabs().addNewTab();
			tab.setVal(STTabJc.RIGHT);
			tab.setLeader(STTabTlc.DOT);
			tab.setPos(BigInteger.valueOf(Word.twips(usable)));
			if (i == 0) {
				Word.fieldStart(line, TOC);
			}
			Word.text(line, entry.text(), Word.BODY_PT, false);
			line.createRun().addTab();
			Word.text(line, String.valueOf(pages.applyAsInt(entry.anchor())), Word.BODY_PT, false);
			if (i == entries.size() - 1) {
				Word.fieldEnd(line);
			}
		}
	}

	/** Marks a part's title for the TOC field: a TC field of the entry, at the title. */
	private static void mark(XWPFParagraph title, Entry entry) {
		Word.field(title, "TC \"" + entry.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\" \\f " + ENTRY_TYPE + " \\l 1");
	}

	/** The paragraphs styled "heading 1", in the body and in its tables, in document order. */
	private static List<XWPFParagraph> headings(XWPFDocument doc) {
		List<XWPFParagraph> headings = new ArrayList<>();
		for (IBodyElement element : doc.getBodyElements()) {
			List<XWPFParagraph> paragraphs = element instanceof XWPFParagraph paragraph ? List.of(paragraph)
					: element instanceof XWPFTable table ? table.getRows().stream().flatMap(row -> row.getTableCells().stream())
							.flatMap(cell -> cell.getParagraphs().stream()).toList() : List.of();
			paragraphs.stream().filter(paragraph -> Word.HEADING.equals(paragraph.getStyle())).forEach(headings::add);
		}
		return headings;
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
