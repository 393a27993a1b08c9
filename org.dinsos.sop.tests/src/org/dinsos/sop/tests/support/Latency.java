package org.dinsos.sop.tests.support;

import java.util.Arrays;
import java.util.Locale;

/** What a benchmark prints of the times it measured. */
public final class Latency {

	private Latency() {
	}

	/** One line: median, 95th percentile and maximum of the times, in milliseconds. */
	public static void print(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "  %-24s median %.2f ms, p95 %.2f ms, max %.2f ms%n", what,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
	}
}
