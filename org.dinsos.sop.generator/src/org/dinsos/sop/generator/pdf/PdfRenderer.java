package org.dinsos.sop.generator.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.dinsos.sop.generator.Fonts;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
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
		PDDocument document = new PDDocument();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePDDocument(document);
		builder.withHtmlContent(xhtml, null);
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.useFont(face(document, Fonts.REGULAR), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(face(document, Fonts.BOLD), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
		builder.useFont(face(document, Fonts.ITALIC), Fonts.FAMILY, 400, FontStyle.ITALIC, true);
		builder.toStream(out);
		builder.run();
	}

	private static PDFontSupplier face(PDDocument document, String resource) throws IOException {
		return new PDFontSupplier(PDType0Font.load(document, Fonts.trueType(resource), true));
	}
}
