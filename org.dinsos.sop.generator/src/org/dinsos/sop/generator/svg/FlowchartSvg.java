package org.dinsos.sop.generator.svg;

import static org.dinsos.sop.generator.Markup.escape;
import static org.dinsos.sop.generator.Markup.mm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dinsos.sop.diagram.layout.Box;
import org.dinsos.sop.diagram.layout.Connector;
import org.dinsos.sop.diagram.layout.Edge;
import org.dinsos.sop.diagram.layout.Node;
import org.dinsos.sop.diagram.layout.Page;
import org.dinsos.sop.diagram.layout.Point;
import org.dinsos.sop.diagram.layout.SwimlaneLayout;
import org.dinsos.sop.diagram.layout.SwimlaneLayouter;
import org.dinsos.sop.generator.Fonts;

/**
 * Draws one page of the swimlane layout as SVG in millimetres, to lie over the table's lane cells: each
 * step's symbol in its actor's lane, the arrows with their Ya/Tidak labels, and the off-page connectors. Every element says
 * what it stands for in data- attributes, so the drawing can be checked (and scripted) by meaning.
 */
public final class FlowchartSvg {

	private static final String STROKE = "#000";
	private static final double HEAD = 1.8;

	private FlowchartSvg() {
	}

	/**
	 * The page's symbols, arrows, labels and connectors sized in millimetres, without the lane and row
	 * lines: the drawing the HTML table lays over its own grid, which it draws once for the text columns
	 * and the lanes alike.
	 */
	public static String page(SwimlaneLayout layout, Page page) {
		double width = layout.width();
		double height = page.height();
		return """
				<svg xmlns="http://www.w3.org/2000/svg" class="bagan" width="%smm" height="%smm" viewBox="0 0 %s %s" \
				font-family="%s" font-size="2.6">
				%s
				</svg>""".formatted(mm(width), mm(height), mm(width), mm(height), Fonts.FAMILY, figures(layout, page));
	}

	/**
	 * The page's symbols, arrows, labels and connectors without the lane and row lines, one user unit a
	 * millimetre: the drawing a Word table lays over its own grid.
	 */
	public static String drawing(SwimlaneLayout layout, Page page) {
		return """
				<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="%s" font-size="2.6">
				%s
				</svg>""".formatted(mm(layout.width()), mm(page.height()), mm(layout.width()), mm(page.height()), Fonts.FAMILY,
				figures(layout, page));
	}

	private static String figures(SwimlaneLayout layout, Page page) {
		return Stream.of(page.nodes().stream().map(n -> node(layout, n)), page.connectors().stream().map(FlowchartSvg::connector),
				page.edges().stream().map(FlowchartSvg::edge)).map(figures -> figures.collect(Collectors.joining("\n")))
				.collect(Collectors.joining("\n"));
	}

	private static String node(SwimlaneLayout layout, Node node) {
		String shape = switch (node.shape()) {
			case TERMINATOR -> "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%s\" ry=\"%s\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"0.35\"/>"
					.formatted(mm(node.left()), mm(node.top()), mm(node.width()), mm(node.height()), mm(node.height() / 2),
							mm(node.height() / 2), STROKE);
			case PROCESS -> "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"0.35\"/>"
					.formatted(mm(node.left()), mm(node.top()), mm(node.width()), mm(node.height()), STROKE);
			case DECISION -> "<polygon points=\"%s\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"0.35\"/>".formatted(points(List.of(
					new Point(node.cx(), node.top()), new Point(node.right(), node.cy()), new Point(node.cx(), node.bottom()),
					new Point(node.left(), node.cy()))), STROKE);
		};
		String lane = layout.lanes().isEmpty() ? "" : layout.lanes().get(node.lane()).id();
		return "<g class=\"langkah\" data-langkah=\"%s\" data-pelaksana=\"%s\" data-simbol=\"%s\">%s</g>".formatted(
				escape(node.number()), escape(lane), node.shape().name().toLowerCase(Locale.ROOT), shape);
	}

	/** A pentagon pointing down, its letter inside. */
	private static String connector(Connector connector) {
		double half = Connector.SIZE / 2;
		double cx = connector.cx();
		double cy = connector.cy();
		String outline = points(List.of(new Point(cx - half, cy - half), new Point(cx + half, cy - half),
				new Point(cx + half, cy + half / 3), new Point(cx, cy + half), new Point(cx - half, cy + half / 3)));
		return """
				<g class="penghubung" data-huruf="%s" data-arah="%s" data-pelaksana-lajur="%d"><polygon points="%s" fill="#fff" \
				stroke="%s" stroke-width="0.35"/><text x="%s" y="%s" text-anchor="middle" font-size="3">%s</text></g>"""
				.formatted(connector.letter(), connector.outgoing() ? "keluar" : "masuk", connector.lane(), outline, STROKE,
						mm(cx), mm(cy + 0.6), connector.letter());
	}

	/**
	 * A path with its head drawn as a triangle (markers render unevenly across SVG renderers), a half circle
	 * where it jumps over another arrow, and its label.
	 */
	private static String edge(Edge edge) {
		List<Point> points = edge.points();
		Point end = points.get(points.size() - 1);
		Point before = points.get(points.size() - 2);
		double length = Math.hypot(end.x() - before.x(), end.y() - before.y());
		double ux = length == 0 ? 0 : (end.x() - before.x()) / length;
		double uy = length == 0 ? 1 : (end.y() - before.y()) / length;
		Point base = new Point(end.x() - ux * HEAD, end.y() - uy * HEAD);
		String head = points(List.of(end, new Point(base.x() - uy * HEAD / 2.5, base.y() + ux * HEAD / 2.5),
				new Point(base.x() + uy * HEAD / 2.5, base.y() - ux * HEAD / 2.5)));
		List<Point> shaft = new ArrayList<>(points.subList(0, points.size() - 1));
		shaft.add(base);
		return """
				<g class="panah" data-dari="%s" data-ke="%s" data-jenis="%s"><path d="%s" fill="none" stroke="%s" \
				stroke-width="0.3"/><polygon points="%s" fill="%s"/>%s</g>""".formatted(escape(edge.from()), escape(edge.to()),
				edge.kind().name().toLowerCase(Locale.ROOT), path(shaft, edge.jumps()), STROKE, head, STROKE, label(edge));
	}

	/** Straight stretches from point to point; a level one bows up over each jump on it. */
	private static String path(List<Point> points, List<Point> jumps) {
		StringBuilder d = new StringBuilder("M" + mm(points.get(0).x()) + "," + mm(points.get(0).y()));
		for (int i = 1; i < points.size(); i++) {
			Point a = points.get(i - 1);
			Point b = points.get(i);
			double direction = Math.signum(b.x() - a.x());
			jumps.stream().filter(j -> Math.abs(j.y() - a.y()) < 0.01 && Math.abs(b.y() - a.y()) < 0.01
					&& (j.x() - a.x()) * (b.x() - j.x()) > 0).sorted((p, q) -> Double.compare(direction * p.x(), direction * q.x()))
					.forEach(j -> d.append(" L").append(mm(j.x() - direction * SwimlaneLayouter.JUMP_RADIUS)).append(',')
							.append(mm(j.y())).append(" A").append(mm(SwimlaneLayouter.JUMP_RADIUS)).append(',')
							.append(mm(SwimlaneLayouter.JUMP_RADIUS)).append(" 0 0 ").append(direction > 0 ? 1 : 0).append(' ')
							.append(mm(j.x() + direction * SwimlaneLayouter.JUMP_RADIUS)).append(',').append(mm(j.y())));
			d.append(" L").append(mm(b.x())).append(',').append(mm(b.y()));
		}
		return d.toString();
	}

	/** Ya or Tidak in the box the layout found for it, beside the exit and clear of every line. */
	private static String label(Edge edge) {
		Box box = edge.label();
		if (box == null) {
			return "";
		}
		return "<text class=\"label-panah\" x=\"%s\" y=\"%s\" font-size=\"%s\">%s</text>".formatted(mm(box.x()),
				mm(box.bottom()), mm(SwimlaneLayouter.LABEL_SIZE), edge.kind().label());
	}

	private static String points(List<Point> points) {
		return points.stream().map(p -> mm(p.x()) + "," + mm(p.y())).collect(Collectors.joining(" "));
	}
}
