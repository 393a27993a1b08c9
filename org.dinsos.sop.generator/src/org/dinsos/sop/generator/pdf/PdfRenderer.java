package org.dinsos.sop.generator.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.dinsos.sop.generator.Fonts;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/** Prints a document's XHTML to PDF with paged-media CSS, its SVG drawings, and the bundled font embedded. */
public final class PdfRenderer {

	/** PDFBox reports through java.util.logging; kept referenced so the level set here stays in force. */
	private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

	static {
		XRLog.setLoggingEnabled(false);
		PDFBOX.setLevel(Level.SEVERE);
	}

	private PdfRenderer() {
	}

	/** The document printed to the stream; the faces come parsed from {@link Fonts#trueType}, each embedded as the subset used. */
	public static void render(String xhtml, OutputStream out) throws IOException {
		try (PDDocument document = layOut(xhtml).document()) {
			document.save(out);
		}
	}

	/**
	 * The document printed, still open and never written: a booklet takes its pages from it. Each face the
	 * pages show is already cut to its glyphs (its CIDToGIDMap names the glyphs it shows); a face no page
	 * shows is left out.
	 */
	public static PDDocument renderOpen(String xhtml) throws IOException {
		LaidOut laidOut = layOut(xhtml);
		Set<COSBase> shown = Collections.newSetFromMap(new IdentityHashMap<>());
		for (PDPage page : laidOut.document().getPages()) {
			BookletPdf.forEachFont(page.getResources().getCOSObject(), (fonts, key) -> shown.add(fonts.getDictionaryObject(key)));
		}
		for (PDType0Font face : laidOut.faces()) {
			if (shown.contains(face.getCOSObject())) {
				face.subset();
			}
		}
		return laidOut.document();
	}

	/** The pages drawn into a new document, and the faces given to it (saving cuts each face a page shows). */
	private record LaidOut(PDDocument document, List<PDType0Font> faces) {
	}

	/**
	 * How many pages the document takes: laid out as {@link #render} lays it out, nothing drawn (the
	 * pictures only sized), so it costs a part of printing it.
	 */
	public static int pageCount(String xhtml) throws IOException {
		try (PDDocument document = new PDDocument(); PdfBoxRenderer renderer = builder(xhtml, document, new ArrayList<>()).buildPdfRenderer()) {
			renderer.layout();
			return renderer.getRootBox().getLayer().getPages().size();
		}
	}

	private static LaidOut layOut(String xhtml) throws IOException {
		PDDocument document = new PDDocument();
		List<PDType0Font> faces = new ArrayList<>();
		try (PdfBoxRenderer renderer = builder(xhtml, document, faces).buildPdfRenderer()) {
			renderer.layout();
			renderer.createPDFKeepOpen();
		}
		return new LaidOut(document, faces);
	}

	/** The renderer's settings: fast mode, SVG through Batik, the bundled faces loaded into the document and listed in `faces`. */
	private static PdfRendererBuilder builder(String xhtml, PDDocument document, List<PDType0Font> faces) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePDDocument(document);
		builder.withHtmlContent(xhtml, null);
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.useFont(face(document, Fonts.REGULAR, faces), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(face(document, Fonts.BOLD, faces), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
		builder.useFont(face(document, Fonts.ITALIC, faces), Fonts.FAMILY, 400, FontStyle.ITALIC, true);
		return builder;
	}

	private static PDFontSupplier face(PDDocument document, String resource, List<PDType0Font> faces) throws IOException {
		PDType0Font font = PDType0Font.load(document, Fonts.trueType(resource), true);
		faces.add(font);
		return new PDFontSupplier(font);
	}
}
