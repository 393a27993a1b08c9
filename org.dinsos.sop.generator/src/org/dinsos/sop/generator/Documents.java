package org.dinsos.sop.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.dinsos.sop.generator.docx.BookletDocx;
import org.dinsos.sop.generator.docx.MonitoringDocx;
import org.dinsos.sop.generator.docx.SopDocx;
import org.dinsos.sop.generator.html.BookletHtml;
import org.dinsos.sop.generator.html.MonitoringHtml;
import org.dinsos.sop.generator.html.SopHtml;
import org.dinsos.sop.generator.html.Styles;
import org.dinsos.sop.generator.model.Conventions;
import org.dinsos.sop.generator.pdf.BookletPages;
import org.dinsos.sop.generator.pdf.BookletPdf;
import org.dinsos.sop.generator.pdf.PdfRenderer;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Sop;

/**
 * Writes an SOP, a booklet, or an SOP's monitoring and evaluation forms in a format; the one entry the
 * command line and the language server use.
 */
public final class Documents {

	private Documents() {
	}

	public static byte[] sop(Sop sop, DocumentFormat format, DocumentSettings settings) {
		return document(format, fonts -> SopHtml.document(sop, settings, fonts), out -> SopDocx.write(sop, settings, out));
	}

	/** The SOP's HTML for an editor's preview: the font is left to the viewer, which keeps the page small. */
	public static byte[] preview(Sop sop, DocumentSettings settings) {
		return SopHtml.document(sop, settings, Styles.Fonts.RENDERER).getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] booklet(Buku buku, DocumentFormat format, DocumentSettings settings) {
		return bytes(out -> booklet(buku, format, settings, out, ProgressListener.NONE));
	}

	/**
	 * The booklet written to a stream as it is made, its SOPs printed with the booklet's conventions (`gaya`), part
	 * by part in every format, so that memory does not grow with the number of SOPs (see {@link BookletPdf},
	 * {@link BookletHtml#write}, {@link BookletDocx}); HTML and Word give in their daftar isi the pages the PDF's
	 * parts start on ({@link BookletPages}).
	 */
	public static void booklet(Buku buku, DocumentFormat format, DocumentSettings settings, OutputStream out,
			ProgressListener progress) throws IOException {
		DocumentSettings office = settings.withConventions(Conventions.of(buku.getGaya()));
		switch (format) {
			case HTML -> BookletHtml.write(buku, office, BookletPages.of(buku, office), out);
			case PDF -> BookletPdf.write(buku, office, out, progress);
			case DOCX -> BookletDocx.write(buku, office, BookletPages.of(buku, office), out, progress);
		}
	}

	/** The SOP's monitoring form and evaluation form, blank, to print and fill in. */
	public static byte[] monitoring(Sop sop, DocumentFormat format, DocumentSettings settings) {
		return document(format, fonts -> MonitoringHtml.document(sop, settings, fonts),
				out -> MonitoringDocx.write(sop, settings, out));
	}

	/** HTML with the font inside the file, PDF printed from the same markup, or Word. */
	private static byte[] document(DocumentFormat format, Function<Styles.Fonts, String> xhtml, Writer docx) {
		return switch (format) {
			case HTML -> xhtml.apply(Styles.Fonts.EMBEDDED).getBytes(StandardCharsets.UTF_8);
			case PDF -> pdf(xhtml.apply(Styles.Fonts.RENDERER));
			case DOCX -> bytes(docx);
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
