package org.dinsos.sop.tests.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dinsos.sop.diagram.layout.Page;
import org.dinsos.sop.generator.DocumentFormat;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Documents;
import org.dinsos.sop.generator.FlowchartTable;
import org.dinsos.sop.generator.Fonts;
import org.dinsos.sop.generator.svg.FlowchartSvg;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.UkuranKertas;
import org.dinsos.sop.tests.support.FlowchartGeometry;
import org.dinsos.sop.tests.support.FlowchartGeometry.Arrow;
import org.dinsos.sop.tests.support.FlowchartGeometry.Connector;
import org.dinsos.sop.tests.support.FlowchartGeometry.Label;
import org.dinsos.sop.tests.support.FlowchartGeometry.Rect;
import org.dinsos.sop.tests.support.FlowchartGeometry.Segment;
import org.dinsos.sop.tests.support.FlowchartGeometry.Symbol;
import org.dinsos.sop.tests.support.ReadBack;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The printed flowchart measured, not only read: every example and every stress SOP (long texts, three
 * decisions in a row, decisions in the outer lanes exiting outwards, a Tidak back across a page break),
 * drawn on A4 and F4 with 8 and 4 steps a page. Ya and Tidak stand clear of every line, border and symbol;
 * no line runs through a symbol it does not start or end at; every off-page connector stands in its
 * step's row; channels keep away from lane borders; no two arrows are drawn along one line; crossing
 * arrows jump; no word is cut without a hyphen.
 */
class FlowchartGeometryTest {

	private static final XtextResourceSet EXAMPLES = Sops.loadExamples();
	/** What a label keeps free around its letters. */
	private static final double LABEL_GAP = 0.25;
	/** How far an upright stretch of an arrow stays from a lane border at least. */
	private static final double BORDER_GAP = 1.4;
	/** Word's default room at each side of a cell's text. */
	private static final double WORD_CELL_MARGIN = 1.9;
	/** The words the document prints besides the SOP's own. */
	private static final String CAPTIONS = " Nomor SOP Tanggal Pembuatan Revisi Efektif Disahkan oleh Nama Dasar Hukum Kualifikasi"
			+ " Pelaksana Keterkaitan Peralatan/Perlengkapan Peringatan Pencatatan dan Pendataan No Kegiatan Mutu Baku"
			+ " Kelengkapan Waktu Output Keterangan Jumlah waktu Halaman dari";
	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
	private static final Font BOLD = bold();

	static List<Sop> sops() {
		List<Sop> sops = new ArrayList<>();
		Sops.sopExampleFiles().forEach(file -> sops.add(Sops.sop(EXAMPLES, file.getFileName().toString())));
		sops.addAll(Sops.stressSops());
		return sops;
	}

	static Stream<Arguments> drawings() {
		return sops().stream().flatMap(sop -> Stream.of(UkuranKertas.A4, UkuranKertas.F4)
				.flatMap(kertas -> Stream.of(8, 4).map(perPage -> Arguments.of(sop.getName(), kertas, perPage, sop))));
	}

	static Stream<Arguments> documents() {
		return sops().stream().flatMap(sop -> Stream.of(UkuranKertas.A4, UkuranKertas.F4)
				.map(kertas -> Arguments.of(sop.getName(), kertas, sop)));
	}

	@ParameterizedTest(name = "{0} {1}, {2} langkah per halaman")
	@MethodSource("drawings")
	void labelsStandClearOfLinesBordersAndSymbols(String name, UkuranKertas kertas, int perPage, Sop sop) {
		List<String> clashes = new ArrayList<>();
		for (FlowchartGeometry page : pages(sop, kertas, perPage)) {
			for (Label label : page.labels()) {
				Rect ink = label.ink();
				String at = label.text() + " at (%.1f, %.1f)".formatted(ink.x(), ink.y());
				if (ink.x() < 0 || ink.right() > page.width() || ink.y() < 0 || ink.bottom() > page.height()) {
					clashes.add(at + " outside the drawing");
				}
				for (double x : page.laneBorders()) {
					if (ink.touches(new Segment(x, 0, x, page.height()), LABEL_GAP)) {
						clashes.add(at + " on the lane border at x " + x);
					}
				}
				for (double y : page.rowBorders()) {
					if (ink.touches(new Segment(0, y, page.width(), y), LABEL_GAP)) {
						clashes.add(at + " on the row border at y " + y);
					}
				}
				for (Arrow arrow : page.arrows()) {
					for (Segment stretch : arrow.stretches()) {
						if (ink.touches(stretch, LABEL_GAP)) {
							clashes.add(at + " on the arrow " + arrow.from() + "->" + arrow.to() + " " + stretch);
						}
					}
				}
				for (Symbol symbol : page.symbols()) {
					if (symbol.crossedBy(new Segment(ink.x(), ink.y(), ink.right(), ink.y()), 0)
							|| symbol.crossedBy(new Segment(ink.x(), ink.bottom(), ink.right(), ink.bottom()), 0)
							|| symbol.crossedBy(new Segment(ink.x(), ink.y(), ink.x(), ink.bottom()), 0)
							|| symbol.crossedBy(new Segment(ink.right(), ink.y(), ink.right(), ink.bottom()), 0)) {
						clashes.add(at + " on the symbol of langkah " + symbol.number());
					}
				}
				for (Connector connector : page.connectors()) {
					if (ink.overlaps(connector.bounds(), LABEL_GAP)) {
						clashes.add(at + " on connector " + connector.letter());
					}
				}
			}
		}
		assertEquals(List.of(), clashes, name + " " + kertas);
	}

	@ParameterizedTest(name = "{0} {1}, {2} langkah per halaman")
	@MethodSource("drawings")
	void noSymbolIsCrossedByALineThatDoesNotEndAtIt(String name, UkuranKertas kertas, int perPage, Sop sop) {
		List<String> crossings = new ArrayList<>();
		for (FlowchartGeometry page : pages(sop, kertas, perPage)) {
			for (Arrow arrow : page.arrows()) {
				for (Segment stretch : arrow.stretches()) {
					for (Symbol symbol : page.symbols()) {
						if (!symbol.number().equals(arrow.from()) && !symbol.number().equals(arrow.to())
								&& symbol.crossedBy(stretch, 0.2)) {
							crossings.add(arrow.from() + "->" + arrow.to() + " crosses langkah " + symbol.number());
						}
					}
					for (Connector connector : page.connectors()) {
						Rect inside = new Rect(connector.bounds().x() + 0.2, connector.bounds().y() + 0.2,
								connector.bounds().width() - 0.4, connector.bounds().height() - 0.4);
						if (!connector.letter().equals(arrow.from()) && !connector.letter().equals(arrow.to())
								&& inside.touches(stretch, 0)) {
							crossings.add(arrow.from() + "->" + arrow.to() + " crosses connector " + connector.letter());
						}
					}
				}
			}
		}
		assertEquals(List.of(), crossings, name + " " + kertas);
	}

	@ParameterizedTest(name = "{0} {1}, {2} langkah per halaman")
	@MethodSource("drawings")
	void everyConnectorStandsInTheRowOfItsStep(String name, UkuranKertas kertas, int perPage, Sop sop) {
		List<String> misplaced = new ArrayList<>();
		int connectors = 0;
		for (FlowchartGeometry page : pages(sop, kertas, perPage)) {
			for (Arrow arrow : page.arrows()) {
				boolean out = isLetter(arrow.to());
				if (!out && !isLetter(arrow.from())) {
					continue;
				}
				connectors++;
				Connector connector = page.connector(out ? arrow.to() : arrow.from());
				assertEquals(out, connector.outgoing(), "connector " + connector.letter());
				double[] row = page.rowAt(page.symbol(out ? arrow.from() : arrow.to()).bounds().cy());
				if (connector.bounds().y() < row[0] || connector.bounds().bottom() > row[1]) {
					misplaced.add("connector %s (%.1f to %.1f) outside the row of langkah %s (%.1f to %.1f)".formatted(
							connector.letter(), connector.bounds().y(), connector.bounds().bottom(), out ? arrow.from() : arrow.to(),
							row[0], row[1]));
				}
			}
		}
		assertEquals(List.of(), misplaced, name + " " + kertas);
		if (perPage == 4 && sop.getLangkah().size() > 4) {
			assertTrue(connectors >= 2, name + ": a flowchart over pages has connectors");
		}
	}

	@ParameterizedTest(name = "{0} {1}, {2} langkah per halaman")
	@MethodSource("drawings")
	void linesKeepApartFromLaneBordersAndEachOtherAndJumpWhereTheyCross(String name, UkuranKertas kertas, int perPage, Sop sop) {
		List<String> faults = new ArrayList<>();
		for (FlowchartGeometry page : pages(sop, kertas, perPage)) {
			List<Double> borders = new ArrayList<>(page.laneBorders());
			borders.add(0.0);
			borders.add(page.width());
			for (Arrow arrow : page.arrows()) {
				for (Segment stretch : arrow.stretches()) {
					for (double border : borders) {
						if (stretch.upright() && Math.abs(stretch.x1() - border) < BORDER_GAP) {
							faults.add("%s->%s runs %.2f mm beside the lane border at x %.1f".formatted(arrow.from(), arrow.to(),
									Math.abs(stretch.x1() - border), border));
						}
					}
					for (Arrow other : page.arrows()) {
						for (Segment upright : other.stretches()) {
							if (other != arrow && stretch.level() && upright.upright() && crossesInside(stretch, upright)) {
								faults.add("%s->%s crosses %s->%s at (%.1f, %.1f) without a jump".formatted(arrow.from(), arrow.to(),
										other.from(), other.to(), upright.x1(), stretch.y1()));
							}
							if (other != arrow && runAlong(stretch, upright)) {
								faults.add("%s->%s runs along %s->%s at %s".formatted(arrow.from(), arrow.to(), other.from(), other.to(),
										stretch));
							}
						}
					}
				}
			}
		}
		assertEquals(List.of(), faults, name + " " + kertas);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("documents")
	void thePdfBreaksLinesOnlyBetweenWordsOrAtAHyphen(String name, UkuranKertas kertas, Sop sop) {
		Set<String> words = words(sop);
		List<String> cut = new ArrayList<>();
		byte[] pdf = Documents.sop(sop, DocumentFormat.PDF, DocumentSettings.standard().withKertas(kertas));
		for (String line : pdfLines(pdf)) {
			for (String token : line.split("\\s+")) {
				String bare = token.replaceAll("^[(\"']+|[).,;:\"']+$", "");
				if (bare.length() > 1 && !bare.endsWith("-") && !words.contains(bare)
						&& words.stream().anyMatch(word -> word.length() > bare.length() && word.startsWith(bare))) {
					cut.add("'" + bare + "' in: " + line);
				}
			}
		}
		assertEquals(List.of(), cut, name + " " + kertas);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("documents")
	void everyWordOfTheWordFlowchartFitsItsCell(String name, UkuranKertas kertas, Sop sop) {
		XWPFDocument doc = ReadBack.docx(Documents.sop(sop, DocumentFormat.DOCX, DocumentSettings.standard().withKertas(kertas)));
		List<String> tooWide = new ArrayList<>();
		for (XWPFTable table : doc.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					double room = Double.parseDouble(cell.getCTTc().getTcPr().getTcW().getW().toString()) / 1440 * 25.4 - 2 * WORD_CELL_MARGIN;
					for (XWPFParagraph paragraph : cell.getParagraphs()) {
						for (XWPFRun run : paragraph.getRuns()) {
							Font font = (run.isBold() ? BOLD : Fonts.regular()).deriveFont(run.getFontSizeAsDouble().floatValue());
							for (String word : run.text().split("\\s+")) {
								double width = font.getStringBounds(word, CONTEXT).getWidth() * 25.4 / 72;
								if (width > room + 0.05) {
									tooWide.add("'%s' %.1f mm in a cell with %.1f mm for text".formatted(word, width, room));
								}
							}
						}
					}
				}
			}
		}
		assertEquals(List.of(), tooWide, name + " " + kertas);
	}

	private static Font bold() {
		try (InputStream in = Fonts.class.getResourceAsStream(Fonts.BOLD)) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (FontFormatException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<FlowchartGeometry> pages(Sop sop, UkuranKertas kertas, int perPage) {
		FlowchartTable table = new FlowchartTable(sop, DocumentSettings.standard().withKertas(kertas).withStepsPerPage(perPage));
		List<FlowchartGeometry> pages = new ArrayList<>();
		for (Page page : table.layout().pages()) {
			pages.add(FlowchartGeometry.read(table.layout(), page, FlowchartSvg.page(table.layout(), page)));
		}
		return pages;
	}

	/** Whether a level and an upright stretch cross where neither ends. */
	private static boolean crossesInside(Segment level, Segment upright) {
		double x = upright.x1();
		double y = level.y1();
		return x > Math.min(level.x1(), level.x2()) + 0.05 && x < Math.max(level.x1(), level.x2()) - 0.05
				&& y > Math.min(upright.y1(), upright.y2()) + 0.05 && y < Math.max(upright.y1(), upright.y2()) - 0.05;
	}

	/** Whether two stretches lie on one line and share a piece of it: two arrows drawn as one. */
	private static boolean runAlong(Segment a, Segment b) {
		if (a.level() && b.level() && Math.abs(a.y1() - b.y1()) < 0.05) {
			return overlap(a.x1(), a.x2(), b.x1(), b.x2()) > 0.1;
		}
		return a.upright() && b.upright() && Math.abs(a.x1() - b.x1()) < 0.05 && overlap(a.y1(), a.y2(), b.y1(), b.y2()) > 0.1;
	}

	private static double overlap(double a1, double a2, double b1, double b2) {
		return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
	}

	private static boolean isLetter(String end) {
		return end.length() == 1 && Character.isLetter(end.charAt(0));
	}

	/**
	 * Every word of the SOP's source and of the document's captions, as written and in capitals (the title
	 * is printed in capitals), and each part of a word with a hyphen in it (a line may end at that hyphen).
	 */
	private static Set<String> words(Sop sop) {
		String source = NodeModelUtils.getNode(sop).getRootNode().getText() + CAPTIONS;
		Set<String> words = new HashSet<>();
		for (String token : source.split("[\\s\"]+")) {
			String bare = token.replaceAll("^[(\"']+|[).,;:\"']+$", "");
			for (String word : Stream.concat(Stream.of(bare), Stream.of(bare.split("-"))).toList()) {
				words.add(word);
				words.add(word.toUpperCase(Locale.ROOT));
			}
		}
		return words;
	}

	/** The lines of a PDF's text as they stand on its pages. */
	private static List<String> pdfLines(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return List.of(stripper.getText(document).split("\\R"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
