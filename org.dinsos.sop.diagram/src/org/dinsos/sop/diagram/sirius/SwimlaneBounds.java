package org.dinsos.sop.diagram.sirius;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dinsos.sop.diagram.layout.Node;
import org.dinsos.sop.diagram.layout.Page;
import org.dinsos.sop.diagram.layout.Shape;
import org.dinsos.sop.diagram.layout.SwimlaneLayout;
import org.dinsos.sop.diagram.layout.SwimlaneLayouter;
import org.dinsos.sop.query.Flow;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;

/**
 * Where the Sirius diagram puts its lanes and step symbols, in pixels: the swimlane layout the printed flowchart and
 * the VS Code view draw ({@link SwimlaneLayouter}), on one endless page. Lanes stand side by side in declared
 * order, all as high as the rows; each step is centred in its actor's lane, in its own row, rows in step order, so
 * every step's symbol is below the one before. A lane's step rectangles are relative to the lane's top-left corner.
 */
public record SwimlaneBounds(Map<Pelaksana, Rectangle> lanes, Map<Langkah, Rectangle> steps) {

	public static final double LANE_WIDTH = 240;
	/** Room above the first row for the lane's header. */
	public static final double HEADER = 30;
	/** Room between two rows for the arrow, its Ya/Tidak label and the waktu and output labels on the symbol. */
	public static final double ROW_GAP = 56;

	private static final double TERMINATOR_HEIGHT = 40;
	private static final double PROCESS_HEIGHT = 50;
	private static final double DECISION_HEIGHT = 70;

	public record Rectangle(double x, double y, double width, double height) {

		public double bottom() {
			return y + height;
		}

		public double right() {
			return x + width;
		}
	}

	public static SwimlaneBounds of(Sop sop) {
		Map<Pelaksana, Rectangle> lanes = new LinkedHashMap<>();
		Map<Langkah, Rectangle> steps = new LinkedHashMap<>();
		if (sop.getLangkah().isEmpty()) {
			for (int i = 0; i < sop.getPelaksana().size(); i++) {
				lanes.put(sop.getPelaksana().get(i), new Rectangle(i * LANE_WIDTH, 0, LANE_WIDTH, HEADER + ROW_GAP));
			}
			return new SwimlaneBounds(lanes, steps);
		}
		SwimlaneLayout layout = SwimlaneLayouter.layout(sop, LANE_WIDTH, Integer.MAX_VALUE, Double.MAX_VALUE,
				step -> height(shape(step)) + ROW_GAP);
		Page page = layout.pages().get(0);
		double height = HEADER + page.height();
		for (int i = 0; i < sop.getPelaksana().size(); i++) {
			lanes.put(sop.getPelaksana().get(i), new Rectangle(layout.lanes().get(i).x(), 0, LANE_WIDTH, height));
		}
		for (Node node : page.nodes()) {
			double h = height(node.shape());
			double laneX = node.lane() * LANE_WIDTH;
			steps.put(node.step(), new Rectangle(node.left() - laneX, HEADER + node.cy() - h / 2, node.width(), h));
		}
		return new SwimlaneBounds(lanes, steps);
	}

	private static Shape shape(Langkah step) {
		return step instanceof Keputusan ? Shape.DECISION
				: Flow.isStart(step) || Flow.isEnd(step) ? Shape.TERMINATOR : Shape.PROCESS;
	}

	private static double height(Shape shape) {
		return switch (shape) {
			case TERMINATOR -> TERMINATOR_HEIGHT;
			case PROCESS -> PROCESS_HEIGHT;
			case DECISION -> DECISION_HEIGHT;
		};
	}
}
