package org.dinsos.sop.diagram.layout;

/** A rectangle of a page's flowchart area, in millimetres: where a label's text stands. */
public record Box(double x, double y, double width, double height) {

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	/** Whether the box, grown by `clearance` on every side, touches the other box. */
	public boolean near(Box other, double clearance) {
		return x - clearance < other.right() && other.x() < right() + clearance && y - clearance < other.bottom()
				&& other.y() < bottom() + clearance;
	}

	/** The box a straight line from a to b covers, flat for a level or upright one. */
	public static Box line(Point a, Point b) {
		return new Box(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
	}

	/** The distance from the box to a point, 0 inside it. */
	public double distance(Point point) {
		double dx = Math.max(0, Math.max(x - point.x(), point.x() - right()));
		double dy = Math.max(0, Math.max(y - point.y(), point.y() - bottom()));
		return Math.hypot(dx, dy);
	}
}
