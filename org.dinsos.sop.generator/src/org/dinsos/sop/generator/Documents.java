package org.dinsos.sop.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
		};
	}

	public static byte[] booklet(Buku buku, Format format, DocumentSettings settings) {
		return switch (format) {
			case HTML -> BookletHtml.document(buku, settings, Styles.Fonts.EMBEDDED).getBytes(StandardCharsets.UTF_8);
			case PDF -> pdf(BookletHtml.document(buku, settings, Styles.Fonts.RENDERER));
		};
	}

	private static byte[] pdf(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRenderer.render(xhtml, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
