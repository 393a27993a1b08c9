package org.dinsos.sop.diagram.layout;

/** A swimlane: one pelaksana's column, in declared order. */
public record Lane(String id, String label, int index, double x, double width) {

	public double centre() {
		return x + width / 2;
	}
}
