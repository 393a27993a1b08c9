package org.dinsos.sop.tests.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dinsos.sop.generator.DocumentFormat;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Documents;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.UkuranKertas;
import org.dinsos.sop.tests.support.ReadBack;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The booklet's Keputusan is a decree an office signs as it is: on portrait pages however the SOPs are laid
 * out, titled KEPUTUSAN, the official, NOMOR and TENTANG, then Menimbang and Mengingat, MEMUTUSKAN with
 * Menetapkan and every diktum its own row, "Ditetapkan di ... pada tanggal ..." and the signature block; in
 * PDF, Word and HTML alike.
 */
class KeputusanTest {

	private static final XtextResourceSet EXAMPLES = Sops.loadExamples();
	private static final Buku BUKU = Sops.booklet(EXAMPLES);
	private static final DocumentSettings F4 = DocumentSettings.standard().withKertas(UkuranKertas.F4);

	private static final String TITLE = "KEPUTUSAN KEPALA DINAS SOSIAL KOTA METRO NOMOR 188.4/07/D-5/2024 TENTANG "
			+ "STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN DI LINGKUNGAN DINAS SOSIAL KOTA METRO";

	@Test
	void thePdfPrintsTheDecreeOnPortraitPagesBetweenCoverAndDaftarIsi() throws IOException {
		byte[] pdf = Documents.booklet(BUKU, DocumentFormat.PDF, F4);
		List<String> pages = ReadBack.pdfPagesByPosition(pdf);
		int first = ReadBack.pageOf(pages, "KEPUTUSAN KEPALA DINAS SOSIAL KOTA METRO", 0);
		int contents = ReadBack.pageOf(pages, "DAFTAR ISI", 0);
		assertEquals(1, first);
		assertEquals(List.of("330 x 215 mm", "215 x 330 mm", "330 x 215 mm"),
				List.of(size(pdf, 0), size(pdf, first), size(pdf, contents)));
		assertTrue(rightmostText(pdf, first) <= 215 - 20 + 0.5, "the decree's text stays within the portrait page's text, "
				+ "20 mm from its right edge; it ends at " + rightmostText(pdf, first) + " mm");
		String decree = String.join(" ", pages.subList(first, contents));
		assertTrue(decree.startsWith(TITLE + " KEPALA DINAS SOSIAL KOTA METRO, Menimbang : a. bahwa untuk meningkatkan"),
				decree);
		assertInOrder(decree, "b. bahwa berdasarkan pertimbangan", "Mengingat : 1. Peraturan Menteri Pendayagunaan",
				"2. Peraturan Daerah Kota Metro Nomor 24 Tahun 2016", "MEMUTUSKAN:",
				"Menetapkan : KEPUTUSAN KEPALA DINAS SOSIAL KOTA METRO TENTANG STANDAR OPERASIONAL PROSEDUR",
				"KESATU : Standar Operasional Prosedur Administrasi Pemerintahan di Lingkungan",
				"KEDUA : Standar Operasional Prosedur sebagaimana dimaksud dalam Diktum KESATU",
				"setahun. KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.",
				"Ditetapkan di Metro pada tanggal 15 Januari 2024 KEPALA DINAS SOSIAL KOTA METRO, SRI AMANTO, S.H., M.H. "
						+ "Pembina Utama Muda NIP. 196804201993031009");
	}

	@Test
	void theWordBookletSetsTheDecreeInAPortraitSectionOfItsOwn() throws IOException {
		XWPFDocument doc = ReadBack.docx(Documents.booklet(BUKU, DocumentFormat.DOCX, F4));
		assertEquals(List.of(), ReadBack.schemaErrors(doc));
		List<CTSectPr> sections = doc.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
				.map(p -> p.getCTP().getPPr().getSectPr()).toList();
		assertEquals(List.of("18709 x 12189 landscape", "12189 x 18709 portrait", "18709 x 12189 landscape"),
				List.of(page(sections.get(0)), page(sections.get(1)), page(doc.getDocument().getBody().getSectPr())));
		assertTrue(sections.stream().allMatch(section -> section.sizeOfFooterReferenceArray() == 1), "every section keeps the footer");

		List<String> body = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		int title = body.indexOf("KEPUTUSAN KEPALA DINAS SOSIAL KOTA METRO\nNOMOR 188.4/07/D-5/2024\nTENTANG\n"
				+ "STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN DI LINGKUNGAN DINAS SOSIAL KOTA METRO");
		assertTrue(title > 0, String.join("\n", body));
		assertEquals(List.of("KEPALA DINAS SOSIAL KOTA METRO,", "MEMUTUSKAN:", "Ditetapkan di Metro", "pada tanggal 15 Januari 2024",
				"KEPALA DINAS SOSIAL KOTA METRO,", "SRI AMANTO, S.H., M.H.", "Pembina Utama Muda", "NIP. 196804201993031009"),
				body.subList(title + 1, title + 9));
		XWPFTable considerations = doc.getTables().get(0);
		assertEquals(List.of("Menimbang", ":", "a.", "bahwa untuk meningkatkan"), start(ReadBack.texts(considerations.getRow(0))));
		assertEquals(List.of("", "", "b.", "bahwa berdasarkan pertimbangan"), start(ReadBack.texts(considerations.getRow(1))));
		assertEquals(List.of("Mengingat", ":", "1.", "Peraturan Menteri Pendayagunaan"), start(ReadBack.texts(considerations.getRow(2))));
		XWPFTable diktum = doc.getTables().get(1);
		assertEquals(List.of("Menetapkan", "KESATU", "KEDUA", "KETIGA"),
				diktum.getRows().stream().map(row -> row.getCell(0).getText()).toList());
		assertEquals("Keputusan ini mulai berlaku pada tanggal ditetapkan.", diktum.getRow(3).getCell(2).getText());
		XWPFParagraph nama = doc.getParagraphs().get(title + 6);
		assertEquals("SRI AMANTO, S.H., M.H.", nama.getText());
		assertTrue(nama.getRuns().get(0).isBold());
		assertEquals(UnderlinePatterns.SINGLE, nama.getRuns().get(0).getUnderline());
	}

	@Test
	void theHtmlBookletPrintsTheDecreeOnNamedPortraitPages() {
		String html = new String(Documents.booklet(BUKU, DocumentFormat.HTML, F4), StandardCharsets.UTF_8);
		assertTrue(html.contains("@page keputusan { size: 215mm 330mm;"), "portrait page of F4");
		Document page = ReadBack.xml(html);
		Element section = ReadBack.byClass(page, "keputusan").get(0);
		assertEquals(TITLE, ReadBack.fold(section.getElementsByTagName("h1").item(0).getTextContent()));
		NodeList rows = ReadBack.byClass(page, "diktum").get(1).getElementsByTagName("tr");
		List<String> diktum = IntStream.range(0, rows.getLength())
				.mapToObj(i -> ((Element) rows.item(i)).getElementsByTagName("td").item(0).getTextContent()).toList();
		assertEquals(List.of("Menetapkan", "KESATU", "KEDUA", "KETIGA"), diktum);
		assertTrue(ReadBack.fold(section.getTextContent()).endsWith("Ditetapkan di Metro pada tanggal 15 Januari 2024 "
				+ "KEPALA DINAS SOSIAL KOTA METRO, SRI AMANTO, S.H., M.H. Pembina Utama Muda NIP. 196804201993031009"));
	}

	@Test
	void anOlderBookletsDecreePrintsWithBlanksToFillIn() {
		Buku buku = (Buku) Sops.root(Sops.parse("""
				buku Uji "Buku Uji" {
					keputusan "Keputusan Kepala Dinas Sosial tentang Uji" nomor "188/12/D-5/2024" {
						"KESATU: <b>berlaku</b> & \\"sah\\"."
					}
				}
				"""));
		List<String> pages = ReadBack.pdfPagesByPosition(Documents.booklet(buku, DocumentFormat.PDF, DocumentSettings.standard()));
		assertEquals("KEPUTUSAN KEPALA DINAS SOSIAL NOMOR 188/12/D-5/2024 TENTANG UJI KEPALA DINAS SOSIAL, "
				+ "KESATU: <b>berlaku</b> & \"sah\". Ditetapkan di .................... pada tanggal .................... "
				+ "KEPALA DINAS SOSIAL, .................... NIP. .................... 2", pages.get(1));
	}

	private static void assertInOrder(String text, String... parts) {
		int at = 0;
		for (String part : parts) {
			int found = text.indexOf(part, at);
			assertTrue(found >= 0, "'" + part + "' after " + at + " in: " + text);
			at = found + part.length();
		}
	}

	/** Each cell's text cut to its first three words. */
	private static List<String> start(List<String> cells) {
		return cells.stream().map(cell -> String.join(" ", List.of(cell.split(" ")).subList(0, Math.min(3, cell.split(" ").length))))
				.toList();
	}

	private static String size(byte[] pdf, int page) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDRectangle box = document.getPage(page).getMediaBox();
			return Math.round(box.getWidth() / 72 * 25.4) + " x " + Math.round(box.getHeight() / 72 * 25.4) + " mm";
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Where the text of a page ends on the right, in millimetres from the left edge, the footer left out. */
	private static double rightmostText(byte[] pdf, int page) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			float footer = document.getPage(page).getMediaBox().getHeight() - 14 / 25.4f * 72;
			float[] right = { 0 };
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					for (TextPosition position : positions) {
						if (position.getYDirAdj() < footer) {
							right[0] = Math.max(right[0], position.getXDirAdj() + position.getWidthDirAdj());
						}
					}
				}
			};
			stripper.setStartPage(page + 1);
			stripper.setEndPage(page + 1);
			stripper.getText(document);
			return right[0] / 72 * 25.4;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String page(CTSectPr section) {
		CTPageSz size = section.getPgSz();
		return size.getW() + " x " + size.getH() + " " + (size.getOrient() == STPageOrientation.LANDSCAPE ? "landscape" : "portrait");
	}
}
