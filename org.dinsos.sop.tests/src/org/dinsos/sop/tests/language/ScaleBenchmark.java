package org.dinsos.sop.tests.language;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/**
 * Prints how parsing and checking grow with the size of an SOP: 1 000, 4 000 and 10 000 steps, and 2 000
 * pelaksana. Linear analyses take about ten times as long for ten times the steps; the ratios printed
 * beside the times show it. A benchmark, not a test: it asserts nothing and is not in the default suite.
 * Run it with {@code ./mvnw -B verify -Dtest=ScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ScaleBenchmark {

	private static final int[] STEPS = { 1_000, 4_000, 10_000 };

	@Test
	void checkTimeAndMemoryGrowWithTheSizeOfAnSop() {
		measure("pemanasan", Sops.generated(2_000));
		System.out.println("Ukuran SOP            parse+link   validasi   memori   per 1000 langkah (validasi)");
		double base = 0;
		for (int steps : STEPS) {
			Result result = measure(steps + " langkah", Sops.generated(steps));
			double perThousand = result.validateMs / (steps / 1000.0);
			base = base == 0 ? perThousand : base;
			System.out.printf(Locale.ROOT, "%-20s %9.0f ms %8.0f ms %6d MiB   %.1f ms (x%.2f)%n", result.label,
					result.parseMs, result.validateMs, result.mib, perThousand, perThousand / base);
		}
		Result lanes = measure("2000 pelaksana", manyLanes(2_000));
		System.out.printf(Locale.ROOT, "%-20s %9.0f ms %8.0f ms %6d MiB%n", lanes.label, lanes.parseMs, lanes.validateMs,
				lanes.mib);
	}

	private record Result(String label, double parseMs, double validateMs, long mib) {
	}

	private static Result measure(String label, String text) {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		long start = System.nanoTime();
		XtextResource resource = Sops.parse(text);
		long parsed = System.nanoTime();
		Sops.validate(resource);
		long validated = System.nanoTime();
		long after = runtime.totalMemory() - runtime.freeMemory();
		return new Result(label, (parsed - start) / 1e6, (validated - parsed) / 1e6, Math.max(0, after - before) >> 20);
	}

	/** An SOP of 2 000 pelaksana, each doing one step. */
	private static String manyLanes(int count) {
		String lanes = IntStream.rangeClosed(1, count).mapToObj(n -> "\t\tp" + n + " \"Pelaksana " + n + "\"\n")
				.collect(Collectors.joining());
		String steps = IntStream.rangeClosed(1, count).mapToObj(n -> "\t\t" + n + (n == 1 ? " mulai" : n == count ? " selesai" : "")
				+ " p" + n + " \"Memeriksa berkas " + n + "\"\n\t\t\twaktu 5 menit\n").collect(Collectors.joining());
		return """
				sop Lebar "Banyak pelaksana" {
					unit "Dinas Sosial Kota Metro"
					nomor "800/98/D-5/03/2024"
					tanggal pembuatan 2024-01-05
					disahkan oleh "Kepala Dinas Sosial Kota Metro"
					pelaksana {
				%s	}
					prosedur {
				%s	}
				}
				""".formatted(lanes, steps);
	}
}
