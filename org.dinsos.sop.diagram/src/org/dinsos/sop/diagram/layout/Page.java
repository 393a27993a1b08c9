package org.dinsos.sop.diagram.layout;

import java.util.List;

/**
 * One page of the flowchart: its rows (steps `first` to `last`, 0-based, inclusive) with their tops and
 * heights in millimetres, and what is drawn over the lanes.
 */
public record Page(int number, int first, int last, List<Double> rowTops, List<Double> rowHeights, List<Node> nodes,
		List<Edge> edges, List<Connector> connectors) {

	public double height() {
		int end = rowHeights.size() - 1;
		return rowTops.get(end) + rowHeights.get(end);
	}
}
