package org.dinsos.sop.cli;

import java.io.PrintWriter;

/** A progress bar on the terminal while many files are written; silent when output goes to a file or a pipe. */
final class Progress {

	private static final int WIDTH = 30;

	private final PrintWriter err;
	private final int total;
	private final boolean visible;
	private int done;

	Progress(PrintWriter err, int total) {
		this.err = err;
		this.total = total;
		this.visible = System.console() != null && total > 1;
	}

	void step(String name) {
		done++;
		if (visible) {
			int filled = WIDTH * done / total;
			err.printf("\r[%s%s] %d/%d %-40.40s", "#".repeat(filled), "-".repeat(WIDTH - filled), done, total, name);
			if (done == total) {
				err.println();
			}
			err.flush();
		}
	}
}
