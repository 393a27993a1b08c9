package org.dinsos.sop.tests.support;

import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

import org.dinsos.sop.diagram.layout.Lane;
import org.dinsos.sop.diagram.layout.Page;
import org.dinsos.sop.diagram.layout.SwimlaneLayout;
import org.dinsos.sop.generator.Fonts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One page of the printed flowchart read back as geometry, in millimetres: the lane and row borders the
 * table draws (where the layout puts them), and from the drawing's SVG each symbol's outline, each arrow's straight stretches (a jump's half circle is no stretch),
 * each Ya/Tidak label's ink (measured with the bundled font), each off-page connector.
 */
public record FlowchartGeometry(double width, double height, List<Double> laneBorders, List<Double> rowBorders,
		List<Symbol> symbols, List<Arrow> arrows, List<Label> labels, List<Connector> connectors) {

	/** An axis-aligned rectangle. */
	public record Rect(double x, double y, double width, double height) {

		public double right() {
			return x + width;
		}

		public double bottom() {
			return y + height;
		}

		public double cx() {
			return x + width / 2;
		}

		public double cy() {
			return y + height / 2;
		}

		/** Whether the straight line from (x1, y1) to (x2, y2) comes within `gap` of the rectangle. */
		public boolean touches(Segment s, double gap) {
			return Math.max(s.x1(), s.x2()) > x - gap && Math.min(s.x1(), s.x2()) < right() + gap
					&& Math.max(s.y1(), s.y2()) > y - gap && Math.min(s.y1(), s.y2()) < bottom() + gap;
		}

		public boolean overlaps(Rect other, double gap) {
			return other.right() > x - gap && other.x() < right() + gap && other.bottom() > y - gap && other.y() < bottom() + gap;
		}
	}

	/** A straight stretch of a line, level or upright. */
	public record Segment(double x1, double y1, double x2, double y2) {

		public boolean level() {
			return Math.abs(y1 - y2) < 0.01 && Math.abs(x1 - x2) >= 0.01;
		}

		public boolean upright() {
			return Math.abs(x1 - x2) < 0.01 && Math.abs(y1 - y2) >= 0.01;
		}

		@Override
		public String toString() {
			return "(%.2f,%.2f)-(%.2f,%.2f)".formatted(x1, y1, x2, y2);
		}
	}

	/** A step's symbol: its number, shape (terminator, process, decision) and outline's bounds. */
	public record Symbol(String number, String shape, Rect bounds) {

		/** Whether a line passes through the symbol's inside (deeper than `inset` from its outline). */
		public boolean crossedBy(Segment s, double inset) {
			int steps = 200;
			for (int i = 0; i <= steps; i++) {
				double x = s.x1() + (s.x2() - s.x1()) * i / steps;
				double y = s.y1() + (s.y2() - s.y1()) * i / steps;
				double dx = Math.abs(x - bounds.cx());
				double dy = Math.abs(y - bounds.cy());
				double hw = bounds.width() / 2 - inset;
				double hh = bounds.height() / 2 - inset;
				boolean inside = shape.equals("decision") ? dx / hw + dy / hh < 1 : dx < hw && dy < hh;
				if (inside) {
					return true;
				}
			}
			return false;
		}
	}

	/** An arrow between steps or connectors (`from`, `to`: a step's number or a connector's letter). */
	public record Arrow(String from, String to, String kind, List<Segment> stretches) {
	}

	/** Ya or Tidak, with the box its letters cover. */
	public record Label(String text, Rect ink) {
	}

	/** An off-page connector: its letter, whether the flow leaves the page through it, its outline's bounds. */
	public record Connector(String letter, boolean outgoing, Rect bounds) {
	}

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	public static FlowchartGeometry read(SwimlaneLayout layout, Page page, String svg) {
		Document document = ReadBack.xml(svg);
		Element root = document.getDocumentElement();
		String[] viewBox = root.getAttribute("viewBox").split(" ");
		List<Double> lanes = layout.lanes().stream().skip(1).map(Lane::x).toList();
		List<Double> rows = page.rowTops().stream().skip(1).toList();
		List<Symbol> symbols = ReadBack.byClass(document, "langkah").stream()
				.map(g -> new Symbol(g.getAttribute("data-langkah"), g.getAttribute("data-simbol"), bounds(first(g)))).toList();
		List<Arrow> arrows = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		for (Element g : ReadBack.byClass(document, "panah")) {
			arrows.add(new Arrow(g.getAttribute("data-dari"), g.getAttribute("data-ke"), g.getAttribute("data-jenis"),
					stretches(((Element) g.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d"))));
			var texts = g.getElementsByTagNameNS("*", "text");
			for (int i = 0; i < texts.getLength(); i++) {
				labels.add(label((Element) texts.item(i)));
			}
		}
		List<Connector> connectors = ReadBack.byClass(document, "penghubung").stream()
				.map(g -> new Connector(g.getAttribute("data-huruf"), g.getAttribute("data-arah").equals("keluar"), bounds(first(g))))
				.toList();
		return new FlowchartGeometry(Double.parseDouble(viewBox[2]), Double.parseDouble(viewBox[3]), lanes, rows, symbols,
				arrows, labels, connectors);
	}

	/** The row (top and bottom) a height of the page lies in, between the row borders. */
	public double[] rowAt(double y) {
		double top = 0;
		double bottom = height;
		for (double border : rowBorders) {
			if (border <= y) {
				top = Math.max(top, border);
			} else {
				bottom = Math.min(bottom, border);
			}
		}
		return new double[] { top, bottom };
	}

	public Symbol symbol(String number) {
		return symbols.stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow();
	}

	public Connector connector(String letter) {
		return connectors.stream().filter(c -> c.letter().equals(letter)).findFirst().orElseThrow();
	}

	private static Element first(Element group) {
		for (var node = group.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				return element;
			}
		}
		throw new AssertionError("empty group " + group.getAttribute("class"));
	}

	private static Rect bounds(Element shape) {
		if (shape.getTagName().endsWith("rect")) {
			return new Rect(number(shape, "x"), number(shape, "y"), number(shape, "width"), number(shape, "height"));
		}
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (String corner : shape.getAttribute("points").trim().split("\\s+")) {
			String[] xy = corner.split(",");
			double x = Double.parseDouble(xy[0]);
			double y = Double.parseDouble(xy[1]);
			minX = Math.min(minX, x);
			minY = Math.min(minY, y);
			maxX = Math.max(maxX, x);
			maxY = Math.max(maxY, y);
		}
		return new Rect(minX, minY, maxX - minX, maxY - minY);
	}

	/** The straight stretches of a path of M, L and A commands; an arc moves the pen without a stretch. */
	private static List<Segment> stretches(String d) {
		List<Segment> stretches = new ArrayList<>();
		try (Scanner scanner = new Scanner(d.replaceAll("([MLA])", " $1 ").replace(',', ' '))) {
			double x = 0;
			double y = 0;
			while (scanner.hasNext()) {
				String command = scanner.next();
				switch (command) {
					case "M" -> {
						x = Double.parseDouble(scanner.next());
						y = Double.parseDouble(scanner.next());
					}
					case "L" -> {
						double nx = Double.parseDouble(scanner.next());
						double ny = Double.parseDouble(scanner.next());
						stretches.add(new Segment(x, y, nx, ny));
						x = nx;
						y = ny;
					}
					case "A" -> {
						for (int i = 0; i < 5; i++) {
							scanner.next();
						}
						x = Double.parseDouble(scanner.next());
						y = Double.parseDouble(scanner.next());
					}
					default -> throw new AssertionError("path command " + command + " in " + d);
				}
			}
		}
		return stretches;
	}

	private static Label label(Element text) {
		double size = text.hasAttribute("font-size") ? number(text, "font-size") : 2.6;
		Rectangle2D ink = Fonts.regular().deriveFont((float) size).createGlyphVector(CONTEXT, text.getTextContent())
				.getVisualBounds();
		double x = number(text, "x");
		String anchor = text.getAttribute("text-anchor");
		double left = anchor.equals("end") ? x - ink.getWidth() : anchor.equals("middle") ? x - ink.getWidth() / 2 : x + ink.getX();
		return new Label(text.getTextContent(), new Rect(left, number(text, "y") + ink.getY(), ink.getWidth(), ink.getHeight()));
	}

	private static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}
}
