package org.dinsos.sop.diagram.layout;

import org.dinsos.sop.sop.Langkah;

/** A step's symbol, centred in its actor's lane and in its row. */
public record Node(Langkah step, String number, Shape shape, int lane, int row, double cx, double cy, double width,
		double height) {

	public double top() {
		return cy - height / 2;
	}

	public double bottom() {
		return cy + height / 2;
	}

	public double left() {
		return cx - width / 2;
	}

	public double right() {
		return cx + width / 2;
	}
}
