package org.dinsos.sop.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.dinsos.sop.query.Flow;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;

/**
 * Lays an SOP out as the SOP AP flowchart draws it: one lane per pelaksana in declared order, one row
 * per step, each symbol in its actor's lane, orthogonal arrows between them. An arrow to the next row
 * goes down; any other goes out of the symbol's side, along a channel in a lane's margin where no
 * symbol stands (left of the target for a loop back, right for a jump ahead) and into the target's
 * side. The rows are cut into pages of at most a set number of steps, fewer where their height would
 * not fit the page; an arrow between pages ends in a lettered off-page connector at the bottom of one
 * page and starts again from its twin at the top of the other.
 */
public final class SwimlaneLayouter {

	/** The least height of a row, in millimetres: a symbol and the arrow into and out of it. */
	public static final double MIN_ROW_HEIGHT = 16;
	/** Room an off-page connector takes at the top or bottom of a page's first or last row. */
	public static final double CONNECTOR_BAND = 11;

	private static final double TERMINATOR_HEIGHT = 7;
	private static final double PROCESS_HEIGHT = 8;
	private static final double DECISION_HEIGHT = 11;
	private static final double NODE_WIDTH_SHARE = 0.62;
	private static final double CHANNEL_STEP = 1.2;

	private final Sop sop;
	private final double laneWidth;
	private final int stepsPerPage;
	private final double pageHeight;
	private final List<Integer> pageOf = new ArrayList<>();
	private final List<Lane> lanes = new ArrayList<>();
	private final Map<Langkah, Integer> rowOf = new HashMap<>();
	private final Map<String, Integer> channelsUsed = new HashMap<>();

	private SwimlaneLayouter(Sop sop, double laneWidth, int stepsPerPage, double pageHeight) {
		this.sop = sop;
		this.laneWidth = laneWidth;
		this.stepsPerPage = Math.max(1, stepsPerPage);
		this.pageHeight = pageHeight;
	}

	/**
	 * The layout of an SOP with lanes of the given width (mm), at most the given number of steps on a
	 * page whose rows may take `pageHeight` (mm), and rows at least as high as `textHeight` says each
	 * step's text needs (mm).
	 */
	public static SwimlaneLayout layout(Sop sop, double laneWidth, int stepsPerPage, double pageHeight,
			ToDoubleFunction<Langkah> textHeight) {
		return new SwimlaneLayouter(sop, laneWidth, stepsPerPage, pageHeight).compute(textHeight);
	}

	private record Arrow(Langkah from, Langkah to, Edge.Kind kind) {
	}

	private SwimlaneLayout compute(ToDoubleFunction<Langkah> textHeight) {
		for (Pelaksana pelaksana : sop.getPelaksana()) {
			lanes.add(new Lane(pelaksana.getName(), pelaksana.getLabel(), lanes.size(), lanes.size() * laneWidth, laneWidth));
		}
		List<Langkah> steps = sop.getLangkah();
		for (int i = 0; i < steps.size(); i++) {
			rowOf.put(steps.get(i), i);
		}
		paginate(steps, textHeight);
		List<Arrow> arrows = arrows(steps);
		int pageCount = steps.isEmpty() ? 1 : pageOf.get(steps.size() - 1) + 1;
		boolean[] topBand = new boolean[pageCount];
		boolean[] bottomBand = new boolean[pageCount];
		for (Arrow arrow : arrows) {
			if (page(arrow.from) != page(arrow.to)) {
				bottomBand[page(arrow.from)] = true;
				topBand[page(arrow.to)] = true;
			}
		}

		List<PageBuilder> pages = new ArrayList<>();
		for (int p = 0; p < pageCount; p++) {
			int first = pageOf.indexOf(p);
			int last = pageOf.lastIndexOf(p);
			pages.add(new PageBuilder(p, first, last, topBand[p], bottomBand[p], textHeight));
		}
		char letter = 'A';
		for (Arrow arrow : arrows) {
			PageBuilder source = pages.get(page(arrow.from));
			PageBuilder target = pages.get(page(arrow.to));
			if (source == target) {
				source.edges.add(route(source, arrow));
			} else {
				source.outgoing(arrow, letter);
				target.incoming(arrow, letter);
				letter++;
			}
		}
		return new SwimlaneLayout(List.copyOf(lanes), pages.stream().map(PageBuilder::build).toList());
	}

	/** Puts each row on a page: a new page after `stepsPerPage` rows, or before a row that would not fit. */
	private void paginate(List<Langkah> steps, ToDoubleFunction<Langkah> textHeight) {
		int page = 0;
		int onPage = 0;
		double used = 2 * CONNECTOR_BAND;
		for (Langkah step : steps) {
			double height = Math.max(MIN_ROW_HEIGHT, textHeight.applyAsDouble(step));
			if (onPage > 0 && (onPage == stepsPerPage || used + height > pageHeight)) {
				page++;
				onPage = 0;
				used = 2 * CONNECTOR_BAND;
			}
			pageOf.add(page);
			onPage++;
			used += height;
		}
	}

	/** Every arrow of the flow, in the order of the rows: next row or `lanjut ke`, or a decision's two exits. */
	private static List<Arrow> arrows(List<Langkah> steps) {
		List<Arrow> arrows = new ArrayList<>();
		for (Langkah step : steps) {
			if (step instanceof Keputusan keputusan) {
				addIfResolved(arrows, step, keputusan.getYa(), Edge.Kind.YA);
				addIfResolved(arrows, step, keputusan.getTidak(), Edge.Kind.TIDAK);
			} else if (step instanceof Proses proses && !Flow.isEnd(proses)) {
				addIfResolved(arrows, step, proses.getLanjut() != null ? proses.getLanjut() : Flow.row(step, 1),
						Edge.Kind.FLOW);
			}
		}
		return arrows;
	}

	private static void addIfResolved(List<Arrow> arrows, Langkah from, Langkah to, Edge.Kind kind) {
		if (to != null && !to.eIsProxy()) {
			arrows.add(new Arrow(from, to, kind));
		}
	}

	private int page(Langkah step) {
		return pageOf.get(rowOf.get(step));
	}

	private int laneOf(Langkah step) {
		Pelaksana actor = step.getPelaksana();
		int index = actor == null || actor.eIsProxy() ? -1 : sop.getPelaksana().indexOf(actor);
		return Math.max(0, index);
	}

	/** The arrow between two steps on the same page. */
	private Edge route(PageBuilder page, Arrow arrow) {
		Node from = page.node(arrow.from);
		Node to = page.node(arrow.to);
		List<Point> points = new ArrayList<>();
		if (to.row() == from.row() + 1) {
			points.add(new Point(from.cx(), from.bottom()));
			if (Math.abs(from.cx() - to.cx()) > 0.01) {
				// Halfway between the symbol and the row's lower edge: in the source row, where no other symbol stands.
				double turn = (from.bottom() + page.rowBottom(from.row())) / 2;
				points.add(new Point(from.cx(), turn));
				points.add(new Point(to.cx(), turn));
			}
			points.add(new Point(to.cx(), to.top()));
		} else {
			boolean back = to.row() <= from.row();
			double channel = channel(to.lane(), back);
			points.addAll(sideRoute(from, channel, to.cy()));
			points.add(new Point(back ? to.left() : to.right(), to.cy()));
		}
		return new Edge(from.number(), to.number(), arrow.kind, points);
	}

	/** Out of a symbol's side towards a channel, then along it to the given height. */
	private static List<Point> sideRoute(Node from, double channel, double toY) {
		double exit = channel < from.cx() ? from.left() : from.right();
		return List.of(new Point(exit, from.cy()), new Point(channel, from.cy()), new Point(channel, toY));
	}

	/** A vertical path in a lane's margin, left of its symbols for loops back and right for jumps ahead. */
	private double channel(int lane, boolean left) {
		String key = lane + (left ? "L" : "R");
		int used = channelsUsed.merge(key, 1, Integer::sum) - 1;
		double margin = laneWidth * (1 - NODE_WIDTH_SHARE) / 2;
		double offset = CHANNEL_STEP * (1 + used % Math.max(1, (int) ((margin - 0.3) / CHANNEL_STEP)));
		Lane l = lanes.get(lane);
		return left ? l.x() + offset : l.x() + l.width() - offset;
	}

	/** Rows, symbols, arrows and connectors of one page, in page coordinates. */
	private final class PageBuilder {
		private final int number;
		private final int first;
		private final int last;
		private final boolean topBand;
		private final boolean bottomBand;
		private final List<Double> tops = new ArrayList<>();
		private final List<Double> heights = new ArrayList<>();
		private final Map<Langkah, Node> nodes = new HashMap<>();
		private final List<Node> nodeList = new ArrayList<>();
		private final List<Edge> edges = new ArrayList<>();
		private final List<Connector> connectors = new ArrayList<>();
		private final Map<String, Integer> connectorsAt = new HashMap<>();

		PageBuilder(int number, int first, int last, boolean topBand, boolean bottomBand,
				ToDoubleFunction<Langkah> textHeight) {
			this.number = number;
			this.first = first;
			this.last = last;
			this.topBand = topBand;
			this.bottomBand = bottomBand;
			double y = 0;
			for (int row = first; row <= last; row++) {
				Langkah step = sop.getLangkah().get(row);
				double bandAbove = row == first && topBand ? CONNECTOR_BAND : 0;
				double bandBelow = row == last && bottomBand ? CONNECTOR_BAND : 0;
				double height = Math.max(MIN_ROW_HEIGHT, textHeight.applyAsDouble(step)) + bandAbove + bandBelow;
				tops.add(y);
				heights.add(height);
				Node node = node(step, row, y + bandAbove + (height - bandAbove - bandBelow) / 2);
				nodes.put(step, node);
				nodeList.add(node);
				y += height;
			}
		}

		private Node node(Langkah step, int row, double cy) {
			Shape shape = step instanceof Keputusan ? Shape.DECISION
					: Flow.isStart(step) || Flow.isEnd(step) ? Shape.TERMINATOR : Shape.PROCESS;
			double height = switch (shape) {
				case TERMINATOR -> TERMINATOR_HEIGHT;
				case PROCESS -> PROCESS_HEIGHT;
				case DECISION -> DECISION_HEIGHT;
			};
			int lane = laneOf(step);
			double cx = lanes.isEmpty() ? laneWidth / 2 : lanes.get(lane).centre();
			return new Node(step, step.getName(), shape, lane, row, cx, cy, laneWidth * NODE_WIDTH_SHARE, height);
		}

		Node node(Langkah step) {
			return nodes.get(step);
		}

		double rowBottom(int row) {
			return tops.get(row - first) + heights.get(row - first);
		}

		/** An arrow from a step to a connector at the bottom of this page, in the step's lane. */
		void outgoing(Arrow arrow, char letter) {
			Node from = node(arrow.from);
			Connector connector = connector(letter, true, from.lane(), rowBottom(last) - CONNECTOR_BAND / 2);
			List<Point> points = new ArrayList<>();
			if (from.row() == last) {
				points.add(new Point(from.cx(), from.bottom()));
				if (Math.abs(connector.cx() - from.cx()) > 0.01) {
					double turn = connector.cy() - Connector.SIZE / 2 - 1;
					points.add(new Point(from.cx(), turn));
					points.add(new Point(connector.cx(), turn));
				}
				points.add(new Point(connector.cx(), connector.cy() - Connector.SIZE / 2));
			} else {
				double channel = channel(from.lane(), arrow.to == arrow.from || rowOf.get(arrow.to) < rowOf.get(arrow.from));
				points.addAll(sideRoute(from, channel, connector.cy()));
				points.add(new Point(connector.cx() + (channel < connector.cx() ? -1 : 1) * Connector.SIZE / 2,
						connector.cy()));
			}
			edges.add(new Edge(from.number(), String.valueOf(letter), arrow.kind, points));
		}

		/** An arrow from a connector at the top of this page to a step, the connector in the step's lane. */
		void incoming(Arrow arrow, char letter) {
			Node to = node(arrow.to);
			Connector connector = connector(letter, false, to.lane(), CONNECTOR_BAND / 2);
			List<Point> points = new ArrayList<>();
			points.add(new Point(connector.cx(), connector.cy() + Connector.SIZE / 2));
			if (to.row() == first) {
				if (Math.abs(connector.cx() - to.cx()) > 0.01) {
					double turn = connector.cy() + Connector.SIZE / 2 + 1;
					points.add(new Point(connector.cx(), turn));
					points.add(new Point(to.cx(), turn));
				}
				points.add(new Point(to.cx(), to.top()));
			} else {
				double channel = channel(to.lane(), true);
				points.add(new Point(connector.cx(), connector.cy() + Connector.SIZE / 2 + 1));
				points.add(new Point(channel, connector.cy() + Connector.SIZE / 2 + 1));
				points.add(new Point(channel, to.cy()));
				points.add(new Point(to.left(), to.cy()));
			}
			edges.add(new Edge(String.valueOf(letter), to.number(), Edge.Kind.FLOW, points));
		}

		/** A connector in a band of a lane, beside any already there. */
		private Connector connector(char letter, boolean outgoing, int lane, double cy) {
			String key = lane + (outgoing ? "out" : "in");
			int index = connectorsAt.merge(key, 1, Integer::sum) - 1;
			double cx = (lanes.isEmpty() ? laneWidth / 2 : lanes.get(lane).centre())
					+ (index == 0 ? 0 : ((index + 1) / 2) * (index % 2 == 1 ? 1 : -1) * (Connector.SIZE + 1.5));
			Connector connector = new Connector(letter, outgoing, lane, cx, cy);
			connectors.add(connector);
			return connector;
		}

		Page build() {
			return new Page(number, first, last, List.copyOf(tops), List.copyOf(heights), List.copyOf(nodeList),
					List.copyOf(edges), List.copyOf(connectors));
		}
	}
}
