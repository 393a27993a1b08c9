package org.dinsos.sop.tests.documents;

import static org.dinsos.sop.tests.support.ReadBack.lines;
import static org.dinsos.sop.tests.support.ReadBack.pageOfSqueezed;
import static org.dinsos.sop.tests.support.ReadBack.schemaErrors;
import static org.dinsos.sop.tests.support.ReadBack.squeeze;
import static org.dinsos.sop.tests.support.ReadBack.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dinsos.sop.generator.DocumentFormat;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Documents;
import org.dinsos.sop.generator.MonitoringForms;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.UkuranKertas;
import org.dinsos.sop.tests.support.ReadBack;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.w3c.dom.Element;

/**
 * The monitoring form (Tabel 7 of Permenpan-RB 35/2012) and the evaluation form of an SOP, alone and as
 * the appendix of the booklet, read back as printed: PDF text page by page, HTML elements, Word tables.
 */
class MonitoringTest {

	private static final XtextResourceSet EXAMPLES = Sops.loadExamples();

	private static final List<String> MONITORING_COLUMNS = List.of("No", "Prosedur", "Penilaian terhadap penerapan",
			"Berjalan dengan baik", "Tidak berjalan dengan baik", "Catatan hasil penilaian", "Tindakan yang harus diambil",
			"Paraf penilai");

	static Stream<String> sops() {
		return Stream.of("lakip.sop", "renja.sop", "laporan-tahunan.sop", "pengukuran-kinerja.sop", "kak.sop");
	}

	@ParameterizedTest
	@MethodSource("sops")
	void monitoringListsEveryStepInOrderThenEvaluationEveryCriterionOnOnePage(String file) {
		Sop sop = Sops.sop(EXAMPLES, file);
		List<String> pages = ReadBack.pdfPages(Documents.monitoring(sop, DocumentFormat.PDF, DocumentSettings.standard()));
		int evaluation = pageOfSqueezed(pages, MonitoringForms.evaluationTitle(sop), 0);
		assertEquals(pages.size() - 1, evaluation, "the evaluation form is the last page, whole");

		assertEquals(0, pageOfSqueezed(pages, MonitoringForms.monitoringTitle(sop), 0));
		String monitoring = squeeze(String.join(" ", pages.subList(0, evaluation)));
		List<String> expected = new ArrayList<>(MONITORING_COLUMNS);
		expected.addAll(List.of("Nomor SOP " + sop.getNomor(), "Dimonitor oleh", "Tanda tangan penilai",
				"Unit " + sop.getUnit().getNama(), "Tanggal"));
		for (String text : expected) {
			assertTrue(monitoring.contains(squeeze(text)), file + ": '" + text + "' missing");
		}
		int from = 0;
		for (Langkah step : sop.getLangkah()) {
			int at = monitoring.indexOf(squeeze(step.getName() + " " + step.getKegiatan()), from);
			assertTrue(at >= from, file + ": step " + step.getName() + " missing or out of order");
			from = at + 1;
		}

		String form = squeeze(pages.get(evaluation));
		from = 0;
		for (int i = 0; i < MonitoringForms.KRITERIA.size(); i++) {
			int at = form.indexOf(squeeze((i + 1) + " " + MonitoringForms.KRITERIA.get(i)), from);
			assertTrue(at >= from, file + ": criterion " + (i + 1) + " missing or out of order");
			from = at + 1;
		}
		for (String text : List.of("Dievaluasi oleh", "Tanda tangan penilai", "Kriteria penilaian", "Ya", "Tidak", "Catatan",
				"Rekomendasi 1 2 3")) {
			assertTrue(form.contains(squeeze(text)), file + ": '" + text + "' missing");
		}
	}

	@Test
	void aLongProcedureRunsOverPagesWithTheColumnHeadingsOnEach() {
		Sop sop = (Sop) Sops.root(Sops.parse(Sops.generated(40)));
		List<String> pages = ReadBack.pdfPages(Documents.monitoring(sop, DocumentFormat.PDF, DocumentSettings.standard()));
		List<String> monitoring = pages.subList(0, pageOfSqueezed(pages, MonitoringForms.evaluationTitle(sop), 0));
		assertTrue(monitoring.size() >= 3, "40 steps take at least three pages: " + monitoring.size());
		Pattern row = Pattern.compile("(?<!\\d)(\\d+) Memeriksa berkas (\\d+)(?!\\d)");
		List<Integer> steps = new ArrayList<>();
		for (String page : monitoring) {
			for (String column : MONITORING_COLUMNS) {
				assertTrue(page.contains(column), "'" + column + "' missing from: " + page);
			}
			int before = steps.size();
			Matcher matcher = row.matcher(page);
			while (matcher.find()) {
				assertEquals(matcher.group(1), matcher.group(2), "a row keeps its number and its kegiatan together");
				steps.add(Integer.parseInt(matcher.group(1)));
			}
			assertTrue(steps.size() > before, "every page holds steps: " + page);
		}
		assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), steps, "each step once, in order");
	}

	/** Every example on both papers, and generated SOPs of 10 to 40 steps. */
	static Stream<Arguments> forms() {
		Stream<Arguments> examples = sops().flatMap(file -> Stream.of(UkuranKertas.A4, UkuranKertas.F4).map(paper -> Arguments.of(file, paper)));
		Stream<Arguments> generated = IntStream.rangeClosed(10, 40).mapToObj(steps -> Arguments.of(steps + " langkah", UkuranKertas.A4));
		return Stream.concat(examples, generated);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("forms")
	void aMonitoringFormOverSeveralPagesLeavesNoStepAloneOnAPage(String name, UkuranKertas paper) {
		Sop sop = form(name);
		List<Integer> steps = stepsPerPage(sop, Documents.monitoring(sop, DocumentFormat.PDF, DocumentSettings.standard().withKertas(paper)));
		assertEquals(sop.getLangkah().size(), steps.stream().mapToInt(Integer::intValue).sum());
		if (steps.size() > 1) {
			assertTrue(steps.stream().allMatch(count -> count >= MonitoringForms.MIN_ROWS_PER_PAGE), "steps per page: " + steps);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "pengukuran-kinerja.sop", "40 langkah" })
	void wordAndHtmlBreakTheMonitoringTableWhereThePdfBreaksIt(String name) throws IOException {
		Sop sop = form(name);
		DocumentSettings settings = DocumentSettings.standard();
		List<Integer> pdf = stepsPerPage(sop, Documents.monitoring(sop, DocumentFormat.PDF, settings));
		assertTrue(pdf.size() > 1, "the form runs over pages: " + pdf);
		XWPFDocument doc = ReadBack.docx(Documents.monitoring(sop, DocumentFormat.DOCX, settings));
		// Each page's table has its two header rows; the head and the evaluation's three tables come besides.
		List<Integer> word = doc.getTables().subList(1, doc.getTables().size() - 3).stream().map(table -> table.getNumberOfRows() - 2).toList();
		assertEquals(pdf, word);
		org.w3c.dom.Document html = ReadBack.xml(new String(Documents.monitoring(sop, DocumentFormat.HTML, settings), StandardCharsets.UTF_8));
		List<Integer> browser = ReadBack.byClass(html, "monitoring").stream().filter(element -> element.getLocalName().equals("table"))
				.map(table -> ((Element) table.getElementsByTagNameNS("*", "tbody").item(0)).getElementsByTagNameNS("*", "tr").getLength())
				.toList();
		assertEquals(pdf, browser, "one table per page");
	}

	/** An example by its file name, or an SOP generated with "N langkah". */
	private static Sop form(String name) {
		return name.endsWith(".sop") ? Sops.sop(EXAMPLES, name)
				: (Sop) Sops.root(Sops.parse(Sops.generated(Integer.parseInt(name.split(" ")[0]))));
	}

	/** How many steps each page of the monitoring form of the PDF holds, found in order by number and kegiatan. */
	private static List<Integer> stepsPerPage(Sop sop, byte[] pdf) {
		List<String> pages = ReadBack.pdfPages(pdf);
		List<String> monitoring = pages.subList(0, pageOfSqueezed(pages, MonitoringForms.evaluationTitle(sop), 0));
		List<Integer> steps = new ArrayList<>();
		int page = 0;
		int from = 0;
		int count = 0;
		for (Langkah step : sop.getLangkah()) {
			String row = squeeze(step.getName() + " " + step.getKegiatan());
			int at = squeeze(monitoring.get(page)).indexOf(row, from);
			while (at < 0 && page + 1 < monitoring.size()) {
				steps.add(count);
				count = 0;
				page++;
				from = 0;
				at = squeeze(monitoring.get(page)).indexOf(row, from);
			}
			assertTrue(at >= 0, "step " + step.getName() + " missing or out of order");
			count++;
			from = at + row.length();
		}
		steps.add(count);
		return steps;
	}

	@Test
	void wordFormsAreRealTablesWhoseHeaderRowsRepeat() throws IOException {
		Sop lakip = Sops.sop(EXAMPLES, "lakip.sop");
		XWPFDocument doc = ReadBack.docx(Documents.monitoring(lakip, DocumentFormat.DOCX, DocumentSettings.standard()));
		assertEquals(List.of(), schemaErrors(doc));
		assertEquals(List.of(MonitoringForms.monitoringTitle(lakip), MonitoringForms.evaluationTitle(lakip)),
				ReadBack.headings(doc));
		List<XWPFTable> tables = doc.getTables();
		assertEquals(5, tables.size(), "head and monitoring table; head, criteria and recommendations");
		tables.forEach(table -> assertEquals(STTblLayoutType.FIXED, table.getCTTbl().getTblPr().getTblLayout().getType()));

		assertEquals(List.of(List.of("Nomor SOP", "800/16/D-5/03/2024", "Dimonitor oleh", "", "Tanda tangan penilai"),
				List.of("Unit", "Dinas Sosial Kota Metro", "Tanggal", "", "")), rows(tables.get(0), 0));
		assertEquals(STMerge.CONTINUE, tables.get(0).getRow(1).getCell(4).getCTTc().getTcPr().getVMerge().getVal(),
				"one box to sign in, two rows high");
		XWPFTable monitoring = tables.get(1);
		assertEquals(List.of(List.of("No", "Prosedur", "Penilaian terhadap penerapan", "Catatan hasil penilaian",
				"Tindakan yang harus diambil", "Paraf penilai"),
				List.of("", "", "Berjalan dengan baik", "Tidak berjalan dengan baik", "", "", "")),
				rows(monitoring, 0).subList(0, 2));
		assertRepeatedHeader(monitoring, 2);
		assertEquals(lakip.getLangkah().stream().map(step -> List.of(step.getName(), step.getKegiatan(), "", "", "", "", ""))
				.toList(), rows(monitoring, 2));

		assertEquals(List.of("Nomor SOP", "800/16/D-5/03/2024", "Dievaluasi oleh", "", "Tanda tangan penilai"),
				texts(tables.get(2).getRow(0)));
		XWPFTable evaluation = tables.get(3);
		assertEquals(List.of(List.of("No", "Kriteria penilaian", "Penilaian", "Catatan"), List.of("", "", "Ya", "Tidak", "")),
				rows(evaluation, 0).subList(0, 2));
		assertRepeatedHeader(evaluation, 2);
		assertEquals(IntStream.range(0, MonitoringForms.KRITERIA.size())
				.mapToObj(i -> List.of(String.valueOf(i + 1), MonitoringForms.KRITERIA.get(i), "", "", "")).toList(),
				rows(evaluation, 2));
		assertEquals(List.of(List.of("No", "Rekomendasi"), List.of("1", ""), List.of("2", ""), List.of("3", "")),
				rows(tables.get(4), 0));

		List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		XWPFParagraph evaluationTitle = doc.getParagraphs().get(paragraphs.indexOf(MonitoringForms.evaluationTitle(lakip)));
		assertTrue(evaluationTitle.isPageBreak(), "the evaluation form starts a page");
	}

	@Test
	void formsAreOnTheChosenPaper() {
		Sop renja = Sops.sop(EXAMPLES, "renja.sop");
		DocumentSettings f4 = DocumentSettings.standard().withKertas(UkuranKertas.F4);
		assertEquals("297 x 210 mm", ReadBack.pageSize(Documents.monitoring(renja, DocumentFormat.PDF, DocumentSettings.standard())));
		byte[] pdf = Documents.monitoring(renja, DocumentFormat.PDF, f4);
		assertEquals("330 x 215 mm", ReadBack.pageSize(pdf));
		List<String> pages = ReadBack.pdfPages(pdf);
		assertEquals(pages.size() - 1, pageOfSqueezed(pages, MonitoringForms.evaluationTitle(renja), 0));
		XWPFDocument doc = ReadBack.docx(Documents.monitoring(renja, DocumentFormat.DOCX, f4));
		assertEquals("18709 x 12189", doc.getDocument().getBody().getSectPr().getPgSz().getW() + " x "
				+ doc.getDocument().getBody().getSectPr().getPgSz().getH());
		String html = new String(Documents.monitoring(renja, DocumentFormat.HTML, f4), StandardCharsets.UTF_8);
		assertTrue(html.contains("size: 330mm 215mm"));
	}

	@Test
	void theBookletEndsWithTheFormsEachListedInTheDaftarIsiAtItsPage() {
		Buku buku = Sops.booklet(EXAMPLES);
		byte[] pdf = Documents.booklet(buku, DocumentFormat.PDF, DocumentSettings.standard().withKertas(UkuranKertas.F4));
		List<String> pages = ReadBack.pdfPages(pdf);
		List<String> asLaidOut = ReadBack.pdfPagesByPosition(pdf);
		String contents = pages.get(pageOfSqueezed(pages, "DAFTAR ISI", 0));
		Sop last = buku.getIsi().get(buku.getIsi().size() - 1);
		int lastSop = pageOfSqueezed(pages, "Nomor SOP " + last.getNomor(), 0);
		int appendix = pageOfSqueezed(pages, MonitoringForms.PENGANTAR, lastSop);
		assertEquals(appendix + 1, listed(contents, MonitoringForms.LAMPIRAN));
		assertTrue(pages.subList(appendix, pages.size()).stream().noneMatch(page -> page.contains("STANDAR OPERASIONAL PROSEDUR")),
				"no flowchart after the appendix starts");
		int previous = appendix;
		for (Sop sop : buku.getIsi()) {
			int monitoring = pageOfSqueezed(pages, MonitoringForms.monitoringTitle(sop), previous + 1);
			assertEquals(monitoring + 1, listed(contents, "Formulir Monitoring SOP " + ReadBack.fold(sop.getJudul())), sop.getName());
			assertTrue(asLaidOut.get(monitoring).endsWith(" " + (monitoring + 1)), "page number in the footer");
			int evaluation = pageOfSqueezed(pages, MonitoringForms.evaluationTitle(sop), monitoring + 1);
			assertEquals(evaluation + 1, listed(contents, "Formulir Evaluasi SOP " + ReadBack.fold(sop.getJudul())), sop.getName());
			previous = evaluation;
		}
		assertEquals(pages.size() - 1, previous, "the last evaluation form ends the booklet");
	}

	@Test
	void theBookletInWordListsTheAppendixAndItsFormsAfterTheSops() throws IOException {
		Buku buku = Sops.booklet(EXAMPLES);
		XWPFDocument doc = ReadBack.docx(Documents.booklet(buku, DocumentFormat.DOCX, DocumentSettings.standard()));
		assertEquals(List.of(), schemaErrors(doc));
		List<String> headings = ReadBack.headings(doc);
		List<String> expected = new ArrayList<>(List.of(MonitoringForms.LAMPIRAN));
		for (Sop sop : buku.getIsi()) {
			expected.addAll(List.of(MonitoringForms.monitoringTitle(sop), MonitoringForms.evaluationTitle(sop)));
		}
		int lastSop = headings.indexOf(buku.getIsi().get(buku.getIsi().size() - 1).getJudul().toUpperCase(Locale.ROOT));
		assertEquals(expected, headings.subList(lastSop + 1, headings.size()));
		List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		int appendix = paragraphs.indexOf(MonitoringForms.LAMPIRAN);
		assertEquals(MonitoringForms.PENGANTAR, paragraphs.get(appendix + 1));
		assertEquals("1. " + MonitoringForms.PETUNJUK.get(0), paragraphs.get(appendix + 2));
	}

	private static final String HOSTILE = "<img src=x onerror=alert(1)> & " + "W".repeat(150);

	@Test
	void markupAndLongWordsInAnSopStayTextInEveryFormat() throws IOException {
		Sop sop = (Sop) Sops.root(Sops.parse("""
				sop Uji "Uji <img src=x onerror=alert(1)> & %s" {
					unit "Dinas & <i>Sosial</i>"
					nomor "<b>800</b>/1"
					pelaksana { a "Pelaksana A" }
					prosedur {
						1 mulai a "%s"
							waktu 1 jam
						2 selesai a "Mengarsipkan"
							waktu 1 jam
					}
				}
				""".formatted("P".repeat(150), HOSTILE)));

		org.w3c.dom.Document html = ReadBack.xml(new String(Documents.monitoring(sop, DocumentFormat.HTML, DocumentSettings.standard()),
				StandardCharsets.UTF_8));
		assertEquals(0, html.getElementsByTagNameNS("*", "img").getLength());
		assertEquals(0, html.getElementsByTagNameNS("*", "b").getLength());
		assertEquals(List.of(HOSTILE, "Mengarsipkan"), ReadBack.byClass(html, "prosedur").stream().map(Element::getTextContent).toList());
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < html.getElementsByTagNameNS("*", "h1").getLength(); i++) {
			titles.add(html.getElementsByTagNameNS("*", "h1").item(i).getTextContent());
		}
		assertEquals(List.of(MonitoringForms.monitoringTitle(sop), MonitoringForms.evaluationTitle(sop)), titles);
		assertTrue(titles.get(0).startsWith("FORMULIR MONITORING SOP UJI <IMG SRC=X ONERROR=ALERT(1)> & PPP"));
		String head = ReadBack.byClass(html, "kepala-formulir").get(0).getTextContent();
		assertTrue(head.contains("<b>800</b>/1") && head.contains("Dinas & <i>Sosial</i>"), head);

		String pdf = String.join(" ", ReadBack.pdfPages(Documents.monitoring(sop, DocumentFormat.PDF, DocumentSettings.standard())));
		assertTrue(pdf.contains("<img src=x onerror=alert(1)> &"), pdf);
		assertTrue(pdf.contains("<b>800</b>/1") && pdf.contains("Dinas & <i>Sosial</i>"), pdf);
		assertTrue(squeeze(pdf).contains("W".repeat(150)), "the long word is printed whole, wrapped");
		assertTrue(squeeze(pdf).contains("P".repeat(150)), "the long title too");

		XWPFDocument doc = ReadBack.docx(Documents.monitoring(sop, DocumentFormat.DOCX, DocumentSettings.standard()));
		assertEquals(List.of(), schemaErrors(doc));
		assertEquals(List.of(HOSTILE), lines(doc.getTables().get(1).getRow(2).getCell(1)));
		assertEquals("<b>800</b>/1", doc.getTables().get(0).getRow(0).getCell(1).getText());
		assertEquals(titles, ReadBack.headings(doc));
	}

	/** The page number the daftar isi gives after an entry. */
	private static int listed(String contents, String entry) {
		int at = contents.indexOf(entry + " ");
		assertTrue(at >= 0, "'" + entry + "' not in: " + contents);
		return Integer.parseInt(contents.substring(at + entry.length() + 1).split(" ")[0]);
	}

	/** The texts of a table's rows from `from` on. */
	private static List<List<String>> rows(XWPFTable table, int from) {
		return table.getRows().subList(from, table.getRows().size()).stream().map(ReadBack::texts).toList();
	}

	/** The first `header` rows repeat at the top of every page, the others do not. */
	private static void assertRepeatedHeader(XWPFTable table, int header) {
		List<XWPFTableRow> rows = table.getRows();
		for (int i = 0; i < rows.size(); i++) {
			assertEquals(i < header, rows.get(i).isRepeatHeader(), "row " + i);
		}
	}
}
