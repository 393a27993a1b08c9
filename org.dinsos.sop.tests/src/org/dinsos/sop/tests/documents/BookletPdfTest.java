package org.dinsos.sop.tests.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.dinsos.sop.generator.DocumentFormat;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Documents;
import org.dinsos.sop.generator.html.BookletHtml;
import org.dinsos.sop.generator.html.Styles;
import org.dinsos.sop.generator.pdf.BookletPages;
import org.dinsos.sop.generator.pdf.PdfRenderer;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.UkuranKertas;
import org.dinsos.sop.tests.support.ReadBack;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

/**
 * The booklet printed a few parts at a time (SOPs and forms laid out in batches, the pages put together
 * and numbered) reads exactly like the booklet laid out as one document: same pages, same text, same page
 * numbers; the font is in it once, and the daftar isi links to the pages it names.
 */
class BookletPdfTest {

	private static final XtextResourceSet EXAMPLES = Sops.loadExamples();
	private static final Buku BUKU = Sops.booklet(EXAMPLES);
	private static final DocumentSettings F4 = DocumentSettings.standard().withKertas(UkuranKertas.F4);
	private static final byte[] BOOKLET = Documents.booklet(BUKU, DocumentFormat.PDF, F4);

	@Test
	void everyPageReadsAsInTheBookletLaidOutAsOneDocument() throws IOException {
		ByteArrayOutputStream whole = new ByteArrayOutputStream();
		PdfRenderer.render(BookletHtml.document(BUKU, F4, Styles.Fonts.RENDERER, BookletPages.of(BUKU, F4)), whole);
		List<String> expected = ReadBack.pdfPagesByPosition(whole.toByteArray());
		List<String> pages = ReadBack.pdfPagesByPosition(BOOKLET);
		assertEquals(expected.size(), pages.size(), "pages");
		for (int i = 0; i < expected.size(); i++) {
			assertEquals(expected.get(i), pages.get(i), "page " + (i + 1));
		}
		assertEquals(ReadBack.pageSize(whole.toByteArray()), ReadBack.pageSize(BOOKLET));
	}

	@Test
	void eachFaceOfTheFontIsEmbeddedOnce() throws IOException {
		try (PDDocument document = Loader.loadPDF(BOOKLET)) {
			Set<COSDictionary> fonts = new HashSet<>();
			Set<String> names = new TreeSet<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (var name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					fonts.add(font.getCOSObject());
					names.add(font.getName().substring(font.getName().indexOf('+') + 1));
				}
			}
			assertEquals(Set.of("LiberationSans", "LiberationSans-Bold"), names);
			assertEquals(names.size(), fonts.size(), "one font object per face, shared by every page");
		}
	}

	@Test
	void theDaftarIsiLinksEachEntryToThePageItNames() throws IOException {
		List<String> pages = ReadBack.pdfPages(BOOKLET);
		int contents = ReadBack.pageOf(pages, "DAFTAR ISI", 0);
		try (PDDocument document = Loader.loadPDF(BOOKLET)) {
			List<Integer> targets = new ArrayList<>();
			for (PDAnnotation annotation : document.getPage(contents).getAnnotations()) {
				if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
						&& goTo.getDestination() instanceof PDPageDestination destination) {
					targets.add(document.getPages().indexOf(destination.getPage()) + 1);
				}
			}
			// Each SOP has two links (its title and its number), each form and the appendix likewise.
			int entries = BUKU.getIsi().size() * 3 + 1;
			assertEquals(2 * entries, targets.size(), "links of the daftar isi");
			for (int i = 0; i < targets.size(); i += 2) {
				int target = targets.get(i);
				assertEquals(target, targets.get(i + 1), "title and page number link to the same page");
				String shown = " " + target + " ";
				assertTrue((" " + pages.get(contents) + " ").contains(shown), "the daftar isi shows page " + target);
			}
			assertTrue(pages.get(targets.get(0) - 1).contains("Nomor SOP " + BUKU.getIsi().get(0).getNomor()),
					"the first link goes to the first SOP");
		}
	}
}
