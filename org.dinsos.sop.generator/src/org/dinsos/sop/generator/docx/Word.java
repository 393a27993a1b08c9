package org.dinsos.sop.generator.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.FlowchartTable;
import org.dinsos.sop.generator.Fonts;
import org.dinsos.sop.generator.Markup;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What the Word documents share: the landscape page of the settings, the bundled font as the document
 * font, a "Heading 1" style that the table of contents collects, fields, pictures and page breaks.
 */
final class Word {

	/** The style of the titles the Daftar Isi lists: the decree, the guide, each SOP's name. */
	static final String HEADING = "Heading1";
	static final double BODY_PT = 10;
	private static final double PICTURE_LINE_PT = 1;

	private static final double TWIPS_PER_MM = 1440 / 25.4;
	private static final double POINTS_PER_MM = 72 / 25.4;

	private Word() {
	}

	/** An empty document on the settings' paper, set in the bundled font, "Halaman N dari M" in the footer. */
	static XWPFDocument document(DocumentSettings settings) {
		XWPFDocument doc = new XWPFDocument();
		page(doc, settings);
		styles(doc);
		footer(doc);
		return doc;
	}

	static int twips(double mm) {
		return (int) Math.round(mm * TWIPS_PER_MM);
	}

	static int emu(double mm) {
		return Units.toEMU(mm * POINTS_PER_MM);
	}

	private static void page(XWPFDocument doc, DocumentSettings settings) {
		CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(twips(settings.pageWidth())));
		size.setH(BigInteger.valueOf(twips(settings.pageHeight())));
		size.setOrient(STPageOrientation.LANDSCAPE);
		CTPageMar margins = section.addNewPgMar();
		BigInteger margin = BigInteger.valueOf(twips(FlowchartTable.MARGIN));
		margins.setTop(margin);
		margins.setBottom(margin);
		margins.setLeft(margin);
		margins.setRight(margin);
		margins.setHeader(BigInteger.valueOf(twips(FlowchartTable.MARGIN / 2)));
		margins.setFooter(BigInteger.valueOf(twips(FlowchartTable.MARGIN / 2)));
		margins.setGutter(BigInteger.ZERO);
	}

	private static void styles(XWPFDocument doc) {
		XWPFStyles styles = doc.createStyles();
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(Fonts.FAMILY);
		fonts.setHAnsi(Fonts.FAMILY);
		fonts.setCs(Fonts.FAMILY);
		fonts.setEastAsia(Fonts.FAMILY);
		styles.setDefaultFonts(fonts);
		styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr().addNewSz().setVal(BigInteger.valueOf(Math.round(BODY_PT * 2)));
		styles.addStyle(new XWPFStyle(heading(), styles));
	}

	/** Word's own "heading 1", so that Word's TOC field and navigation pane find the titles. */
	private static CTStyle heading() {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(HEADING);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal("heading 1");
		style.addNewQFormat();
		style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
		style.getPPr().addNewKeepNext();
		CTRPr run = style.addNewRPr();
		run.addNewB();
		run.addNewSz().setVal(BigInteger.valueOf(24));
		return style;
	}

	private static void footer(XWPFDocument doc) {
		XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		text(paragraph, "Halaman ", 8, false);
		field(paragraph, "PAGE", "1");
		text(paragraph, " dari ", 8, false);
		field(paragraph, "NUMPAGES", "1");
	}

	/** A run of text at the given size. */
	static XWPFRun text(XWPFParagraph paragraph, String text, double sizePt, boolean bold) {
		XWPFRun run = paragraph.createRun();
		// Bold before size: Word expects the run properties in the schema's order.
		if (bold) {
			run.setBold(true);
		}
		run.setFontSize(sizePt);
		run.setText(Markup.xmlSafe(text));
		return run;
	}

	/**
	 * A field Word computes (PAGE, TOC), written as begin, instruction, separator, the text shown until
	 * Word updates it, and end.
	 */
	static void field(XWPFParagraph paragraph, String instruction, String shown) {
		fieldStart(paragraph, instruction);
		paragraph.createRun().setText(shown);
		fieldEnd(paragraph);
	}

	/** A field without a result: a mark Word reads (TC, an entry of the table of contents), nothing shown. */
	static void field(XWPFParagraph paragraph, String instruction) {
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	/** A field's begin, instruction and separator: what follows, up to {@link #fieldEnd}, is its result, over paragraphs if need be. */
	static void fieldStart(XWPFParagraph paragraph, String instruction) {
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
	}

	static void fieldEnd(XWPFParagraph paragraph) {
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	/** A PNG picture of the given size in millimetres; its name stays in the file as the picture's description. */
	static CTNonVisualDrawingProps picture(XWPFParagraph paragraph, byte[] png, String name, double widthMm,
			double heightMm) {
		return picture(paragraph, png, PictureType.PNG, name, widthMm, heightMm);
	}

	/** The picture inline in a new run; what is returned holds its name, description and title. */
	static CTNonVisualDrawingProps picture(XWPFParagraph paragraph, byte[] image, PictureType type, String name,
			double widthMm, double heightMm) {
		try {
			XWPFRun run = paragraph.createRun();
			run.addPicture(new ByteArrayInputStream(image), type, name, emu(widthMm), emu(heightMm));
			CTNonVisualDrawingProps properties = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
			// Every drawing of a document needs its own id; Word may refuse a file where two share one.
			properties.setId(paragraph.getDocument().getXWPFDocument().getAllPictures().size());
			return properties;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InvalidFormatException e) {
			throw new IllegalArgumentException("Gambar tidak dapat dimuat: " + name, e);
		}
	}

	/**
	 * A PNG picture alone on a line as high as the picture: no space around it, single spacing, and text
	 * so small that its descent under the picture stays within a tenth of a millimetre (Word and
	 * LibreOffice both keep such a picture where it is; an exact line height makes LibreOffice move the
	 * picture up).
	 */
	static CTNonVisualDrawingProps pictureLine(XWPFParagraph paragraph, byte[] png, String name, double widthMm,
			double heightMm) {
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(1, LineSpacingRule.AUTO);
		properties(paragraph).addNewRPr().addNewSz().setVal(BigInteger.valueOf(Math.round(PICTURE_LINE_PT * 2)));
		CTNonVisualDrawingProps picture = picture(paragraph, png, name, widthMm, heightMm);
		paragraph.getRuns().get(paragraph.getRuns().size() - 1).setFontSize(PICTURE_LINE_PT);
		return picture;
	}

	/**
	 * Ends the section of what the document holds so far with an empty paragraph one point high, the section
	 * keeping the page the document was made with (its paper, orientation, margins and footer). What follows
	 * starts a new page.
	 */
	static void endSection(XWPFDocument doc) {
		properties(sectionEnd(doc)).setSectPr((CTSectPr) bodySection(doc).copy());
	}

	/**
	 * Ends the section of what the document holds so far, set on portrait pages of the same paper with the
	 * margins of an official letter (top 20 mm, left 25 mm, right and bottom 20 mm) and the same footer.
	 */
	static void endPortraitSection(XWPFDocument doc) {
		CTSectPr section = (CTSectPr) bodySection(doc).copy();
		CTPageSz size = section.getPgSz();
		Object width = size.getW();
		size.setW(size.getH());
		size.setH(width);
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.getPgMar();
		margins.setTop(BigInteger.valueOf(twips(PORTRAIT_MARGIN)));
		margins.setBottom(BigInteger.valueOf(twips(PORTRAIT_MARGIN)));
		margins.setRight(BigInteger.valueOf(twips(PORTRAIT_MARGIN)));
		margins.setLeft(BigInteger.valueOf(twips(PORTRAIT_BINDING_MARGIN)));
		properties(sectionEnd(doc)).setSectPr(section);
	}

	/** The margins of a portrait section; the left one is wider, for binding. */
	static final double PORTRAIT_MARGIN = 20;
	static final double PORTRAIT_BINDING_MARGIN = 25;

	private static XWPFParagraph sectionEnd(XWPFDocument doc) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(1, LineSpacingRule.EXACT);
		return paragraph;
	}

	private static CTPPr properties(XWPFParagraph paragraph) {
		return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
	}

	private static CTSectPr bodySection(XWPFDocument doc) {
		return doc.getDocument().getBody().getSectPr();
	}

	/**
	 * An empty paragraph that starts a new page and takes as little of it as a line can (1 pt type, no
	 * spacing): what comes after it opens the page, as a table after a page break must.
	 */
	static XWPFParagraph emptyNewPage(XWPFDocument doc) {
		XWPFParagraph paragraph = newPage(doc);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(1, LineSpacingRule.AUTO);
		paragraph.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(Math.round(PICTURE_LINE_PT * 2)));
		return paragraph;
	}

	/** A paragraph that starts a new page. */
	static XWPFParagraph newPage(XWPFDocument doc) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setPageBreak(true);
		return paragraph;
	}
}
