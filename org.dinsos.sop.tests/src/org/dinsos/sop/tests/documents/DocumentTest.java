package org.dinsos.sop.tests.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.dinsos.sop.generator.DocumentFormat;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Documents;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.UkuranKertas;
import org.dinsos.sop.tests.support.ReadBack;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** The printed SOP and booklet, read back as a reader sees them: the text of the PDF, page by page. */
class DocumentTest {

	private static final XtextResourceSet EXAMPLES = Sops.loadExamples();

	static Stream<String> sops() {
		return Stream.of("lakip.sop", "renja.sop", "laporan-tahunan.sop", "pengukuran-kinerja.sop", "kak.sop");
	}

	/** The identity page holds every list the SOP gives on one page, A4 and F4; the flowchart starts on the next. */
	@ParameterizedTest
	@MethodSource("sops")
	void theIdentityPageIsOnePage(String file) {
		Sop sop = Sops.sop(EXAMPLES, file);
		List<String> items = Stream.of(sop.getDasarHukum(), sop.getKualifikasi(), sop.getPeralatan(), sop.getPeringatan(),
				sop.getPencatatan()).flatMap(List::stream).toList();
		for (UkuranKertas kertas : List.of(UkuranKertas.A4, UkuranKertas.F4)) {
			List<String> pages = ReadBack.pdfPages(Documents.sop(sop, DocumentFormat.PDF, DocumentSettings.standard().withKertas(kertas)));
			String first = ReadBack.squeeze(pages.get(0));
			for (String item : items) {
				assertTrue(first.contains(ReadBack.squeeze(item)), file + " " + kertas + ": '" + item + "' not on the identity page");
			}
			assertFalse(pages.get(1).contains("Pencatatan dan Pendataan"), file + " " + kertas + ": the identity page runs on");
		}
	}

	@ParameterizedTest
	@MethodSource("sops")
	void thePdfHasEveryIdentityFieldAndEveryStepInOrder(String file) {
		Sop sop = Sops.sop(EXAMPLES, file);
		String text = ReadBack.squeeze(String.join(" ", ReadBack.pdfPages(
				Documents.sop(sop, DocumentFormat.PDF, DocumentSettings.standard()))));
		List<String> fields = new ArrayList<>(List.of(sop.getUnit().getNama().toUpperCase(Locale.ROOT), sop.getUnit().getAlamat(),
				"Nomor SOP", sop.getNomor(), "Tanggal Pembuatan", "5 Januari 2024", "Tanggal Revisi", "Tanggal Efektif",
				"Disahkan oleh", sop.getPengesahan().getJabatan(), sop.getPengesahan().getNama(),
				sop.getPengesahan().getPangkat(), "NIP. " + sop.getPengesahan().getNip(), "Nama SOP",
				sop.getJudul().toUpperCase(Locale.ROOT), "Dasar Hukum", "Kualifikasi Pelaksana", "Keterkaitan",
				"Peralatan/Perlengkapan", "Peringatan", "Pencatatan dan Pendataan"));
		Stream.of(sop.getDasarHukum(), sop.getKualifikasi(), sop.getPeralatan(), sop.getPeringatan(), sop.getPencatatan())
				.forEach(fields::addAll);
		for (String field : fields) {
			assertTrue(text.contains(ReadBack.squeeze(field)), file + ": '" + field + "' missing");
		}
		int from = 0;
		for (Langkah step : sop.getLangkah()) {
			int at = text.indexOf(ReadBack.squeeze(step.getKegiatan()), from);
			assertTrue(at >= from, file + ": kegiatan of step " + step.getName() + " missing or out of order");
			from = at;
		}
		assertTrue(text.contains("Jumlahwaktu"), file);
	}

	@Test
	void flowchartPagesFollowTheStepsPerPageSetting() {
		Sop lakip = Sops.sop(EXAMPLES, "lakip.sop");
		assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), firstStepOfEachFlowchartPage(lakip, 1));
		assertEquals(List.of(1, 5, 9), firstStepOfEachFlowchartPage(lakip, 4));
		assertEquals(List.of(1, 7), firstStepOfEachFlowchartPage(lakip, 6));
	}

	@Test
	void rowsThatDoNotFitThePageGoOnTheNextWhateverTheSetting() {
		Sop lakip = Sops.sop(EXAMPLES, "lakip.sop");
		List<Integer> firsts = firstStepOfEachFlowchartPage(lakip, 50);
		assertTrue(firsts.size() >= 2, "11 rows of LAKIP do not fit one A4 page: " + firsts);
	}

	/** The number of the first step on each flowchart page of the printed PDF, found by its kegiatan. */
	private static List<Integer> firstStepOfEachFlowchartPage(Sop sop, int stepsPerPage) {
		List<String> pages = ReadBack.pdfPages(Documents.sop(sop, DocumentFormat.PDF,
				DocumentSettings.standard().withStepsPerPage(stepsPerPage))).stream().map(ReadBack::squeeze).toList();
		List<Integer> firsts = new ArrayList<>();
		int previousPage = -1;
		for (Langkah step : sop.getLangkah()) {
			String kegiatan = ReadBack.squeeze(step.getKegiatan());
			int page = previousPage < 0 ? 0 : previousPage;
			while (!(pages.get(page).contains("STANDAROPERASIONALPROSEDUR") && pages.get(page).contains(kegiatan))) {
				page++;
			}
			if (page != previousPage) {
				firsts.add(Integer.parseInt(step.getName()));
				previousPage = page;
			}
		}
		return firsts;
	}

	@Test
	void folioPaperIsWiderThanA4() {
		Sop renja = Sops.sop(EXAMPLES, "renja.sop");
		String a4 = new String(Documents.sop(renja, DocumentFormat.HTML, DocumentSettings.standard()),
				StandardCharsets.UTF_8);
		String f4 = new String(Documents.sop(renja, DocumentFormat.HTML,
				DocumentSettings.standard().withKertas(UkuranKertas.F4)), StandardCharsets.UTF_8);
		assertTrue(a4.contains("size: 297mm 210mm"));
		assertTrue(f4.contains("size: 330mm 215mm"));
	}

	@Test
	void theBookletsTableOfContentsGivesThePageEachSopStartsOn() {
		Buku buku = Sops.booklet(EXAMPLES);
		byte[] pdf = Documents.booklet(buku, DocumentFormat.PDF, DocumentSettings.standard().withKertas(UkuranKertas.F4));
		List<String> pages = ReadBack.pdfPages(pdf);
		List<String> asLaidOut = ReadBack.pdfPagesByPosition(pdf);
		assertTrue(pages.get(0).contains("STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN"), pages.get(0));
		assertTrue(pages.get(0).contains("TAHUN 2024"));
		assertTrue(pages.get(1).contains("TENTANG STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN DI LINGKUNGAN"));
		int contentsPage = ReadBack.pageOf(pages, "DAFTAR ISI", 0);
		int guidePage = ReadBack.pageOf(pages, "CARA MEMBACA FLOWCHART SOP AP", 0);
		assertTrue(guidePage > contentsPage);
		String contents = pages.get(contentsPage);
		int previous = guidePage;
		for (Sop sop : buku.getIsi()) {
			String entry = ReadBack.fold(sop.getJudul()) + " Nomor: " + sop.getNomor() + " ";
			int at = contents.indexOf(entry);
			assertTrue(at >= 0, contents);
			int listed = Integer.parseInt(contents.substring(at + entry.length()).split(" ")[0]);
			int starts = ReadBack.pageOf(pages, "Nomor SOP " + sop.getNomor(), previous + 1) + 1;
			assertEquals(starts, listed, sop.getName());
			assertTrue(asLaidOut.get(starts - 1).endsWith(" " + starts), "page number in the footer of page " + starts);
			previous = starts - 1;
		}
	}

	private static final String HOSTILE = "<script>alert(\"x\")</script> & 'kutip' " + "A".repeat(200);

	@Test
	void markupInAnSopStaysTextInHtmlAndPdf() {
		String text = """
				sop Uji "Uji <b>tebal</b> & 'kutip'" {
					unit "Dinas & Sosial"
					pelaksana {
						kadis "Kepala <i>Dinas</i>"
					}
					prosedur {
						1 mulai kadis "%s"
							waktu 1 jam
						2 selesai kadis "Mengarsipkan"
							waktu 1 jam
					}
				}
				""".formatted(HOSTILE.replace("\"", "\\\""));
		Sop sop = (Sop) Sops.root(Sops.parse(text));
		String html = new String(Documents.sop(sop, DocumentFormat.HTML, DocumentSettings.standard()),
				StandardCharsets.UTF_8);
		assertFalse(html.contains("<script>"));
		assertFalse(html.contains("<b>tebal"));
		org.w3c.dom.Document parsed = ReadBack.xml(html);
		List<Element> rows = ReadBack.byClass(parsed, "kegiatan");
		assertEquals(HOSTILE, rows.get(0).getTextContent().replace("-", ""), "as written but for the hyphens cutting the long word");
		assertTrue(rows.get(0).getTextContent().contains("AAA-"), rows.get(0).getTextContent());
		assertEquals("UJI <B>TEBAL</B> & 'KUTIP'", ReadBack.byClass(parsed, "nama-sop").get(0).getTextContent());

		String pdf = String.join(" ", ReadBack.pdfPages(Documents.sop(sop, DocumentFormat.PDF,
				DocumentSettings.standard())));
		assertTrue(pdf.contains("<script>alert(\"x\")</script> & 'kutip'"), pdf);
		assertTrue(pdf.replace(" ", "").replace("-", "").contains("A".repeat(200)), "the long word is printed whole, wrapped");
		assertTrue(pdf.contains("AAA-"), "a line ends in a hyphen where the long word is cut");
		assertTrue(pdf.contains("Kepala <i>Dinas</i>"));
	}

	@Test
	void aControlCharacterPastedIntoAnSopNeverBreaksADocument() {
		Sop sop = (Sop) Sops.root(Sops.parse("""
				sop Uji "Uji" {
					unit "Dinas Sosial"
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai kadis "Memeriksa\u0000 berkas\u001b"
							waktu 1 jam
						2 selesai kadis "Mengarsipkan"
							waktu 1 jam
					}
				}
				"""));
		org.w3c.dom.Document html = ReadBack.xml(new String(Documents.sop(sop, DocumentFormat.HTML,
				DocumentSettings.standard()), StandardCharsets.UTF_8));
		assertEquals("Memeriksa\uFFFD berkas\uFFFD", ReadBack.byClass(html, "kegiatan").get(0).getTextContent());
		String word = ReadBack.docx(Documents.sop(sop, DocumentFormat.DOCX, DocumentSettings.standard())).getTables().stream()
				.flatMap(table -> table.getRows().stream()).flatMap(row -> row.getTableCells().stream())
				.map(cell -> cell.getText()).filter(cell -> cell.startsWith("Memeriksa")).findFirst().orElseThrow();
		assertEquals("Memeriksa\uFFFD berkas\uFFFD", word);
		assertTrue(String.join(" ", ReadBack.pdfPages(Documents.sop(sop, DocumentFormat.PDF, DocumentSettings.standard())))
				.contains("Mengarsipkan"));
	}

	@Test
	void theHtmlIsOneSelfContainedFile() {
		Sop lakip = Sops.sop(EXAMPLES, "lakip.sop");
		String html = new String(Documents.sop(lakip, DocumentFormat.HTML, DocumentSettings.standard()),
				StandardCharsets.UTF_8);
		org.w3c.dom.Document parsed = ReadBack.xml(html);
		assertTrue(html.contains("src: url(data:font/ttf;base64,"), "the font travels inside the file");
		assertFalse(html.contains("http://") && html.replace("http://www.w3.org/", "").contains("http://"),
				"nothing is fetched from the network");
		assertEquals(lakip.getLangkah().size(), ReadBack.byClass(parsed, "langkah").stream()
				.filter(e -> e.getTagName().equals("tr")).count());
		assertEquals(lakip.getLangkah().stream().map(Langkah::getKegiatan).collect(Collectors.toList()),
				ReadBack.byClass(parsed, "kegiatan").stream().map(Element::getTextContent).collect(Collectors.toList()));
	}

	@Test
	void theHtmlCarriesTheFontCutDownToTheCharactersOfItsText() throws IOException {
		Sop lakip = Sops.sop(EXAMPLES, "lakip.sop");
		String html = new String(Documents.sop(lakip, DocumentFormat.HTML, DocumentSettings.standard()),
				StandardCharsets.UTF_8);
		String text = ReadBack.xml(html).getDocumentElement().getTextContent();
		Matcher faces = Pattern.compile("src: url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)").matcher(html);
		int count = 0;
		int bytes = 0;
		while (faces.find()) {
			byte[] face = Base64.getDecoder().decode(faces.group(1));
			bytes += face.length;
			count++;
			try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face))) {
				CmapLookup cmap = font.getUnicodeCmapLookup();
				text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> assertTrue(cmap.getGlyphId(c) > 0,
						"a glyph for " + Character.toString(c)));
				assertTrue(cmap.getGlyphId('Q') > 0, "printable ASCII is kept");
			}
		}
		assertEquals(3, count, "regular, bold and italic");
		assertTrue(bytes < 150_000, "the three faces take " + bytes + " bytes, not the 1.2 MB of the whole font");
	}
}
