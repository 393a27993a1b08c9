package org.dinsos.sop.generator.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.FlowchartTable;
import org.dinsos.sop.generator.Fonts;
import org.dinsos.sop.generator.Parallel;
import org.dinsos.sop.generator.ProgressListener;
import org.dinsos.sop.generator.html.BookletHtml;
import org.dinsos.sop.generator.html.BookletHtml.Part;
import org.dinsos.sop.sop.Buku;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Prints the buku SOP a few parts at a time: consecutive SOPs and forms are laid out together as one
 * document, which shares one renderer's set-up among them, the batches on every core, and their pages are
 * appended to the booklet as soon as the batches before are in, so memory stays flat however many SOPs the
 * book holds (the appended pages wait in a {@link SwapFile} until the booklet is written). The three faces
 * of the font are embedded once for the whole book (each batch brings only the glyphs it uses), the pages
 * are numbered in the footer, and the daftar isi, printed last with the page each part starts on, goes in
 * front with links to those pages.
 */
public final class BookletPdf {

	/** The footer's page number: size and distance from the page's bottom edge, as the single-document booklet set it. */
	private static final float FOOTER_PT = 7;
	private static final float FOOTER_BASELINE_MM = 6.17f;
	private static final float POINTS_PER_MM = 72 / 25.4f;

	private static final COSName FACE = COSName.getPDFName("SopFace");

	/** Parts printed together, about three SOPs' worth (an SOP, its monitoring form, its evaluation form). */
	private static final int PARTS_PER_BATCH = 9;

	private final PDDocument booklet;
	private final Map<String, PDType0Font> faces = new LinkedHashMap<>();
	private final Map<String, Integer> anchorPages = new HashMap<>();
	private final Set<PDType0Font> shown = new HashSet<>();

	private BookletPdf(PDDocument booklet) throws IOException {
		this.booklet = booklet;
		for (String resource : List.of(Fonts.REGULAR, Fonts.BOLD, Fonts.ITALIC)) {
			PDType0Font font = PDType0Font.load(booklet, Fonts.trueType(resource), true);
			faces.put(font.getName(), font);
		}
	}

	public static void write(Buku buku, DocumentSettings settings, OutputStream out, ProgressListener progress)
			throws IOException {
		// Parts are laid out at once on several threads, which read the model: every link is resolved before.
		EcoreUtil.resolveAll(buku.eResource().getResourceSet());
		List<Part> parts = BookletHtml.body(buku, settings);
		int threads = Parallel.cores();
		ExecutorService pool = Parallel.pool("booklet-pdf", threads);
		try (PDDocument document = new PDDocument(SwapFile.inTempFolder())) {
			BookletPdf writer = new BookletPdf(document);
			Future<PDDocument> draftFront = pool.submit(() -> front(BookletHtml.front(buku, settings, anchor -> 0)));
			List<List<Part>> batches = batches(parts);
			List<Callable<PdfRenderer.Printed>> rendering = batches.stream()
					.map(batch -> (Callable<PdfRenderer.Printed>) () -> PdfRenderer.renderOpen(xhtml(batch))).toList();
			Parallel.inOrder(pool, threads, rendering, (i, printed) -> {
				writer.append(printed, batches.get(i).stream().map(Part::anchor).toList());
				progress.advanced(Math.min(parts.size(), (i + 1) * PARTS_PER_BATCH), parts.size() + 1);
			});
			int frontPages = writer.prependFront(Parallel.result(draftFront),
					pages -> front(BookletHtml.front(buku, settings, anchor -> pages + writer.anchorPages.get(anchor) + 1)));
			writer.linkAnchors(frontPages);
			writer.numberPages();
			document.getDocumentInformation().setTitle(buku.getJudul());
			writer.embedFaces();
			document.save(out);
			progress.advanced(parts.size() + 1, parts.size() + 1);
		} finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Consecutive parts printed together, so that they share one renderer's set-up (parser, fonts, style
	 * sheet), and few enough that every core gets work and the batches waiting to be appended stay small.
	 */
	static List<List<Part>> batches(List<Part> parts) {
		List<List<Part>> batches = new ArrayList<>();
		for (int from = 0; from < parts.size(); from += PARTS_PER_BATCH) {
			batches.add(parts.subList(from, Math.min(parts.size(), from + PARTS_PER_BATCH)));
		}
		return batches;
	}

	/** The batch's parts as XHTML, each written now. */
	static List<String> xhtml(List<Part> batch) {
		return batch.stream().map(part -> part.xhtml().get()).toList();
	}

	private static PDDocument front(String xhtml) throws IOException {
		return PdfRenderer.renderOpen(List.of(xhtml)).document();
	}

	/** The parts' pages after the booklet's; each anchor names the first page of its part. */
	private void append(PdfRenderer.Printed printed, List<String> anchors) throws IOException {
		int first = append(printed.document());
		for (int i = 0; i < anchors.size(); i++) {
			anchorPages.put(anchors.get(i), first + printed.firstPages().get(i));
		}
	}

	/** The document's pages after the booklet's, its fonts replaced by the booklet's; the index of its first page. */
	private int append(PDDocument rendered) throws IOException {
		int first = booklet.getNumberOfPages();
		try (PDDocument part = rendered) {
			for (PDPage page : part.getPages()) {
				forEachFont(page.getResources().getCOSObject(), this::detach);
			}
			new PDFMergerUtility().appendDocument(booklet, part);
		}
		PDPageTree pages = booklet.getPages();
		for (int i = first; i < pages.getCount(); i++) {
			forEachFont(pages.get(i).getResources().getCOSObject(), this::attach);
		}
		return first;
	}

	/**
	 * Lays out the front (cover to guide) with the page each part starts on and puts it before the parts.
	 * The draft, laid out with page numbers still unknown, says how many pages the front takes; the front is
	 * laid out again with the numbers it gives until its length agrees with them.
	 */
	private int prependFront(PDDocument draft, FrontRenderer front) throws IOException {
		int assumed = pages(draft);
		PDDocument pdf = front.render(assumed);
		while (pdf.getNumberOfPages() != assumed) {
			assumed = pages(pdf);
			pdf = front.render(assumed);
		}
		int bodyPages = booklet.getNumberOfPages();
		append(pdf);
		PDPageTree pages = booklet.getPages();
		if (bodyPages > 0) {
			PDPage firstOfBody = pages.get(0);
			for (int i = 0; i < assumed; i++) {
				PDPage page = pages.get(bodyPages + i);
				pages.remove(page);
				pages.insertBefore(page, firstOfBody);
			}
		}
		return assumed;
	}

	@FunctionalInterface
	private interface FrontRenderer {
		PDDocument render(int frontPages) throws IOException;
	}

	/** The pages of a document, which is closed: only its length was wanted. */
	private static int pages(PDDocument document) throws IOException {
		try (document) {
			return document.getNumberOfPages();
		}
	}

	/** The front's links to parts (a URI naming the anchor, as the front was laid out alone) now go to their pages. */
	private void linkAnchors(int frontPages) throws IOException {
		for (int i = 0; i < frontPages; i++) {
			for (PDAnnotation annotation : booklet.getPage(i).getAnnotations()) {
				if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
						&& uri.getURI() != null && uri.getURI().startsWith(BookletHtml.PART_LINK)) {
					Integer target = anchorPages.get(uri.getURI().substring(BookletHtml.PART_LINK.length()));
					if (target != null) {
						PDPageXYZDestination destination = new PDPageXYZDestination();
						PDPage page = booklet.getPage(frontPages + target);
						destination.setPage(page);
						destination.setTop((int) page.getMediaBox().getUpperRightY());
						PDActionGoTo goTo = new PDActionGoTo();
						goTo.setDestination(destination);
						link.setAction(goTo);
					}
				}
			}
		}
	}

	/** Every page's number in the footer, at the right edge of the text area. */
	private void numberPages() throws IOException {
		PDType0Font regular = regular();
		float right = (float) FlowchartTable.MARGIN * POINTS_PER_MM;
		int number = 0;
		for (PDPage page : booklet.getPages()) {
			String text = Integer.toString(++number);
			float width = regular.getStringWidth(text) / 1000 * FOOTER_PT;
			try (PDPageContentStream footer = new PDPageContentStream(booklet, page, AppendMode.APPEND, true, true)) {
				footer.beginText();
				footer.setFont(regular, FOOTER_PT);
				footer.newLineAtOffset(page.getMediaBox().getUpperRightX() - right - width, FOOTER_BASELINE_MM * POINTS_PER_MM);
				footer.showText(text);
				footer.endText();
			}
		}
	}

	/**
	 * Each face cut to the glyphs the parts showed. PDFBox does this itself when saving for a face a content
	 * stream of the booklet set, which only the footer's regular face is; the faces set only in the parts
	 * are cut here.
	 */
	private void embedFaces() throws IOException {
		for (PDType0Font face : shown) {
			if (face != regular()) {
				face.subset();
			}
		}
	}

	private PDType0Font regular() {
		return faces.values().iterator().next();
	}

	/** A part's own copy of a face gives way to a marker; the glyphs it used join the booklet's face. */
	private void detach(COSDictionary fonts, COSName key) {
		if (!(fonts.getDictionaryObject(key) instanceof COSDictionary font)) {
			return;
		}
		String name = font.getNameAsString(COSName.BASE_FONT);
		PDType0Font face = name == null ? null : faces.get(name.substring(name.indexOf('+') + 1));
		Set<Integer> glyphs = face == null ? null : glyphs(font);
		if (glyphs != null) {
			face.addGlyphsToSubset(glyphs);
			shown.add(face);
			COSDictionary marker = new COSDictionary();
			marker.setName(FACE, face.getName());
			fonts.setItem(key, marker);
		}
	}

	/** The marker, once appended, becomes the booklet's face. */
	private void attach(COSDictionary fonts, COSName key) {
		if (fonts.getDictionaryObject(key) instanceof COSDictionary marker && marker.containsKey(FACE)) {
			fonts.setItem(key, faces.get(marker.getNameAsString(FACE)));
		}
	}

	/**
	 * The glyphs a subset of the font shows: the text is written with the full font's glyph numbers as
	 * character ids, and the subset's CIDToGIDMap has an entry for each of them. Null when the font is not
	 * such a subset, which then stays in the part as it is.
	 */
	private static Set<Integer> glyphs(COSDictionary font) {
		if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE)) || !(font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants)
				|| !(descendants.getObject(0) instanceof COSDictionary cidFont)
				|| !(cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream map)) {
			return null;
		}
		try (InputStream in = map.createInputStream()) {
			byte[] bytes = in.readAllBytes();
			Set<Integer> glyphs = new TreeSet<>();
			for (int cid = 1; 2 * cid + 1 < bytes.length; cid++) {
				if (bytes[2 * cid] != 0 || bytes[2 * cid + 1] != 0) {
					glyphs.add(cid);
				}
			}
			return glyphs;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every font entry of the resources and of the resources of the forms they draw, each once. */
	static void forEachFont(COSDictionary resources, FontEntry action) {
		walk(resources, action, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static void walk(COSDictionary resources, FontEntry action, Set<COSBase> seen) {
		if (resources == null || !seen.add(resources)) {
			return;
		}
		COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
		if (fonts != null) {
			for (COSName key : List.copyOf(fonts.keySet())) {
				action.accept(fonts, key);
			}
		}
		for (COSName kind : List.of(COSName.XOBJECT, COSName.PATTERN)) {
			COSDictionary objects = resources.getCOSDictionary(kind);
			if (objects != null) {
				for (COSName key : objects.keySet()) {
					if (objects.getDictionaryObject(key) instanceof COSStream stream) {
						walk(stream.getCOSDictionary(COSName.RESOURCES), action, seen);
					}
				}
			}
		}
	}

	@FunctionalInterface
	interface FontEntry {
		void accept(COSDictionary fonts, COSName key);
	}
}
