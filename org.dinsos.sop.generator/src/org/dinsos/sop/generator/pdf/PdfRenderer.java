package org.dinsos.sop.generator.pdf;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.dinsos.sop.generator.Fonts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/** Prints a document's XHTML to PDF with paged-media CSS, its SVG drawings, and the bundled font embedded. */
public final class PdfRenderer {

	/** PDFBox reports through java.util.logging; kept referenced so the level set here stays in force. */
	private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** The id given to a part's first element when it has none, to find the page the part starts on. */
	private static final String PART_START = "sop-awal-bagian-";

	/** One XML parser per thread, reset between documents: making a parser costs more than parsing a part. */
	private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(PdfRenderer::newParser);

	static {
		XRLog.setLoggingEnabled(false);
		PDFBOX.setLevel(Level.SEVERE);
	}

	private PdfRenderer() {
	}

	/** The document printed to the stream; the faces come parsed from {@link Fonts#trueType}, each embedded as the subset used. */
	public static void render(String xhtml, OutputStream out) throws IOException {
		try (PDDocument document = layOut(parse(xhtml), List.of()).document()) {
			document.save(out);
		}
	}

	/** Documents printed one after the other as one, still open and never written; each starts on a new page. */
	public record Printed(PDDocument document, List<Integer> firstPages) {
	}

	/**
	 * Documents that share their head (title and style) printed as one: the body of each after the body of
	 * the one before, each starting on a new page (its sections break the page after them), with the page
	 * (from 0) each starts on. The document is still open and never written: a booklet takes its pages from
	 * it. Each face the pages show is already cut to its glyphs (its CIDToGIDMap names the glyphs it shows);
	 * a face no page shows is left out.
	 */
	public static Printed renderOpen(List<String> xhtml) throws IOException {
		Combined combined = combined(xhtml);
		LaidOut laidOut = layOut(combined.document(), combined.starts());
		Set<COSBase> shown = Collections.newSetFromMap(new IdentityHashMap<>());
		for (PDPage page : laidOut.document().getPages()) {
			BookletPdf.forEachFont(page.getResources().getCOSObject(), (fonts, key) -> shown.add(fonts.getDictionaryObject(key)));
		}
		for (PDType0Font face : laidOut.faces()) {
			if (shown.contains(face.getCOSObject())) {
				face.subset();
			}
		}
		return new Printed(laidOut.document(), laidOut.firstPages());
	}

	/** The pages drawn into a new document, the faces given to it (saving cuts each face a page shows), and where the marked elements start. */
	private record LaidOut(PDDocument document, List<PDType0Font> faces, List<Integer> firstPages) {
	}

	/**
	 * How many pages the document takes: laid out as {@link #render} lays it out, nothing drawn (the
	 * pictures only sized), so it costs a part of printing it.
	 */
	public static int pageCount(String xhtml) throws IOException {
		return pageCounts(List.of(xhtml)).get(0);
	}

	/**
	 * How many pages each document takes when they are printed one after the other as {@link #renderOpen}
	 * prints them, with one renderer's set-up: laid out, nothing drawn (the pictures only sized).
	 */
	public static List<Integer> pageCounts(List<String> xhtml) throws IOException {
		Combined combined = combined(xhtml);
		try (PDDocument document = new PDDocument();
				PdfBoxRenderer renderer = builder(combined.document(), document, new ArrayList<>()).buildPdfRenderer()) {
			renderer.layout();
			List<Integer> firstPages = new ArrayList<>(firstPages(renderer, combined.starts()));
			firstPages.add(renderer.getRootBox().getLayer().getPages().size());
			List<Integer> counts = new ArrayList<>();
			for (int i = 0; i < xhtml.size(); i++) {
				counts.add(firstPages.get(i + 1) - firstPages.get(i));
			}
			return counts;
		}
	}

	/** Documents that share their head as one: the body of each after the body of the one before, where each starts marked. */
	private record Combined(Document document, List<String> starts) {
	}

	private static Combined combined(List<String> xhtml) throws IOException {
		Document combined = parse(xhtml.get(0));
		Element body = body(combined);
		List<String> starts = new ArrayList<>();
		starts.add(markStart(body, 0));
		for (int i = 1; i < xhtml.size(); i++) {
			Element next = body(parse(xhtml.get(i)));
			int before = body.getChildNodes().getLength();
			while (next.getFirstChild() != null) {
				body.appendChild(combined.adoptNode(next.getFirstChild()));
			}
			starts.add(markStart(body, before));
		}
		return new Combined(combined, starts);
	}

	private static LaidOut layOut(Document xhtml, List<String> ids) throws IOException {
		PDDocument document = new PDDocument();
		List<PDType0Font> faces = new ArrayList<>();
		List<Integer> firstPages;
		try (PdfBoxRenderer renderer = builder(xhtml, document, faces).buildPdfRenderer()) {
			renderer.layout();
			firstPages = firstPages(renderer, ids);
			renderer.createPDFKeepOpen();
		}
		return new LaidOut(document, faces, firstPages);
	}

	/** The page (from 0) each element of the laid-out document, named by its id, starts on. */
	private static List<Integer> firstPages(PdfBoxRenderer renderer, List<String> ids) {
		List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
		return ids.stream().map(id -> pageOf(renderer.getSharedContext().getBoxById(id), pages)).toList();
	}

	/** The renderer's settings: fast mode, SVG through Batik, the bundled faces loaded into the document and listed in `faces`. */
	private static PdfRendererBuilder builder(Document xhtml, PDDocument document, List<PDType0Font> faces) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePDDocument(document);
		builder.withW3cDocument(xhtml, null);
		builder.useSVGDrawer(new SvgDrawer());
		builder.useFont(face(document, Fonts.REGULAR, faces), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(face(document, Fonts.BOLD, faces), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
		builder.useFont(face(document, Fonts.ITALIC, faces), Fonts.FAMILY, 400, FontStyle.ITALIC, true);
		return builder;
	}

	/** The page (from 0) a box starts on: the first page whose bottom lies below the box's top. */
	private static int pageOf(Box box, List<PageBox> pages) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).getBottom() > box.getAbsY()) {
				return i;
			}
		}
		return pages.size() - 1;
	}

	/** The id of the body's first element from the given child on, given one when it has none. */
	private static String markStart(Element body, int fromChild) {
		for (Node node = body.getChildNodes().item(fromChild); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				if (element.getAttribute("id").isEmpty()) {
					element.setAttribute("id", PART_START + fromChild);
				}
				return element.getAttribute("id");
			}
		}
		throw new IllegalArgumentException("Bagian buku tanpa isi");
	}

	private static Element body(Document document) {
		return (Element) document.getElementsByTagNameNS(XHTML, "body").item(0);
	}

	/** A mistake in the markup fails the document, which is told as an exception, not printed to the console. */
	private static final ErrorHandler FAIL = new ErrorHandler() {
		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) throws SAXException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			throw exception;
		}
	};

	private static Document parse(String xhtml) throws IOException {
		DocumentBuilder parser = PARSER.get();
		parser.setErrorHandler(FAIL);
		try {
			return parser.parse(new InputSource(new StringReader(xhtml)));
		} catch (SAXException e) {
			throw new IOException(e);
		} finally {
			parser.reset();
		}
	}

	/** A namespace-aware parser that reads no DTD or other outside file (the documents are our own XHTML). */
	private static DocumentBuilder newParser() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		factory.setExpandEntityReferences(false);
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			return factory.newDocumentBuilder();
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Batik for the flowchart drawings, with the bundled face for their Ya/Tidak and connector letters: the
	 * layout measured the labels in it, and without it Batik sets them in a wider face of the system. The
	 * drawer makes its font list when the document's font rules are read, so the face joins it then.
	 */
	private static final class SvgDrawer extends BatikSVGDrawer {

		@Override
		public void importFontFaceRules(List<FontFaceRule> rules, SharedContext context) {
			super.importFontFaceRules(rules, context);
			Optional<Path> regular = Fonts.file(Fonts.REGULAR);
			if (regular.isPresent()) {
				try {
					addFontFile(regular.get().toFile(), Fonts.FAMILY, 400, FontStyle.NORMAL);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				} catch (FontFormatException e) {
					throw new IllegalStateException(e);
				}
			}
		}
	}

	private static PDFontSupplier face(PDDocument document, String resource, List<PDType0Font> faces) throws IOException {
		PDType0Font font = PDType0Font.load(document, Fonts.trueType(resource), true);
		faces.add(font);
		return new PDFontSupplier(font);
	}
}
