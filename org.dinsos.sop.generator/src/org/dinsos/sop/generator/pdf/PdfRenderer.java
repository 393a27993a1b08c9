package org.dinsos.sop.generator.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.dinsos.sop.generator.Fonts;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
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

	public static void render(String xhtml, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(xhtml, null);
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.useFont(() -> Fonts.open(Fonts.REGULAR), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> Fonts.open(Fonts.BOLD), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
		builder.useFont(() -> Fonts.open(Fonts.ITALIC), Fonts.FAMILY, 400, FontStyle.ITALIC, true);
		builder.toStream(out);
		builder.run();
	}
}
