package org.dinsos.sop.tests.documents;

import static org.dinsos.sop.tests.support.ReadBack.pageOfSqueezed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.dinsos.sop.generator.DocumentFormat;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Documents;
import org.dinsos.sop.generator.MonitoringForms;
import org.dinsos.sop.generator.docx.BookletDocx;
import org.dinsos.sop.generator.model.SymbolGuide;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.UkuranKertas;
import org.dinsos.sop.tests.support.ReadBack;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

/**
 * The daftar isi of the Word and of the HTML booklet print, as the file opens, the page each SOP, the
 * appendix and each form starts on in the PDF booklet (whose parts they match page for page; the
 * documents e2e prints them with LibreOffice and Chromium and finds the parts on those pages).
 */
class BookletContentsTest {

	private static final XtextResourceSet EXAMPLES = Sops.loadExamples();
	private static final Buku BUKU = Sops.booklet(EXAMPLES);

	/** A line of the daftar isi: the part's anchor in the HTML booklet, its text in the Word one, and its page. */
	private record Entry(String anchor, String text, int page) {
	}

	@ParameterizedTest
	@EnumSource(UkuranKertas.class)
	void wordDaftarIsiShowsThePageEachPartStartsOnInThePdf(UkuranKertas paper) {
		DocumentSettings settings = DocumentSettings.standard().withKertas(paper);
		List<Entry> expected = startsInPdf(settings);
		XWPFDocument doc = ReadBack.docx(Documents.booklet(BUKU, DocumentFormat.DOCX, settings));
		List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		int contents = paragraphs.indexOf(BookletDocx.DAFTAR_ISI);
		List<String> lines = paragraphs.subList(contents + 1, paragraphs.indexOf(SymbolGuide.JUDUL));
		assertEquals(expected.stream().map(entry -> entry.text() + "\t" + entry.page()).toList(), lines);
	}

	@ParameterizedTest
	@EnumSource(UkuranKertas.class)
	void htmlDaftarIsiShowsThePageEachPartStartsOnInThePdf(UkuranKertas paper) {
		DocumentSettings settings = DocumentSettings.standard().withKertas(paper);
		List<Entry> expected = startsInPdf(settings);
		String markup = new String(Documents.booklet(BUKU, DocumentFormat.HTML, settings), StandardCharsets.UTF_8);
		org.w3c.dom.Document html = ReadBack.xml(markup);
		List<String> shown = new ArrayList<>();
		for (Element row : ReadBack.byClass(html, "isi")) {
			Element page = (Element) row.getElementsByTagNameNS("*", "td").item(2);
			Element link = (Element) page.getElementsByTagNameNS("*", "a").item(0);
			String anchor = link.getAttribute("href").substring(1);
			assertEquals(1, ReadBack.byAttribute(html, "id", anchor).size(), "the link's target " + anchor);
			shown.add(anchor + " " + page.getTextContent());
		}
		assertEquals(expected.stream().map(entry -> entry.anchor() + " " + entry.page()).toList(), shown);
		assertFalse(markup.contains("target-counter"), "no page number is left to the browser");
	}

	/** The page each SOP (its identity page), the appendix and each form starts on in the PDF booklet, in daftar isi order. */
	private static List<Entry> startsInPdf(DocumentSettings settings) {
		List<String> pages = ReadBack.pdfPages(Documents.booklet(BUKU, DocumentFormat.PDF, settings));
		List<Entry> entries = new ArrayList<>();
		int page = 0;
		for (int i = 0; i < BUKU.getIsi().size(); i++) {
			Sop sop = BUKU.getIsi().get(i);
			page = pageOfSqueezed(pages, "Nomor SOP " + sop.getNomor(), page);
			entries.add(new Entry("sop-" + sop.getName(), (i + 1) + ". " + sop.getJudul() + " (Nomor " + sop.getNomor() + ")", page + 1));
		}
		page = pageOfSqueezed(pages, MonitoringForms.PENGANTAR, page);
		entries.add(new Entry("lampiran", MonitoringForms.LAMPIRAN, page + 1));
		for (Sop sop : BUKU.getIsi()) {
			page = pageOfSqueezed(pages, MonitoringForms.monitoringTitle(sop), page);
			entries.add(new Entry("monitoring-" + sop.getName(), "Formulir Monitoring SOP " + sop.getJudul(), page + 1));
			page = pageOfSqueezed(pages, MonitoringForms.evaluationTitle(sop), page);
			entries.add(new Entry("evaluasi-" + sop.getName(), "Formulir Evaluasi SOP " + sop.getJudul(), page + 1));
		}
		return entries;
	}
}
