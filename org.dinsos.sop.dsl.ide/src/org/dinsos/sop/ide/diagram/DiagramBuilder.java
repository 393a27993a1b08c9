package org.dinsos.sop.ide.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dinsos.sop.diagram.layout.Edge;
import org.dinsos.sop.diagram.layout.Node;
import org.dinsos.sop.diagram.layout.Page;
import org.dinsos.sop.diagram.layout.Shape;
import org.dinsos.sop.diagram.layout.SwimlaneLayout;
import org.dinsos.sop.diagram.layout.SwimlaneLayouter;
import org.dinsos.sop.ide.Descriptions;
import org.dinsos.sop.ide.diagram.DiagramModel.Arrow;
import org.dinsos.sop.ide.diagram.DiagramModel.EdgePlacement;
import org.dinsos.sop.ide.diagram.DiagramModel.Element;
import org.dinsos.sop.ide.diagram.DiagramModel.Graph;
import org.dinsos.sop.ide.diagram.DiagramModel.Label;
import org.dinsos.sop.ide.diagram.DiagramModel.Lane;
import org.dinsos.sop.ide.diagram.DiagramModel.Marker;
import org.dinsos.sop.ide.diagram.DiagramModel.Point;
import org.dinsos.sop.ide.diagram.DiagramModel.Size;
import org.dinsos.sop.ide.diagram.DiagramModel.Step;
import org.dinsos.sop.query.Flow;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.MutuBaku;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

/**
 * Builds the diagram model of an SOP from the shared swimlane layout, on one endless page: the same lanes,
 * symbols and arrows as the printed flowchart, with rows as high as the text in each symbol needs. Element
 * ids are the name-based URI fragments of the SOP's elements (`langkah:7`, `pelaksana:kadis`), so a node
 * keeps its id while the text around it changes.
 */
public final class DiagramBuilder {

	static final double LANE_WIDTH = 200;
	static final double HEADER = 44;
	/** The width of a symbol, the layouter's share of its lane. */
	private static final double NODE_WIDTH = LANE_WIDTH * 0.62;
	static final double LINE_HEIGHT = 14;
	/** Room between two symbols for the arrow, its label and a channel's turn. */
	private static final double ROW_GAP = 44;
	/** Average width of a character of the 11 px diagram font, rounded up so that lines rather fit. */
	private static final double CHAR_WIDTH = 6.2;
	private static final int MAX_LINES = 5;
	/** Share of a decision's width and height that its text may take and still stay inside the diamond. */
	private static final double DIAMOND_TEXT_WIDTH = 0.55;
	private static final double DIAMOND_TEXT_HEIGHT = 0.45;

	private final Sop sop;
	private final Document document;
	private final List<Issue> issues;
	private final Set<String> ids = new HashSet<>();
	private final Map<Langkah, String> stepIds = new LinkedHashMap<>();

	private DiagramBuilder(Sop sop, Document document, List<Issue> issues) {
		this.sop = sop;
		this.document = document;
		this.issues = issues;
	}

	/** The diagram of the SOP whose text is the document, each node marked with the given problems that lie in it. */
	public static Graph build(Sop sop, Document document, List<Issue> issues) {
		return new DiagramBuilder(sop, document, issues).graph();
	}

	private Graph graph() {
		List<Element> children = new ArrayList<>();
		if (sop.getLangkah().isEmpty()) {
			// An SOP still being written: the layout needs rows, the lanes alone stand in their declared order.
			for (Pelaksana pelaksana : sop.getPelaksana()) {
				children.add(lane(pelaksana, children.size() * LANE_WIDTH, LANE_WIDTH, HEADER + ROW_GAP));
			}
			return new Graph("graph", "sop:" + sop.getName(), document.getVersion(), children);
		}
		SwimlaneLayout layout = SwimlaneLayouter.layout(sop, LANE_WIDTH, Integer.MAX_VALUE, Double.MAX_VALUE,
				step -> height(step, shape(step)) + ROW_GAP);
		// One page: no rows are cut off, so every arrow runs between two steps and no connector is needed.
		Page page = layout.pages().get(0);
		for (int i = 0; i < sop.getPelaksana().size(); i++) {
			children.add(lane(sop.getPelaksana().get(i), layout.lanes().get(i).x(), layout.lanes().get(i).width(),
					HEADER + page.height()));
		}
		for (Node node : page.nodes()) {
			children.add(step(node));
		}
		for (Edge edge : page.edges()) {
			children.add(arrow(edge));
		}
		return new Graph("graph", "sop:" + sop.getName(), document.getVersion(), children);
	}

	private Lane lane(Pelaksana pelaksana, double x, double width, double height) {
		String id = id(pelaksana);
		return new Lane("lane", id, pelaksana.getName(), pelaksana.getLabel(), new Point(x, 0), new Size(width, height),
				range(pelaksana), markers(id, pelaksana));
	}

	private Step step(Node node) {
		Langkah step = node.step();
		String id = id(step);
		stepIds.put(step, id);
		double height = height(step, node.shape());
		Pelaksana pelaksana = step.getPelaksana();
		// A step cut short by a syntax error may have no Mutu Baku yet.
		MutuBaku mutuBaku = step.getMutuBaku();
		return new Step(type(node.shape()), id, step.getName(), Descriptions.kind(step),
				pelaksana == null || pelaksana.eIsProxy() ? null : pelaksana.getName(), step.getKegiatan(),
				lines(step, node.shape()), Descriptions.waktu(mutuBaku == null ? null : mutuBaku.getWaktu()),
				mutuBaku == null ? List.of() : List.copyOf(mutuBaku.getOutput()),
				new Point(node.left(), HEADER + node.cy() - height / 2), new Size(node.width(), height), range(step),
				markers(id, step));
	}

	/**
	 * An arrow along the layout's route. Its first and last points are left to the webview, which puts them
	 * on the outline of each symbol as drawn there, taller than the printed one.
	 */
	private Arrow arrow(Edge edge) {
		List<org.dinsos.sop.diagram.layout.Point> points = edge.points();
		List<Point> routingPoints = points.subList(1, points.size() - 1).stream()
				.map(point -> new Point(point.x(), HEADER + point.y())).toList();
		String source = stepId(edge.from());
		String target = stepId(edge.to());
		String cabang = edge.kind() == Edge.Kind.FLOW ? null : edge.kind().name().toLowerCase(Locale.ROOT);
		String id = source + (cabang == null ? "/alur" : "/" + cabang);
		List<Element> label = cabang == null ? List.of()
				: List.of(new Label("label:cabang", id + "/label", edge.kind().label(),
						new EdgePlacement(0.15, "right", false, 4)));
		return new Arrow("edge", id, source, target, cabang, routingPoints, label);
	}

	private String stepId(String nomor) {
		return stepIds.entrySet().stream().filter(entry -> nomor.equals(entry.getKey().getName())).findFirst()
				.map(Map.Entry::getValue).orElseThrow();
	}

	private static String type(Shape shape) {
		return switch (shape) {
			case TERMINATOR -> "node:terminator";
			case PROCESS -> "node:proses";
			case DECISION -> "node:keputusan";
		};
	}

	private static Shape shape(Langkah step) {
		return step instanceof Keputusan ? Shape.DECISION
				: Flow.isStart(step) || Flow.isEnd(step) ? Shape.TERMINATOR : Shape.PROCESS;
	}

	/** The symbol's height: its lines of text, with the padding its outline needs. */
	private static double height(Langkah step, Shape shape) {
		double text = lines(step, shape).size() * LINE_HEIGHT;
		return switch (shape) {
			case TERMINATOR -> Math.max(32, text + 14);
			case PROCESS -> Math.max(36, text + 14);
			case DECISION -> Math.max(56, text / DIAMOND_TEXT_HEIGHT);
		};
	}

	/** "7. Mengoreksi Dokumen LAKIP", broken into the lines that fit the symbol, the last cut short with "…". */
	private static List<String> lines(Langkah step, Shape shape) {
		double textWidth = switch (shape) {
			case TERMINATOR -> NODE_WIDTH - 28;
			case PROCESS -> NODE_WIDTH - 12;
			case DECISION -> NODE_WIDTH * DIAMOND_TEXT_WIDTH;
		};
		String text = step.getName() + ". " + (step.getKegiatan() == null ? "" : step.getKegiatan());
		return Lines.wrap(text, (int) (textWidth / CHAR_WIDTH), MAX_LINES);
	}

	/** The element's URI fragment, made unique when a number or an id is written twice. */
	private String id(EObject element) {
		String fragment = element.eResource().getURIFragment(element);
		String id = fragment;
		for (int copy = 2; !ids.add(id); copy++) {
			id = fragment + "~" + copy;
		}
		return id;
	}

	private Range range(EObject element) {
		INode node = NodeModelUtils.findActualNodeFor(element);
		return new Range(document.getPosition(node.getOffset()), document.getPosition(node.getEndOffset()));
	}

	/** A marker with the problems that lie in the element's text, or nothing when it has none. */
	private List<Element> markers(String id, EObject element) {
		INode node = NodeModelUtils.findActualNodeFor(element);
		List<DiagramModel.Issue> found = issues.stream()
				.filter(issue -> issue.getOffset() != null && issue.getOffset() >= node.getOffset()
						&& issue.getOffset() < node.getEndOffset())
				.map(issue -> new DiagramModel.Issue(issue.getSeverity().name().toLowerCase(Locale.ROOT),
						issue.getMessage()))
				.toList();
		return found.isEmpty() ? List.of() : List.of(new Marker("marker", id + "/masalah", found));
	}
}
