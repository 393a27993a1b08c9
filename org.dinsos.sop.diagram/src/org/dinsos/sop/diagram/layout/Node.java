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

	/** Where the symbol's outline is on its left or right side, `dy` above (negative) or below its centre. */
	public double sideX(boolean left, double dy) {
		double half = width / 2;
		double inset = switch (shape) {
			case PROCESS -> 0;
			case TERMINATOR -> height / 2 - Math.sqrt(Math.max(0, height * height / 4 - dy * dy));
			case DECISION -> half * Math.min(1, Math.abs(dy) / (height / 2));
		};
		return left ? cx - half + inset : cx + half - inset;
	}
}
