package org.dinsos.sop.cli;

import java.io.PrintWriter;

/**
 * A progress bar on the terminal while long work goes on (many files written, a booklet's parts printed);
 * silent when standard error is not a terminal, so logs and pipes get only the results.
 */
final class Progress {

	private static final int WIDTH = 30;

	private final PrintWriter err;
	private final boolean visible;
	private int total;
	private int done;

	Progress(PrintWriter err, int total) {
		this.err = err;
		this.total = total;
		this.visible = System.console() != null;
	}

	Progress(PrintWriter err) {
		this(err, 0);
	}

	/** One more of the known total is done: the file or part named. */
	void step(String name) {
		show(done + 1, total, name);
	}

	/** `done` of `total` are done. */
	void advanced(int done, int total) {
		show(done, total, "");
	}

	private synchronized void show(int done, int total, String name) {
		this.done = done;
		this.total = total;
		if (visible && total > 1) {
			int filled = WIDTH * done / total;
			err.printf("\r[%s%s] %d/%d %-40.40s", "#".repeat(filled), "-".repeat(WIDTH - filled), done, total, name);
			if (done == total) {
				err.println();
			}
			err.flush();
		}
	}
}
