package org.dinsos.sop.importer.docx;

/** What stands in a pelaksana cell besides text: a step's symbol, or a line of the flow. */
enum Symbol {
	/** The capsule of "mulai" and "selesai". */
	TERMINATOR,
	PROCESS,
	DECISION,
	/** A picture or mark whose shape is not known: it still says whose step it is. */
	MARK,
	/** An on-page or off-page connector: where the flow continues, not a step. */
	CONNECTOR,
	/** An arrow or a line of the flow. */
	ARROW;

	boolean isStep() {
		return this != CONNECTOR && this != ARROW;
	}

	/** The DrawingML preset geometry of a shape ("flowChartDecision"). */
	static Symbol ofPreset(String preset) {
		String name = preset == null ? "" : preset;
		if (name.equals("flowChartTerminator") || name.equals("roundRect")) {
			return TERMINATOR;
		}
		if (name.equals("flowChartDecision") || name.equals("diamond")) {
			return DECISION;
		}
		if (name.equals("flowChartProcess") || name.equals("flowChartAlternateProcess") || name.equals("rect")) {
			return PROCESS;
		}
		if (name.equals("flowChartConnector") || name.equals("flowChartOffpageConnector") || name.equals("ellipse")
				|| name.equals("homePlate")) {
			return CONNECTOR;
		}
		if (name.contains("Connector") || name.contains("Arrow") || name.equals("line")) {
			return ARROW;
		}
		return MARK;
	}
}
