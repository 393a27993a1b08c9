package org.dinsos.sop.importer.docx;

import java.util.Locale;

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

	/**
	 * What a picture's alternative text says it shows ("Simbol keputusan", "Garis alur"), or null when it names
	 * no symbol of the format.
	 */
	static Symbol ofDescription(String description) {
		String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
		if (text.contains("keputusan")) {
			return DECISION;
		}
		if (text.contains("mulai") || text.contains("selesai")) {
			return TERMINATOR;
		}
		if (text.contains("proses")) {
			return PROCESS;
		}
		if (text.contains("penghubung")) {
			return CONNECTOR;
		}
		if (text.contains("garis") || text.contains("panah")) {
			return ARROW;
		}
		return null;
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
