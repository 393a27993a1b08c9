package org.dinsos.sop.diagram.layout;

import java.util.List;

/** The swimlane layout of one SOP, the one model both the printed flowchart and the diagram view draw. */
public record SwimlaneLayout(List<Lane> lanes, List<Page> pages) {

	public double width() {
		return lanes.isEmpty() ? 0 : lanes.get(lanes.size() - 1).x() + lanes.get(lanes.size() - 1).width();
	}
}
