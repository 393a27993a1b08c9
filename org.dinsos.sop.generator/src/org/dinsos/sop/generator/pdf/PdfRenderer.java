package org.dinsos.sop.generator.pdf;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.dinsos.sop.generator.Fonts;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
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

	private static LaidOut layOut(String xhtml) throws IOException {
		PDDocument document = new PDDocument();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePDDocument(document);
		builder.withHtmlContent(xhtml, null);
		builder.useSVGDrawer(new SvgDrawer());
		List<PDType0Font> faces = new ArrayList<>();
		builder.useFont(face(document, Fonts.REGULAR, faces), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(face(document, Fonts.BOLD, faces), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
		builder.useFont(face(document, Fonts.ITALIC, faces), Fonts.FAMILY, 400, FontStyle.ITALIC, true);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.layout();
			renderer.createPDFKeepOpen();
		}
		return new LaidOut(document, faces);
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
