package org.dinsos.sop.diagram.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * symbol stands, apart from the lane's border (left of the target for a loop back, right for a jump
 * ahead) and into the target's side. The rows are cut into pages of at most a set number of steps,
 * fewer where their height would not fit the page; an arrow between pages ends in a lettered off-page
 * connector and starts again from its twin on the other page, each in its step's row: under the last
 * symbol and over the first where the flow simply goes on to the next page, else beside the symbol.
 * A decision's Ya and Tidak stand beside their exit where no line, border or symbol is; a level
 * stretch of an arrow jumps over an upright stretch of another where they cross.
 */
public final class SwimlaneLayouter {

	/** The least height of a row, in millimetres: a symbol and the arrow into and out of it. */
	public static final double MIN_ROW_HEIGHT = 16;
	/** Room an off-page connector takes at the top or bottom of a page's first or last row. */
	public static final double CONNECTOR_BAND = 11;

	/** The least height of a decision's row: room for its Ya and Tidak above the row's lower border. */
	public static final double MIN_DECISION_ROW_HEIGHT = 18;
	/** The type size of the Ya and Tidak labels, in millimetres (as the drawing sets them). */
	public static final double LABEL_SIZE = 2.6;
	/** The height of a label's box: the capitals of Liberation Sans, "Ya" and "Tidak" have no descenders. */
	public static final double LABEL_HEIGHT = LABEL_SIZE * 0.73;
	/** The least free space between a label and any line, border or symbol. */
	public static final double LABEL_CLEARANCE = 0.4;
	/** The least distance of a channel from its lane's border. */
	public static final double CHANNEL_BORDER_GAP = 1.5;
	/** Half the width of a jump, where a level stretch of an arrow hops over an upright one. */
	public static final double JUMP_RADIUS = 0.7;

	private static final double TERMINATOR_HEIGHT = 7;
	private static final double PROCESS_HEIGHT = 8;
	private static final double DECISION_HEIGHT = 11;
	private static final double MARGIN_SHARE = 0.22;
	private static final double MIN_MARGIN = 4;
	private static final double CHANNEL_STEP = 1.2;
	private static final double CHANNEL_SYMBOL_GAP = 1.1;
	private static final double SIDE_STEP = 2.5;
	private static final double LABEL_SEARCH = 10;
	private static final double LABEL_SEARCH_STEP = 0.2;
	/** How far from a label other arrows make its place crowded. */
	private static final double CROWDING_REACH = 2;

	private final Sop sop;
	private final double laneWidth;
	private final int stepsPerPage;
	private final double pageHeight;
	private final List<Integer> pageOf = new ArrayList<>();
	private final List<Lane> lanes = new ArrayList<>();
	private final Map<Langkah, Integer> rowOf = new HashMap<>();
	private final Map<String, Integer> channelsUsed = new HashMap<>();
	private final Map<String, Integer> sidesUsed = new HashMap<>();

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
			if (goesOnToNextPage(arrow)) {
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
		// Each arrow is made once: known by identity, which also spares a cold run the record's hashing set-up.
		Map<Arrow, Character> letters = new IdentityHashMap<>();
		char letter = 'A';
		for (Arrow arrow : arrows) {
			if (page(arrow.from) == page(arrow.to)) {
				PageBuilder page = pages.get(page(arrow.from));
				page.edges.add(route(page, arrow));
			} else {
				letters.put(arrow, letter++);
			}
		}
		// Connectors after the arrows within a page, so that each takes a side of its symbol they left free.
		for (Arrow arrow : arrows) {
			if (letters.containsKey(arrow)) {
				pages.get(page(arrow.from)).outgoing(arrow, letters.get(arrow));
			}
		}
		for (Arrow arrow : arrows) {
			if (letters.containsKey(arrow)) {
				pages.get(page(arrow.to)).incoming(arrow, letters.get(arrow));
			}
		}
		// A page's labels and jumps depend on that page alone: long SOPs have their pages finished on every core.
		return new SwimlaneLayout(List.copyOf(lanes), pages.parallelStream().map(PageBuilder::build).toList());
	}

	/** An arrow from the last row of a page down to the first of the next: the flow simply goes on. */
	private boolean goesOnToNextPage(Arrow arrow) {
		return page(arrow.from) != page(arrow.to) && rowOf.get(arrow.to) == rowOf.get(arrow.from) + 1;
	}

	/** A row's height: its text's, at least a symbol's with its arrows (and a decision's labels). */
	private static double rowHeight(Langkah step, ToDoubleFunction<Langkah> textHeight) {
		double least = step instanceof Keputusan ? MIN_DECISION_ROW_HEIGHT : MIN_ROW_HEIGHT;
		return Math.max(least, textHeight.applyAsDouble(step));
	}

	/** Puts each row on a page: a new page after `stepsPerPage` rows, or before a row that would not fit. */
	private void paginate(List<Langkah> steps, ToDoubleFunction<Langkah> textHeight) {
		int page = 0;
		int onPage = 0;
		double used = 2 * CONNECTOR_BAND;
		for (Langkah step : steps) {
			double height = rowHeight(step, textHeight);
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
			// Out of the symbol's side to the channel, along it, and into the target's side; an arrow on a
			// side another arrow already takes leaves or enters it a little higher or lower.
			boolean back = to.row() <= from.row();
			double channel = channel(page.number, to.lane(), back);
			boolean exitLeft = channel < from.cx();
			double fromDy = sideOffset(from, useSide(from, exitLeft));
			double toDy = sideOffset(to, useSide(to, back));
			points.add(new Point(from.sideX(exitLeft, fromDy), from.cy() + fromDy));
			points.add(new Point(channel, from.cy() + fromDy));
			points.add(new Point(channel, to.cy() + toDy));
			points.add(new Point(to.sideX(back, toDy), to.cy() + toDy));
		}
		return new Edge(from.number(), to.number(), arrow.kind, points);
	}

	/** Marks a side of a symbol as taken by an arrow; how many arrows took it before. */
	private int useSide(Node node, boolean left) {
		return sidesUsed.merge(side(node, left), 1, Integer::sum) - 1;
	}

	/** Where the arrow that takes a side after `before` others meets it: the middle, then above, below, ... */
	private static double sideOffset(Node node, int before) {
		double most = node.height() / 2 - 1;
		return Math.max(-most, Math.min(most, (before % 2 == 1 ? -1 : 1) * ((before + 1) / 2) * SIDE_STEP));
	}

	private boolean sideFree(Node node, boolean left) {
		return !sidesUsed.containsKey(side(node, left));
	}

	private static String side(Node node, boolean left) {
		return node.row() + (left ? "L" : "R");
	}

	/** The free space between a lane's border and the symbols standing in it. */
	private double margin() {
		return Math.max(laneWidth * MARGIN_SHARE, Math.min(MIN_MARGIN, laneWidth * 0.3));
	}

	/**
	 * A vertical path in a lane's margin on a page, left of its symbols for loops back and right for jumps
	 * ahead: the first close to the symbols, the next ones further out, none nearer the lane's border
	 * than {@link #CHANNEL_BORDER_GAP}.
	 */
	private double channel(int page, int lane, boolean left) {
		String key = page + ":" + lane + (left ? "L" : "R");
		int used = channelsUsed.merge(key, 1, Integer::sum) - 1;
		double nearest = margin() - CHANNEL_SYMBOL_GAP;
		int slots = Math.max(1, 1 + (int) Math.floor((nearest - CHANNEL_BORDER_GAP) / CHANNEL_STEP + 1e-9));
		double offset = Math.max(Math.min(CHANNEL_BORDER_GAP, nearest), nearest - CHANNEL_STEP * (used % slots));
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
				double height = rowHeight(step, textHeight) + bandAbove + bandBelow;
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
			return new Node(step, step.getName(), shape, lane, row, cx, cy, laneWidth - 2 * margin(), height);
		}

		Node node(Langkah step) {
			return nodes.get(step);
		}

		double rowBottom(int row) {
			return tops.get(row - first) + heights.get(row - first);
		}

		/**
		 * An arrow from a step to a connector: under the symbol in the page's lowest band where the flow
		 * goes on to the next page, else beside the symbol in its row, on the side the arrow heads to.
		 */
		void outgoing(Arrow arrow, char letter) {
			Node from = node(arrow.from);
			List<Point> points = new ArrayList<>();
			if (goesOnToNextPage(arrow)) {
				Connector connector = connector(letter, true, from.lane(), rowBottom(last) - CONNECTOR_BAND / 2);
				points.add(new Point(from.cx(), from.bottom()));
				if (Math.abs(connector.cx() - from.cx()) > 0.01) {
					double turn = connector.cy() - Connector.SIZE / 2 - 1;
					points.add(new Point(from.cx(), turn));
					points.add(new Point(connector.cx(), turn));
				}
				points.add(new Point(connector.cx(), connector.cy() - Connector.SIZE / 2));
			} else {
				boolean back = rowOf.get(arrow.to) <= rowOf.get(arrow.from);
				Beside beside = beside(from, back, letter, true);
				points.add(beside.atSymbol());
				points.add(beside.atConnector());
			}
			edges.add(new Edge(from.number(), String.valueOf(letter), arrow.kind, points));
		}

		/**
		 * An arrow from a connector to a step: over the symbol in the page's top band where the flow goes on
		 * from the page before, else beside the symbol in its row (left for a loop back, right for a jump
		 * ahead).
		 */
		void incoming(Arrow arrow, char letter) {
			Node to = node(arrow.to);
			List<Point> points = new ArrayList<>();
			if (goesOnToNextPage(arrow)) {
				Connector connector = connector(letter, false, to.lane(), CONNECTOR_BAND / 2);
				points.add(new Point(connector.cx(), connector.cy() + Connector.SIZE / 2));
				if (Math.abs(connector.cx() - to.cx()) > 0.01) {
					double turn = connector.cy() + Connector.SIZE / 2 + 1;
					points.add(new Point(connector.cx(), turn));
					points.add(new Point(to.cx(), turn));
				}
				points.add(new Point(to.cx(), to.top()));
			} else {
				boolean back = rowOf.get(arrow.to) <= rowOf.get(arrow.from);
				Beside beside = beside(to, back, letter, false);
				points.add(beside.atConnector());
				points.add(beside.atSymbol());
			}
			edges.add(new Edge(String.valueOf(letter), to.number(), Edge.Kind.FLOW, points));
		}

		/**
		 * A connector beside a symbol in its row: in the next lane on the wanted side (the other side when
		 * that one is taken or has no lane and no room), or in the symbol's own margin when it is wide
		 * enough; a second connector on a side stands further out, its arrow a little higher or lower.
		 */
		private Beside beside(Node node, boolean preferLeft, char letter, boolean outgoing) {
			boolean left = preferLeft;
			if ((!sideFree(node, left) || !room(node, left)) && sideFree(node, !left) && room(node, !left)) {
				left = !left;
			}
			int before = useSide(node, left);
			double dy = sideOffset(node, before);
			double y = node.cy() + dy;
			int neighbour = node.lane() + (left ? -1 : 1);
			double away = left ? -1 : 1;
			double cx = neighbour >= 0 && neighbour < lanes.size()
					? lanes.get(neighbour).centre() + away * before * (Connector.SIZE + 1.5)
					: (left ? node.left() : node.right()) + away * (1.5 + Connector.SIZE / 2 + before * (Connector.SIZE + 1.5));
			Connector connector = new Connector(letter, outgoing, node.lane(), cx, y);
			connectors.add(connector);
			return new Beside(new Point(node.sideX(left, dy), y), new Point(cx - away * Connector.SIZE / 2, y));
		}

		/** Whether a connector fits beside the symbol on a side: a lane there, or room in its own margin. */
		private boolean room(Node node, boolean left) {
			int neighbour = node.lane() + (left ? -1 : 1);
			return neighbour >= 0 && neighbour < lanes.size() || margin() >= Connector.SIZE + 2.5;
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
			List<Box> obstacles = obstacles();
			List<Box> labels = new ArrayList<>();
			List<Edge> finished = new ArrayList<>();
			for (Edge edge : edges) {
				Box label = edge.kind().label() == null ? null : label(edge, obstacles, labels);
				if (label != null) {
					labels.add(label);
				}
				finished.add(edge.with(label, jumps(edge)));
			}
			return new Page(number, first, last, List.copyOf(tops), List.copyOf(heights), List.copyOf(nodeList),
					List.copyOf(finished), List.copyOf(connectors));
		}

		/** What a label keeps clear of besides symbols and other labels: lane and row borders, arrows, connectors. */
		private List<Box> obstacles() {
			double width = drawingWidth();
			double height = rowBottom(last);
			List<Box> obstacles = new ArrayList<>();
			for (Lane lane : lanes) {
				obstacles.add(Box.line(new Point(lane.x(), 0), new Point(lane.x(), height)));
			}
			for (double top : tops) {
				obstacles.add(Box.line(new Point(0, top), new Point(width, top)));
			}
			for (Edge edge : edges) {
				obstacles.addAll(segments(edge));
			}
			double half = Connector.SIZE / 2;
			for (Connector connector : connectors) {
				obstacles.add(new Box(connector.cx() - half, connector.cy() - half, Connector.SIZE, Connector.SIZE));
			}
			return obstacles;
		}

		private double drawingWidth() {
			return lanes.isEmpty() ? laneWidth : lanes.get(lanes.size() - 1).x() + lanes.get(lanes.size() - 1).width();
		}

		private static List<Box> segments(Edge edge) {
			List<Box> segments = new ArrayList<>();
			for (int k = 1; k < edge.points().size(); k++) {
				segments.add(Box.line(edge.points().get(k - 1), edge.points().get(k)));
			}
			return segments;
		}

		/**
		 * The box of a decision exit's label: of the places on a grid around the exit, the nearest one clear
		 * of every arrow, symbol, connector, lane and row border, other label and the drawing's edge, a place
		 * crowded by other arrows counting as a little further. The places are tried nearest first, and only
		 * against what lies within reach of the grid: a page of a long SOP has hundreds of lines.
		 */
		private Box label(Edge edge, List<Box> obstacles, List<Box> placed) {
			double width = edge.kind().ems() * LABEL_SIZE;
			Point exit = edge.points().get(0);
			// Every place's box lies inside, with a grid step to spare for rounding.
			double margin = LABEL_SEARCH + LABEL_SEARCH_STEP;
			Box reach = new Box(exit.x() - width / 2 - margin, exit.y() - margin, width + 2 * margin, LABEL_HEIGHT + 2 * margin);
			List<Box> near = new ArrayList<>(within(obstacles, reach, LABEL_CLEARANCE));
			near.addAll(within(placed, reach, LABEL_CLEARANCE));
			Surroundings around = new Surroundings(drawingWidth(), rowBottom(last), near.toArray(Box[]::new),
					nodeList.stream().filter(node -> touches(reach, node, LABEL_CLEARANCE)).toArray(Node[]::new),
					within(otherSegments(edge), reach, CROWDING_REACH));
			LabelGrid grid = LabelGrid.of(width);
			int side = LabelGrid.SIDE;
			Box best = null;
			double bestScore = Double.MAX_VALUE;
			int bestPlace = Integer.MAX_VALUE;
			for (int place : grid.nearestFirst()) {
				if (grid.distance(place) > bestScore + LabelGrid.ROUNDING) {
					break;
				}
				int i = place / side;
				int j = place % side;
				Box box = new Box(exit.x() - width - LABEL_SEARCH + i * LABEL_SEARCH_STEP + width / 2,
						exit.y() - LABEL_SEARCH + j * LABEL_SEARCH_STEP, width, LABEL_HEIGHT);
				if (!clear(box, around)) {
					continue;
				}
				double distance = box.distance(exit);
				if (distance > bestScore) {
					continue;
				}
				double score = distance + crowding(box, around.segments());
				// Of two equal places, the one the grid lists first, left to right and top to bottom.
				if (score < bestScore || score == bestScore && place < bestPlace) {
					best = box;
					bestScore = score;
					bestPlace = place;
				}
			}
			return best != null ? best : new Box(exit.x() + LABEL_CLEARANCE, exit.y() + LABEL_CLEARANCE, width, LABEL_HEIGHT);
		}

		private List<Box> otherSegments(Edge own) {
			List<Box> segments = new ArrayList<>();
			for (Edge other : edges) {
				if (other != own) {
					segments.addAll(segments(other));
				}
			}
			return segments;
		}

		private static List<Box> within(List<Box> boxes, Box reach, double clearance) {
			return boxes.stream().filter(box -> reach.near(box, clearance)).toList();
		}

		/** A small penalty for a place close to other arrows: of two places beside the exit, the one away from lines. */
		private static double crowding(Box box, List<Box> segments) {
			double room = CROWDING_REACH;
			for (Box line : segments) {
				double dx = Math.max(0, Math.max(line.x() - box.right(), box.x() - line.right()));
				double dy = Math.max(0, Math.max(line.y() - box.bottom(), box.y() - line.bottom()));
				room = Math.min(room, Math.hypot(dx, dy));
			}
			return 0.2 * (CROWDING_REACH - room);
		}

		private static boolean clear(Box box, Surroundings around) {
			double c = LABEL_CLEARANCE;
			if (box.x() < c || box.right() > around.width() - c || box.y() < c || box.bottom() > around.height() - c) {
				return false;
			}
			for (Box obstacle : around.obstacles()) {
				if (box.near(obstacle, c)) {
					return false;
				}
			}
			for (Node node : around.nodes()) {
				if (touches(box, node, c)) {
					return false;
				}
			}
			return true;
		}

		/**
		 * Whether a box comes within `clearance` of a symbol: its outline box, or for a decision the diamond
		 * (the nearest point of the box to the diamond's centre, measured as the diamond measures).
		 */
		private static boolean touches(Box box, Node node, double clearance) {
			Box outline = new Box(node.left(), node.top(), node.width(), node.height());
			if (!box.near(outline, clearance)) {
				return false;
			}
			if (node.shape() != Shape.DECISION) {
				return true;
			}
			double dx = Math.max(0, Math.max(box.x() - node.cx(), node.cx() - box.right()));
			double dy = Math.max(0, Math.max(box.y() - node.cy(), node.cy() - box.bottom()));
			return dx / (node.width() / 2 + clearance) + dy / (node.height() / 2 + clearance) < 1;
		}

		/** Where a level stretch of the arrow crosses an upright stretch of another arrow of the page. */
		private List<Point> jumps(Edge edge) {
			List<Point> jumps = new ArrayList<>();
			for (int k = 1; k < edge.points().size(); k++) {
				Point a = edge.points().get(k - 1);
				Point b = edge.points().get(k);
				if (Math.abs(a.y() - b.y()) > 0.01) {
					continue;
				}
				for (Edge other : edges) {
					if (other == edge) {
						continue;
					}
					for (int m = 1; m < other.points().size(); m++) {
						Point c = other.points().get(m - 1);
						Point d = other.points().get(m);
						if (Math.abs(c.x() - d.x()) < 0.01 && inside(c.x(), a.x(), b.x(), JUMP_RADIUS)
								&& inside(a.y(), c.y(), d.y(), 0.01)) {
							jumps.add(new Point(c.x(), a.y()));
						}
					}
				}
			}
			return jumps;
		}
	}

	/** Whether v lies strictly between a and b, at least `gap` from each. */
	private static boolean inside(double v, double a, double b, double gap) {
		return v > Math.min(a, b) + gap && v < Math.max(a, b) - gap;
	}

	/**
	 * What lies within reach of a label's places on a drawing of a width and height: borders, arrows,
	 * connectors and labels already placed; symbols; the other arrows, which make a place crowded.
	 */
	private record Surroundings(double width, double height, Box[] obstacles, Node[] nodes, List<Box> segments) {
	}

	/**
	 * The places a label of a width may take, on a square grid of {@link #LABEL_SEARCH_STEP} around its
	 * exit, ordered by their distance from it: the search stops once the places left are further than the
	 * best found.
	 */
	private record LabelGrid(int[] nearestFirst, double[] distances) {

		static final int SIDE = (int) Math.round(2 * LABEL_SEARCH / LABEL_SEARCH_STEP) + 1;
		/** More than the rounding of the order (a millionth of a millimetre) and of a place's distance off 0. */
		static final double ROUNDING = 1e-5;
		private static final Map<Double, LabelGrid> BY_WIDTH = new ConcurrentHashMap<>();

		static LabelGrid of(double width) {
			return BY_WIDTH.computeIfAbsent(width, LabelGrid::grid);
		}

		private static LabelGrid grid(double width) {
			double[] distances = new double[SIDE * SIDE];
			long[] keys = new long[distances.length];
			for (int place = 0; place < distances.length; place++) {
				double x = -width / 2 - LABEL_SEARCH + place / SIDE * LABEL_SEARCH_STEP;
				double y = -LABEL_SEARCH + place % SIDE * LABEL_SEARCH_STEP;
				double dx = Math.max(0, Math.max(x, -x - width));
				double dy = Math.max(0, Math.max(y, -y - LABEL_HEIGHT));
				distances[place] = Math.sqrt(dx * dx + dy * dy);
				keys[place] = Math.round(distances[place] * 1e6) << 16 | place;
			}
			Arrays.sort(keys);
			int[] order = new int[keys.length];
			for (int k = 0; k < keys.length; k++) {
				order[k] = (int) (keys[k] & 0xFFFF);
			}
			return new LabelGrid(order, distances);
		}

		double distance(int place) {
			return distances[place];
		}
	}

	/** Where the arrow between a symbol and a connector beside it touches each. */
	private record Beside(Point atSymbol, Point atConnector) {
	}
}
