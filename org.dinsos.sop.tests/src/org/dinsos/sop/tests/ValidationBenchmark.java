package org.dinsos.sop.tests;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

/**
 * Prints how long validation of the largest example takes once the JVM is warm. A benchmark, not a
 * test: it asserts nothing and is not in the default suite. Run it with
 * {@code ./mvnw -B verify -Dtest=ValidationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ValidationBenchmark {

	private static final int WARMUP = 200;
	private static final int RUNS = 500;

	@Test
	void validationOfTheLargestExample() {
		Path largest = Sops.exampleFiles().stream().max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
		XtextResourceSet examples = Sops.loadExamples();
		XtextResource resource = Sops.resource(examples, largest);
		String text = Sops.read(largest);

		for (int i = 0; i < WARMUP; i++) {
			Sops.validate(resource);
			Sops.validate(Sops.parse(text));
		}
		long[] validateOnly = new long[RUNS];
		long[] parseAndValidate = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			Sops.validate(resource);
			validateOnly[i] = System.nanoTime() - start;
			start = System.nanoTime();
			Sops.validate(Sops.parse(text));
			parseAndValidate[i] = System.nanoTime() - start;
		}
		System.out.println("Validasi " + largest.getFileName() + " (" + largest.toFile().length() + " bytes), " + RUNS
				+ " kali setelah " + WARMUP + " kali pemanasan:");
		print("validasi saja", validateOnly);
		print("parse + link + validasi", parseAndValidate);
	}

	private static void print(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "  %-24s median %.2f ms, p95 %.2f ms, max %.2f ms%n", what,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
	}
}
