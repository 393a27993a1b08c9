package org.dinsos.sop.tests.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reading generated documents back, as a reader (or a program) would: PDF text per page, SVG and HTML
 * elements, Word tables and headings.
 */
public final class ReadBack {

	private ReadBack() {
	}

	/** The text of every page of a PDF in the order it was drawn, whitespace folded to single spaces. */
	public static List<String> pdfPages(byte[] pdf) {
		return pdfPages(pdf, false);
	}

	/** The text of every page as it stands on the page, top to bottom: the footer comes last. */
	public static List<String> pdfPagesByPosition(byte[] pdf) {
		return pdfPages(pdf, true);
	}

	private static List<String> pdfPages(byte[] pdf, boolean byPosition) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(byPosition);
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(fold(stripper.getText(document)));
			}
			return pages;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The size of a PDF's first page in whole millimetres, "297 x 210 mm". */
	public static String pageSize(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDRectangle box = document.getPage(0).getMediaBox();
			return Math.round(box.getWidth() / 72 * 25.4) + " x " + Math.round(box.getHeight() / 72 * 25.4) + " mm";
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The first page from `from` on whose text holds `text`. */
	public static int pageOf(List<String> pages, String text, int from) {
		for (int i = from; i < pages.size(); i++) {
			if (pages.get(i).contains(text)) {
				return i;
			}
		}
		throw new AssertionError("'" + text + "' on no page after " + from);
	}

	/** The first page from `from` on whose text holds `text`, however the page wrapped it. */
	public static int pageOfSqueezed(List<String> pages, String text, int from) {
		return pageOf(pages.stream().map(ReadBack::squeeze).toList(), squeeze(text), from);
	}

	public static String fold(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	/** Text without any white space: a cell's text compares equal however the table wrapped it. */
	public static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	public static Document xml(String markup) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
		} catch (Exception e) {
			throw new IllegalStateException("Bukan XML yang sah: " + e.getMessage(), e);
		}
	}

	/** The elements of a document with the given class attribute. */
	public static List<Element> byClass(Document document, String cssClass) {
		return elements(document, element -> List.of(element.getAttribute("class").split(" ")).contains(cssClass));
	}

	/** The elements of a document whose attribute has the given value. */
	public static List<Element> byAttribute(Document document, String attribute, String value) {
		return elements(document, element -> element.getAttribute(attribute).equals(value));
	}

	private static List<Element> elements(Document document, Predicate<Element> wanted) {
		List<Element> found = new ArrayList<>();
		NodeList all = document.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (wanted.test(element)) {
				found.add(element);
			}
		}
		return found;
	}

	public static XWPFDocument docx(byte[] bytes) {
		try {
			return new XWPFDocument(new ByteArrayInputStream(bytes));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What the WordprocessingML schema finds wrong in the document's body, styles and footers. */
	public static List<String> schemaErrors(XWPFDocument doc) throws IOException {
		List<XmlError> errors = new ArrayList<>();
		XmlOptions options = new XmlOptions().setErrorListener(errors);
		doc.getDocument().validate(options);
		try {
			doc.getStyle().validate(options);
		} catch (XmlException e) {
			throw new IOException(e);
		}
		doc.getFooterList().forEach(footer -> footer._getHdrFtr().validate(options));
		return errors.stream().map(XmlError::toString).toList();
	}

	/** A cell's paragraphs, one string each. */
	public static List<String> lines(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
	}

	/** The text of each cell of a row, its paragraphs joined by line breaks. */
	public static List<String> texts(XWPFTableRow row) {
		return row.getTableCells().stream().map(c -> String.join("\n", lines(c))).toList();
	}

	/** The texts of the "heading 1" paragraphs, in the order of the document, tables included. */
	public static List<String> headings(IBody body) {
		List<String> headings = new ArrayList<>();
		for (IBodyElement element : body.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph && "Heading1".equals(paragraph.getStyle())) {
				headings.add(paragraph.getText());
			} else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						headings.addAll(headings(cell));
					}
				}
			}
		}
		return headings;
	}
}
