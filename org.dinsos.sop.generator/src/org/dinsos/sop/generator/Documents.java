package org.dinsos.sop.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.dinsos.sop.generator.docx.BookletDocx;
import org.dinsos.sop.generator.docx.SopDocx;
import org.dinsos.sop.generator.html.BookletHtml;
import org.dinsos.sop.generator.html.SopHtml;
import org.dinsos.sop.generator.html.Styles;
import org.dinsos.sop.generator.pdf.PdfRenderer;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Sop;

/** Writes an SOP or a booklet in a format; the one entry the command line and the language server use. */
public final class Documents {

	private Documents() {
	}

	public static byte[] sop(Sop sop, Format format, DocumentSettings settings) {
		return switch (format) {
			case HTML -> SopHtml.document(sop, settings, Styles.Fonts.EMBEDDED).getBytes(StandardCharsets.UTF_8);
			case PDF -> pdf(SopHtml.document(sop, settings, Styles.Fonts.RENDERER));
			case DOCX -> bytes(out -> SopDocx.write(sop, settings, out));
		};
	}

	/** The SOP's HTML for an editor's preview: the font is left to the viewer, which keeps the page small. */
	public static byte[] preview(Sop sop, DocumentSettings settings) {
		return SopHtml.document(sop, settings, Styles.Fonts.RENDERER).getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] booklet(Buku buku, Format format, DocumentSettings settings) {
		return switch (format) {
			case HTML -> BookletHtml.document(buku, settings, Styles.Fonts.EMBEDDED).getBytes(StandardCharsets.UTF_8);
			case PDF -> pdf(BookletHtml.document(buku, settings, Styles.Fonts.RENDERER));
			case DOCX -> bytes(out -> BookletDocx.write(buku, settings, out));
		};
	}

	private static byte[] pdf(String xhtml) {
		return bytes(out -> PdfRenderer.render(xhtml, out));
	}

	private interface Writer {
		void write(OutputStream out) throws IOException;
	}

	private static byte[] bytes(Writer writer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			writer.write(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
