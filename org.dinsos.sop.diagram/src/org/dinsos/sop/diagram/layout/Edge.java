package org.dinsos.sop.diagram.layout;

import java.util.List;

/**
 * An arrow of the flow, an orthogonal polyline ending at its target. `from` and `to` are step numbers,
 * or a connector's letter for an arrow into or out of an off-page connector.
 */
public record Edge(String from, String to, Kind kind, List<Point> points) {

	/** Plain flow, or a decision's exit, labelled Ya or Tidak on the drawing. */
	public enum Kind {
		FLOW(null), YA("Ya"), TIDAK("Tidak");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
