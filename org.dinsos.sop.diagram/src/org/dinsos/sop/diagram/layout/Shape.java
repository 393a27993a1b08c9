package org.dinsos.sop.diagram.layout;

/** The symbols of an SOP AP flowchart that stand for a step (arrows and connectors are drawn apart). */
public enum Shape {
	/** Kapsul: the first and the last step. */
	TERMINATOR,
	/** Persegi panjang: an activity. */
	PROCESS,
	/** Belah ketupat: a decision with a Ya and a Tidak exit. */
	DECISION
}
