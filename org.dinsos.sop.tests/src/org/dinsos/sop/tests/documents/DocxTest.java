package org.dinsos.sop.tests.documents;

import static org.dinsos.sop.tests.support.ReadBack.lines;
import static org.dinsos.sop.tests.support.ReadBack.schemaErrors;
import static org.dinsos.sop.tests.support.ReadBack.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dinsos.sop.diagram.layout.Page;
import org.dinsos.sop.generator.Dates;
import org.dinsos.sop.generator.DocumentFormat;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Documents;
import org.dinsos.sop.generator.FlowchartTable;
import org.dinsos.sop.generator.MonitoringForms;
import org.dinsos.sop.generator.ProgressListener;
import org.dinsos.sop.generator.docx.BookletDocx;
import org.dinsos.sop.generator.docx.SopDocx;
import org.dinsos.sop.generator.model.FlowchartText;
import org.dinsos.sop.query.Wording;
import org.dinsos.sop.generator.model.SymbolGuide;
import org.dinsos.sop.generator.svg.FlowchartSvg;
import org.dinsos.sop.generator.svg.SvgRaster;
import org.dinsos.sop.query.Durations;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.UkuranKertas;
import org.dinsos.sop.tests.support.ReadBack;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** The Word documents, written by SopDocx and BookletDocx and read back with POI. */
class DocxTest {

	private static final String LAKIP = "lakip.sop";
	private static final String HOSTILE = "<script>alert(1)</script> & \"kutip\" 'tunggal' " + "W".repeat(200);

	private static XtextResourceSet examples;

	@BeforeAll
	static void load() {
		examples = Sops.loadExamples();
	}

	static Stream<String> sopFiles() {
		return Stream.of(LAKIP, "renja.sop", "laporan-tahunan.sop", "pengukuran-kinerja.sop", "kak.sop");
	}

	// One SOP.

	@ParameterizedTest
	@MethodSource("sopFiles")
	void identityTableHoldsEveryField(String file) throws IOException {
		Sop sop = Sops.sop(examples, file);
		XWPFTable identity = docx(sop, DocumentSettings.standard()).getTables().get(0);
		List<XWPFTableRow> rows = identity.getRows();
		assertEquals(12, rows.size());
		assertEquals(List.of("LOGO", "DINAS SOSIAL KOTA METRO", sop.getUnit().getAlamat()), lines(cell(identity, 0, 0)));
		assertEquals(STMerge.RESTART, cell(identity, 0, 0).getCTTc().getTcPr().getVMerge().getVal());
		for (int row = 1; row < 6; row++) {
			assertEquals(STMerge.CONTINUE, cell(identity, row, 0).getCTTc().getTcPr().getVMerge().getVal());
		}
		assertEquals(List.of("Nomor SOP", "Tanggal Pembuatan", "Tanggal Revisi", "Tanggal Efektif", "Disahkan oleh", "Nama SOP"),
				column(identity, 0, 6, 1));
		assertEquals(List.of(sop.getNomor(), Dates.text(sop.getTanggalPembuatan()), Dates.text(sop.getTanggalRevisi()),
				Dates.text(sop.getTanggalEfektif())), column(identity, 0, 4, 2));
		assertEquals(List.of(sop.getPengesahan().getJabatan(), sop.getPengesahan().getNama(),
				sop.getPengesahan().getPangkat(), "NIP. " + sop.getPengesahan().getNip()), lines(cell(identity, 4, 2)));
		assertEquals(List.of(sop.getJudul().toUpperCase(Locale.ROOT)), lines(cell(identity, 5, 2)));
		assertEquals(List.of("Dasar Hukum", "Kualifikasi Pelaksana"), texts(rows.get(6)));
		assertEquals(numbered(sop.getDasarHukum()), lines(cell(identity, 7, 0)));
		assertEquals(numbered(sop.getKualifikasi()), lines(cell(identity, 7, 1)));
		assertEquals(List.of("Keterkaitan", "Peralatan/Perlengkapan"), texts(rows.get(8)));
		assertEquals(numbered(sop.getPeralatan()), lines(cell(identity, 9, 1)));
		assertEquals(List.of("Peringatan", "Pencatatan dan Pendataan"), texts(rows.get(10)));
		assertEquals(numbered(sop.getPeringatan()), lines(cell(identity, 11, 0)));
		assertEquals(numbered(sop.getPencatatan()), lines(cell(identity, 11, 1)));
	}

	@Test
	void identityOfLakipReadsAsTheScan() throws IOException {
		XWPFTable identity = docx(Sops.sop(examples, LAKIP), DocumentSettings.standard()).getTables().get(0);
		assertEquals(List.of("800/16/D-5/03/2024", "5 Januari 2024", "", ""), column(identity, 0, 4, 2));
		assertEquals(List.of("Kepala Dinas Sosial Kota Metro", "SRI AMANTO, S.H., M.H", "Pembina Utama Muda",
				"NIP. 196804201993031009"), lines(cell(identity, 4, 2)));
		assertEquals(List.of("PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)"),
				lines(cell(identity, 5, 2)));
		assertEquals(List.of("1. SOP Pengarsipan"), lines(cell(identity, 9, 0)));
		assertEquals("1. Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan Bebas Korupsi, Kolusi, dan Nepotisme",
				lines(cell(identity, 7, 0)).get(0));
	}

	@Test
	void aBareSopLeavesItsFieldsEmptyAndItsListsDashed() throws IOException {
		Sop sop = (Sop) Sops.root(Sops.parse("""
				sop Singkat "Prosedur Singkat" {
					pelaksana { a "Pelaksana A" }
					prosedur {
						1 mulai a "Memulai"
						2 selesai a "Mengakhiri"
					}
				}
				"""));
		XWPFDocument doc = docx(sop, DocumentSettings.standard());
		XWPFTable identity = doc.getTables().get(0);
		assertEquals(List.of("LOGO", "", ""), lines(cell(identity, 0, 0)));
		assertEquals(List.of("", "", "", "", "", "PROSEDUR SINGKAT"), column(identity, 0, 6, 2));
		assertEquals(List.of("-", "-"), texts(identity.getRow(7)));
		assertEquals(List.of("-", "-"), texts(identity.getRow(9)));
		assertEquals(List.of("-", "-"), texts(identity.getRow(11)));
		XWPFTable flowchart = doc.getTables().get(1);
		assertEquals(List.of("No", "Kegiatan", "Pelaksana", "Mutu Baku", "Keterangan"), texts(flowchart.getRow(0)));
		assertEquals(List.of("", "", "Pelaksana A", "Kelengkapan", "Waktu", "Output", ""), texts(flowchart.getRow(1)));
		assertEquals(List.of("2", "Mengakhiri", "", "", "", "", ""), texts(flowchart.getRow(3)));
		assertEquals(List.of("langkah-2.png"), pictures(flowchart.getRow(3).getCell(2)));
		assertEquals(List.of("Jumlah waktu (jalur utama, 1 hari kerja = 7,5 jam)", "0 menit", ""), texts(flowchart.getRow(4)));
	}

	@Test
	void configuredLogoIsAPictureInPlaceOfTheBox(@TempDir Path dir) throws IOException {
		Path logo = dir.resolve("logo.png");
		ImageIO.write(new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
		XWPFTable identity = docx(Sops.sop(examples, LAKIP), DocumentSettings.standard().withLogo(logo)).getTables().get(0);
		XWPFTableCell letterhead = cell(identity, 0, 0);
		assertEquals(List.of("logo.png"), pictures(letterhead));
		assertEquals(List.of("", "DINAS SOSIAL KOTA METRO", "Jl. Ahmad Yani No. 73 Telp. 0725-45250 Fax. 0725-45250 Kota Metro"),
				lines(letterhead));
		XWPFPicture picture = letterhead.getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures().get(0);
		assertEquals("24 x 12 mm", Math.round(picture.getWidth() / 72 * 25.4) + " x " + Math.round(picture.getDepth() / 72 * 25.4) + " mm");
	}

	@ParameterizedTest
	@MethodSource("sopFiles")
	void flowchartHasOneRowPerStepWithItsSymbolInItsLane(String file) throws IOException {
		Sop sop = Sops.sop(examples, file);
		XWPFDocument doc = docx(sop, DocumentSettings.standard());
		List<XWPFTable> flowchart = doc.getTables().subList(1, doc.getTables().size());
		int steps = sop.getLangkah().size();
		List<Page> pages = new FlowchartTable(sop, DocumentSettings.standard()).layout().pages();
		assertEquals(pages.size(), flowchart.size());
		assertEquals(pages.stream().map(page -> page.last() - page.first() + 1).toList(),
				flowchart.stream().map(table -> stepRows(List.of(table)).size()).toList());
		List<XWPFTableRow> stepRows = stepRows(flowchart);
		List<String> lanes = sop.getPelaksana().stream().map(p -> p.getLabel()).collect(Collectors.toList());
		for (XWPFTable table : flowchart) {
			assertEquals(STTblLayoutType.FIXED, table.getCTTbl().getTblPr().getTblLayout().getType());
			assertTrue(table.getRow(0).isRepeatHeader());
			assertTrue(table.getRow(1).isRepeatHeader());
			assertEquals(List.of("No", "Kegiatan", "Pelaksana", "Mutu Baku", "Keterangan"), texts(table.getRow(0)));
			List<String> second = new ArrayList<>(List.of("", ""));
			second.addAll(lanes);
			second.addAll(List.of("Kelengkapan", "Waktu", "Output", ""));
			assertEquals(second, texts(table.getRow(1)));
			for (XWPFTableRow row : table.getRows().subList(2, table.getRows().size())) {
				assertFalse(row.isRepeatHeader());
			}
		}
		assertEquals(steps, stepRows.size());
		for (int i = 0; i < steps; i++) {
			Langkah step = sop.getLangkah().get(i);
			XWPFTableRow row = stepRows.get(i);
			assertEquals(4 + lanes.size() + 2, row.getTableCells().size());
			assertEquals(step.getName(), row.getCell(0).getText());
			assertEquals(step.getKegiatan(), String.join("\n", lines(row.getCell(1))));
			int lane = sop.getPelaksana().indexOf(step.getPelaksana());
			for (int l = 0; l < lanes.size(); l++) {
				List<String> symbols = pictures(row.getCell(2 + l)).stream().filter(p -> p.startsWith("langkah-")).toList();
				assertEquals(l == lane ? List.of("langkah-" + step.getName() + ".png") : List.of(), symbols,
						"langkah " + step.getName() + ", lajur " + l);
			}
		}
		List<XWPFTableRow> last = flowchart.get(flowchart.size() - 1).getRows();
		XWPFTableRow total = last.get(last.size() - 1);
		String waktu = Durations.text(Durations.totalMinutes(sop, Durations.STANDARD_WORKDAY_HOURS), Durations.STANDARD_WORKDAY_HOURS);
		assertEquals(List.of("Jumlah waktu (jalur utama, 1 hari kerja = 7,5 jam)", waktu, ""), texts(total));
		assertEquals(steps, allPictures(doc).stream().filter(p -> p.startsWith("langkah-")).count());
	}

	@Test
	void lakipDecisionSaysWhereYaAndTidakGoAndTheTotalIsSummedUp() throws IOException {
		XWPFDocument doc = docx(Sops.sop(examples, LAKIP), DocumentSettings.standard());
		List<XWPFTable> flowchart = doc.getTables().subList(1, doc.getTables().size());
		XWPFTableRow decision = stepRows(flowchart).get(6);
		assertEquals("7", decision.getCell(0).getText());
		assertEquals(List.of("langkah-7.png"), pictures(decision.getCell(2)).stream().filter(p -> p.startsWith("langkah-")).toList());
		assertEquals(List.of("Keputusan 7: Ya ke langkah 8, Tidak ke langkah 6"), titles(decision.getCell(2)));
		List<XWPFTableRow> last = flowchart.get(flowchart.size() - 1).getRows();
		XWPFTableRow total = last.get(last.size() - 1);
		assertEquals("8 hari 1 jam 5 menit", total.getCell(1).getText());
	}

	/**
	 * Word draws the PDF's flowchart: every pelaksana cell an arrow or a connector passes through holds
	 * its part of the drawing, a picture exactly the cell's size less its border, so that the lines join.
	 */
	@ParameterizedTest
	@MethodSource("sopFiles")
	void everyArrowAndConnectorIsDrawnInTheCellsItCrosses(String file) throws IOException {
		for (DocumentSettings settings : List.of(DocumentSettings.standard().withStepsPerPage(4),
				DocumentSettings.standard().withKertas(UkuranKertas.F4))) {
			Sop sop = Sops.sop(examples, file);
			FlowchartTable table = new FlowchartTable(sop, settings);
			XWPFDocument doc = docx(sop, settings);
			List<XWPFTable> flowchart = doc.getTables().subList(1, doc.getTables().size());
			List<Page> pages = table.layout().pages();
			for (int p = 0; p < pages.size(); p++) {
				Page page = pages.get(p);
				List<XWPFTableRow> rows = stepRows(List.of(flowchart.get(p)));
				for (int[] cell : crossedCells(table, page)) {
					XWPFTableCell drawn = rows.get(cell[0]).getCell(2 + cell[1]);
					List<XWPFPicture> pictures = embedded(drawn);
					assertEquals(1, pictures.size(), file + " halaman " + (p + 1) + ", baris " + (cell[0] + 1) + ", lajur " + (cell[1] + 1));
					double width = table.layout().lanes().get(cell[1]).width() - 0.2;
					double height = page.rowHeights().get(cell[0]) - 0.2;
					assertEquals(Math.round(width * 10), Math.round(pictures.get(0).getWidth() / 72 * 254));
					assertEquals(Math.round(height * 10), Math.round(pictures.get(0).getDepth() / 72 * 254));
				}
			}
		}
	}

	/**
	 * Each cell's picture is, pixel for pixel, that cell's part of the page's drawing (at 300 dpi, less the
	 * border), in every SOP of a booklet whose parts are made on several threads: cells that look alike share
	 * a picture, cells that differ by a pixel do not.
	 */
	@Test
	void everyPictureOfTheBookletIsItsCellOfThePagesDrawing() throws IOException {
		Buku buku = Sops.booklet(examples);
		DocumentSettings settings = DocumentSettings.standard().withKertas(buku.getKertas());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Documents.booklet(buku, DocumentFormat.DOCX, settings, out, ProgressListener.NONE);
		XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
		List<XWPFTable> flowcharts = doc.getTables().stream()
				.filter(table -> table.getNumberOfRows() > 1 && texts(table.getRow(0)).contains("Pelaksana")).toList();
		int table = 0;
		int compared = 0;
		double scale = 300 / 25.4;
		for (Sop sop : buku.getIsi()) {
			FlowchartTable layout = new FlowchartTable(sop, settings);
			for (Page page : layout.layout().pages()) {
				BufferedImage drawing = SvgRaster.paint(FlowchartSvg.drawing(layout.layout(), page), layout.layout().width(),
						page.height(), scale);
				List<XWPFTableRow> rows = stepRows(List.of(flowcharts.get(table++)));
				for (int row = 0; row < rows.size(); row++) {
					for (int lane = 0; lane < layout.layout().lanes().size(); lane++) {
						List<XWPFPicture> pictures = embedded(rows.get(row).getCell(2 + lane));
						if (pictures.isEmpty()) {
							continue;
						}
						var column = layout.layout().lanes().get(lane);
						int x = (int) Math.round((column.x() + 0.1) * scale);
						int y = (int) Math.round((page.rowTops().get(row) + 0.1) * scale);
						int width = (int) Math.round((column.x() + column.width() - 0.1) * scale) - x;
						int height = (int) Math.round((page.rowTops().get(row) + page.rowHeights().get(row) - 0.1) * scale) - y;
						BufferedImage picture = ImageIO.read(new ByteArrayInputStream(pictures.get(0).getPictureData().getData()));
						String where = sop.getName() + ", halaman " + (layout.layout().pages().indexOf(page) + 1) + ", baris "
								+ (row + 1) + ", lajur " + (lane + 1);
						assertEquals(width + " x " + height, picture.getWidth() + " x " + picture.getHeight(), where);
						assertTrue(Arrays.equals(drawing.getRGB(x, y, width, height, null, 0, width),
								picture.getRGB(0, 0, width, height, null, 0, width)), where);
						compared++;
					}
				}
			}
		}
		assertEquals(flowcharts.size(), table);
		assertTrue(compared > 50, compared + " pictures");
	}

	/** The (row, lane) cells of a page that an arrow, a symbol or a connector passes through. */
	private static List<int[]> crossedCells(FlowchartTable table, Page page) {
		List<int[]> cells = new ArrayList<>();
		for (var edge : page.edges()) {
			for (int i = 1; i < edge.points().size(); i++) {
				var a = edge.points().get(i - 1);
				var b = edge.points().get(i);
				for (double t = 0; t <= 1; t += 0.05) {
					add(cells, table, page, a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
				}
			}
		}
		page.connectors().forEach(c -> add(cells, table, page, c.cx(), c.cy()));
		page.nodes().forEach(n -> add(cells, table, page, n.cx(), n.cy()));
		return cells;
	}

	private static void add(List<int[]> cells, FlowchartTable table, Page page, double x, double y) {
		int lane = (int) Math.min(table.layout().lanes().size() - 1, Math.floor(x / table.columns().lane()));
		int row = 0;
		while (row + 1 < page.rowTops().size() && page.rowTops().get(row + 1) <= y) {
			row++;
		}
		double top = page.rowTops().get(row);
		double left = lane * table.columns().lane();
		boolean onBorder = y - top < 0.15 || top + page.rowHeights().get(row) - y < 0.15 || x - left < 0.15
				|| left + table.columns().lane() - x < 0.15;
		int[] cell = { row, lane };
		if (!onBorder && cells.stream().noneMatch(c -> c[0] == cell[0] && c[1] == cell[1])) {
			cells.add(cell);
		}
	}

	@Test
	void flowchartPagesFollowTheStepsPerPage() throws IOException {
		XWPFDocument doc = docx(Sops.sop(examples, LAKIP), DocumentSettings.standard().withStepsPerPage(4));
		assertEquals(List.of(), schemaErrors(doc));
		List<XWPFTable> flowchart = doc.getTables().subList(1, doc.getTables().size());
		assertEquals(3, flowchart.size());
		assertEquals(List.of(4, 4, 4), flowchart.stream().map(t -> t.getRows().size() - 2).toList(),
				"4, 4 and 3 steps, the last page with the total");
		List<IBodyElement> body = doc.getBodyElements();
		for (XWPFTable table : flowchart) {
			int at = body.indexOf(table);
			XWPFParagraph title = (XWPFParagraph) body.get(at - 2);
			assertTrue(title.isPageBreak());
			assertEquals(FlowchartText.JUDUL, title.getText());
			assertEquals("PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)",
					((XWPFParagraph) body.get(at - 1)).getText());
		}
		assertEquals(3, doc.getParagraphs().stream().filter(XWPFParagraph::isPageBreak).count());
	}

	@Test
	void hostileTextComesBackAsWritten() throws IOException {
		Path file = Sops.example(LAKIP);
		String text = Sops.read(file)
				.replace("\"Membuat format pengumpulan data dan informasi kinerja dari masing-masing bidang dan sekretariat\"",
						quoted(HOSTILE))
				.replace("nomor \"800/16/D-5/03/2024\"", "nomor " + quoted(HOSTILE));
		Sop sop = (Sop) Sops.resource(Sops.load(List.of(file), Map.of(file, text)), file).getContents().get(0);
		assertEquals(HOSTILE, sop.getLangkah().get(1).getKegiatan());
		XWPFDocument doc = docx(sop, DocumentSettings.standard());
		assertEquals(List.of(HOSTILE), lines(cell(doc.getTables().get(0), 0, 2)));
		List<String> kegiatan = lines(doc.getTables().get(1).getRow(3).getCell(1));
		assertTrue(kegiatan.size() > 1 && kegiatan.subList(0, kegiatan.size() - 1).stream().allMatch(line -> line.endsWith("W-")),
				"the long word is cut with a hyphen at the end of each line: " + kegiatan);
		assertEquals(HOSTILE, String.join("", kegiatan).replace("-", ""));
		assertEquals(List.of(), schemaErrors(doc));
	}

	@Test
	void pagesAreLandscapeA4OrF4InTheBundledFont() throws Exception {
		XWPFDocument a4 = docx(Sops.sop(examples, LAKIP), DocumentSettings.standard());
		assertEquals("16838 x 11906 landscape", page(a4));
		assertEquals(List.of(), schemaErrors(a4));
		XWPFDocument f4 = docx(Sops.sop(examples, LAKIP), DocumentSettings.standard().withKertas(UkuranKertas.F4));
		assertEquals("18709 x 12189 landscape", page(f4));
		assertEquals("Liberation Sans", a4.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii());
	}

	// The booklet.

	@Test
	void bookletHoldsCoverKeputusanContentsGuideAndEverySopInOrder() throws IOException {
		Buku buku = Sops.booklet(examples);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Documents.booklet(buku, DocumentFormat.DOCX, DocumentSettings.standard().withKertas(buku.getKertas()), out, ProgressListener.NONE);
		XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
		assertEquals("18709 x 12189 landscape", page(doc));
		assertEquals(List.of(), schemaErrors(doc));

		List<String> body = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		assertEquals(List.of("STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN DINAS SOSIAL KOTA METRO", "LOGO",
				"DINAS SOSIAL KOTA METRO", "Jl. Ahmad Yani No. 73 Telp. 0725-45250 Fax. 0725-45250 Kota Metro", "TAHUN 2024"),
				body.subList(0, 5));
		String decree = "KEPUTUSAN KEPALA DINAS SOSIAL KOTA METRO\nNOMOR 188.4/07/D-5/2024\nTENTANG\n"
				+ "STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN DI LINGKUNGAN DINAS SOSIAL KOTA METRO";
		int keputusan = body.indexOf(decree);
		assertTrue(keputusan > 4, "the Keputusan follows the cover (KeputusanTest reads it)");

		int daftarIsi = body.indexOf(BookletDocx.DAFTAR_ISI);
		assertTrue(daftarIsi > keputusan);
		// The entries with their pages: BookletContentsTest.
		assertEquals(List.of("TOC \\f D \\h \\z"), fields(doc.getParagraphs().get(daftarIsi + 1)));

		int guide = body.indexOf(SymbolGuide.JUDUL);
		assertTrue(guide > daftarIsi);
		XWPFTable symbols = doc.getTables().stream().filter(table -> table.getRow(0).getCell(0).getText().equals("Simbol"))
				.findFirst().orElseThrow();
		assertEquals(List.of("Simbol", "Nama", "Arti"), texts(symbols.getRow(0)));
		assertEquals(List.of("Terminator (kapsul)", "Proses (persegi panjang)", "Keputusan (belah ketupat)", "Anak panah",
				"Penghubung antar halaman (segi lima)"),
				symbols.getRows().subList(1, 6).stream().map(row -> row.getCell(1).getText()).toList());
		assertEquals(List.of("simbol-terminator.png", "simbol-proses.png", "simbol-keputusan.png", "simbol-anak_panah.png",
				"simbol-penghubung.png"), symbols.getRows().subList(1, 6).stream().flatMap(row -> pictures(row.getCell(0)).stream()).toList());
		assertEquals("Awal (mulai) dan akhir (selesai) prosedur.", symbols.getRow(1).getCell(2).getText());

		List<String> headings = ReadBack.headings(doc);
		List<String> titles = buku.getIsi().stream().map(sop -> sop.getJudul().toUpperCase(Locale.ROOT)).toList();
		List<String> expected = new ArrayList<>(List.of(decree, SymbolGuide.JUDUL));
		expected.addAll(titles);
		// The appendix of forms follows the SOPs (MonitoringTest reads it).
		assertEquals(expected, headings.subList(0, headings.indexOf(MonitoringForms.LAMPIRAN)));
		assertEquals("PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)", titles.get(0));
		assertEquals("PENYUSUNAN KERANGKA ACUAN KERJA (KAK)", titles.get(4));

		List<String> footer = doc.getFooterList().stream().flatMap(f -> f.getParagraphs().stream())
				.flatMap(p -> fields(p).stream()).toList();
		assertEquals(List.of("PAGE", "NUMPAGES"), footer);
		int stepsTotal = buku.getIsi().stream().mapToInt(sop -> sop.getLangkah().size()).sum();
		assertEquals(stepsTotal, allPictures(doc).stream().filter(p -> p.startsWith("langkah-")).count());

		List<Long> drawings = Stream.of(doc.getDocument().getBody().selectPath(
				"declare namespace wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' .//wp:docPr"))
				.map(drawing -> ((CTNonVisualDrawingProps) drawing).getId()).toList();
		assertEquals(drawings.size(), new HashSet<>(drawings).size(), "every drawing has an id of its own");
		Set<String> stored = doc.getAllPackagePictures().stream().map(picture -> Arrays.toString(picture.getData()))
				.collect(Collectors.toSet());
		assertEquals(doc.getAllPackagePictures().size(), stored.size(), "each picture is stored once, however often it is shown");
	}

	// Reading a document back.

	private static XWPFDocument docx(Sop sop, DocumentSettings settings) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SopDocx.write(sop, settings, out);
		return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
	}

	/** The rows of the flowchart tables below their two header rows, the total row left out. */
	private static List<XWPFTableRow> stepRows(List<XWPFTable> flowchart) {
		return flowchart.stream().flatMap(table -> table.getRows().subList(2, table.getRows().size()).stream())
				.filter(row -> !row.getCell(0).getText().startsWith(Wording.JUMLAH_WAKTU)).toList();
	}

	private static XWPFTableCell cell(XWPFTable table, int row, int cell) {
		return table.getRow(row).getCell(cell);
	}

	/** The texts of one column in rows `from` to `to` (exclusive). */
	private static List<String> column(XWPFTable table, int from, int to, int cell) {
		return table.getRows().subList(from, to).stream().map(r -> String.join("\n", lines(r.getCell(cell)))).toList();
	}

	private static List<String> numbered(List<String> items) {
		if (items.isEmpty()) {
			return List.of("-");
		}
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			lines.add((i + 1) + ". " + items.get(i));
		}
		return lines;
	}

	private static List<String> pictures(XWPFTableCell cell) {
		return embedded(cell).stream().map(XWPFPicture::getDescription).toList();
	}

	/** The pictures in a cell. */
	private static List<XWPFPicture> embedded(XWPFTableCell cell) {
		return cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).flatMap(r -> r.getEmbeddedPictures().stream()).toList();
	}

	/** The titles of the pictures in a cell that have one. */
	private static List<String> titles(XWPFTableCell cell) {
		return cell.getCTTc().getPList().stream().flatMap(p -> p.getRList().stream()).flatMap(r -> r.getDrawingList().stream())
				.flatMap(d -> d.getInlineList().stream()).map(inline -> inline.getDocPr().getTitle())
				.filter(title -> title != null && !title.isEmpty()).toList();
	}

	private static List<String> allPictures(XWPFDocument doc) {
		return doc.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream())
				.flatMap(c -> pictures(c).stream()).toList();
	}

	/** The instructions of the fields in a paragraph. */
	private static List<String> fields(XWPFParagraph paragraph) {
		List<String> fields = new ArrayList<>();
		for (XWPFRun run : paragraph.getRuns()) {
			for (CTText instruction : run.getCTR().getInstrTextList()) {
				fields.add(instruction.getStringValue().strip());
			}
		}
		return fields;
	}

	private static String page(XWPFDocument doc) {
		CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
		return size.getW() + " x " + size.getH() + (size.getOrient() == STPageOrientation.LANDSCAPE ? " landscape" : "");
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
