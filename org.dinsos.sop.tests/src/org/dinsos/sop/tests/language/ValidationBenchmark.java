package org.dinsos.sop.tests.language;

import java.nio.file.Path;
import java.util.Comparator;

import org.dinsos.sop.tests.support.Latency;
import org.dinsos.sop.tests.support.Sops;
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
		Latency.print("validasi saja", validateOnly);
		Latency.print("parse + link + validasi", parseAndValidate);
	}
}
