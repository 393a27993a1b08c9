package org.dinsos.sop.tests.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dinsos.sop.diagram.layout.Lane;
import org.dinsos.sop.diagram.layout.Page;
import org.dinsos.sop.diagram.layout.SwimlaneLayout;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.FlowchartTable;
import org.dinsos.sop.generator.svg.FlowchartSvg;
import org.dinsos.sop.query.Flow;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.support.ReadBack;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The printed flowchart, read back from its SVG: one symbol per step of the right shape in its actor's
 * lane, one arrow per flow edge, off-page connectors in pairs with the same letter.
 */
class FlowchartTest {

	private static final XtextResourceSet EXAMPLES = Sops.loadExamples();

	static Stream<Arguments> sopsAndPageSizes() {
		return Stream.of("lakip.sop", "renja.sop", "laporan-tahunan.sop", "pengukuran-kinerja.sop", "kak.sop")
				.flatMap(file -> Stream.of(3, 4, 8, 20).map(perPage -> Arguments.of(file, perPage)));
	}

	@ParameterizedTest
	@MethodSource("sopsAndPageSizes")
	void theSvgDrawsEveryStepEdgeAndConnector(String file, int stepsPerPage) {
		Sop sop = Sops.sop(EXAMPLES, file);
		FlowchartTable table = new FlowchartTable(sop, DocumentSettings.standard().withStepsPerPage(stepsPerPage));
		SwimlaneLayout layout = table.layout();
		int next = 0;
		for (Page page : layout.pages()) {
			assertEquals(next, page.first(), "pages follow each other");
			assertTrue(page.last() - page.first() + 1 <= stepsPerPage, "at most " + stepsPerPage + " steps on a page");
			next = page.last() + 1;
		}
		assertEquals(sop.getLangkah().size(), next);
		if (stepsPerPage <= 4) {
			assertEquals((sop.getLangkah().size() + stepsPerPage - 1) / stepsPerPage, layout.pages().size());
		}

		List<String> drawnSteps = new ArrayList<>();
		List<String> stepToStep = new ArrayList<>();
		Map<String, List<String>> connectors = new HashMap<>();
		List<String> intoConnectors = new ArrayList<>();
		List<String> outOfConnectors = new ArrayList<>();
		for (Page page : layout.pages()) {
			Document svg = ReadBack.xml(FlowchartSvg.page(layout, page));
			for (Element symbol : ReadBack.byClass(svg, "langkah")) {
				Langkah step = step(sop, symbol.getAttribute("data-langkah"));
				drawnSteps.add(step.getName());
				assertEquals(expectedShape(step), symbol.getAttribute("data-simbol"), file + " langkah " + step.getName());
				assertEquals(step.getPelaksana().getName(), symbol.getAttribute("data-pelaksana"));
				Lane lane = layout.lanes().stream().filter(l -> l.id().equals(step.getPelaksana().getName())).findFirst().orElseThrow();
				double centre = centreX((Element) symbol.getFirstChild());
				assertTrue(centre > lane.x() && centre < lane.x() + lane.width(), file + " langkah " + step.getName() + " outside its lane");
			}
			for (Element arrow : ReadBack.byClass(svg, "panah")) {
				String from = arrow.getAttribute("data-dari");
				String to = arrow.getAttribute("data-ke");
				if (isLetter(to)) {
					intoConnectors.add(from + "->" + to);
				} else if (isLetter(from)) {
					outOfConnectors.add(from + "->" + to);
				} else {
					stepToStep.add(from + "->" + to);
				}
			}
			for (Element connector : ReadBack.byClass(svg, "penghubung")) {
				connectors.computeIfAbsent(connector.getAttribute("data-huruf"), k -> new ArrayList<>())
						.add(connector.getAttribute("data-arah") + "@" + page.number());
			}
		}
		assertEquals(sop.getLangkah().stream().map(Langkah::getName).toList(), drawnSteps);

		List<String> expectedEdges = flowEdges(sop);
		List<String> drawnEdges = new ArrayList<>(stepToStep);
		for (String into : intoConnectors) {
			String letter = into.substring(into.indexOf("->") + 2);
			String out = outOfConnectors.stream().filter(o -> o.startsWith(letter + "->")).findFirst().orElseThrow();
			drawnEdges.add(into.substring(0, into.indexOf("->")) + "->" + out.substring(out.indexOf("->") + 2));
		}
		assertEquals(expectedEdges.stream().sorted().toList(), drawnEdges.stream().sorted().toList());
		assertEquals(intoConnectors.size(), outOfConnectors.size());
		for (Map.Entry<String, List<String>> letter : connectors.entrySet()) {
			List<String> sides = letter.getValue();
			assertEquals(2, sides.size(), "connector " + letter.getKey());
			assertTrue(sides.stream().anyMatch(s -> s.startsWith("keluar")) && sides.stream().anyMatch(s -> s.startsWith("masuk")),
					"connector " + letter.getKey() + " " + sides);
		}
		assertEquals(intoConnectors.size(), connectors.size());
	}

	/** The arrows the SOP's flow has: a row to the next (or to `lanjut ke`), a decision's Ya and Tidak. */
	private static List<String> flowEdges(Sop sop) {
		List<String> edges = new ArrayList<>();
		for (Langkah step : sop.getLangkah()) {
			for (Langkah next : Flow.next(step)) {
				edges.add(step.getName() + "->" + next.getName());
			}
		}
		return edges;
	}

	private static String expectedShape(Langkah step) {
		return step instanceof Keputusan ? "decision" : Flow.isStart(step) || Flow.isEnd(step) ? "terminator" : "process";
	}

	private static Langkah step(Sop sop, String number) {
		return sop.getLangkah().stream().filter(l -> l.getName().equals(number)).findFirst().orElseThrow();
	}

	private static boolean isLetter(String end) {
		return end.length() == 1 && Character.isLetter(end.charAt(0));
	}

	private static double centreX(Element shape) {
		if (shape.getTagName().endsWith("rect")) {
			return Double.parseDouble(shape.getAttribute("x")) + Double.parseDouble(shape.getAttribute("width")) / 2;
		}
		String[] corners = shape.getAttribute("points").split(" ");
		double sum = 0;
		for (String corner : corners) {
			sum += Double.parseDouble(corner.split(",")[0]);
		}
		return sum / corners.length;
	}
}
