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

	/** Whether the box, grown by `clearance` on every side, touches the straight line from a to b. */
	public boolean near(Point a, Point b, double clearance) {
		Box line = new Box(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
		return near(line, clearance);
	}

	/** The distance from the box to a point, 0 inside it. */
	public double distance(Point point) {
		double dx = Math.max(0, Math.max(x - point.x(), point.x() - right()));
		double dy = Math.max(0, Math.max(y - point.y(), point.y() - bottom()));
		return Math.hypot(dx, dy);
	}
}
