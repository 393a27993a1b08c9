package org.dinsos.sop.diagram.layout;

import java.util.List;

/**
 * An arrow of the flow, an orthogonal polyline ending at its target. `from` and `to` are step numbers,
 * or a connector's letter for an arrow into or out of an off-page connector. A decision's exit has the
 * box its Ya or Tidak stands in (else null); `jumps` are the points where a level stretch of the arrow
 * hops over an upright stretch of another.
 */
public record Edge(String from, String to, Kind kind, List<Point> points, Box label, List<Point> jumps) {

	/** Plain flow, or a decision's exit, labelled Ya or Tidak on the drawing. */
	public enum Kind {
		FLOW(null, 0), YA("Ya", 1.223), TIDAK("Tidak", 2.445);

		private final String label;
		private final double ems;

		Kind(String label, double ems) {
			this.label = label;
			this.ems = ems;
		}

		public String label() {
			return label;
		}

		/** The label's width in ems of Liberation Sans, the font the drawing is set in. */
		public double ems() {
			return ems;
		}
	}

	public Edge(String from, String to, Kind kind, List<Point> points) {
		this(from, to, kind, List.copyOf(points), null, List.of());
	}

	Edge with(Box label, List<Point> jumps) {
		return new Edge(from, to, kind, points, label, List.copyOf(jumps));
	}
}
