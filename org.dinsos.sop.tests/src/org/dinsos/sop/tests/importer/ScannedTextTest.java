package org.dinsos.sop.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dinsos.sop.importer.DraftSop;
import org.dinsos.sop.importer.DraftStep;
import org.dinsos.sop.importer.DraftStep.LaneEvidence;
import org.dinsos.sop.importer.Importer.Draft;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.support.Imports;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCR text of the office's five scanned SOPs (resources/import/sop-dinsos-kota-metro.txt) imports into
 * five drafts whose steps match the hand transcriptions in examples/: kegiatan, waktu and output of at
 * least 95% of the steps' fields per SOP, and the lane right wherever the scan shows it (the kegiatan names
 * the pelaksana, or one symbol stands in the row). Prints the figures and every guess.
 */
class ScannedTextTest {

	private static final Path SEED = Imports.DATA.resolve("sop-dinsos-kota-metro.txt");

	@TempDir
	Path folder;

	@Test
	void fiveDraftsMatchTheTranscribedExamples() throws Exception {
		List<DraftSop> sops = Imports.IMPORTER.read(SEED);
		assertEquals(5, sops.size());
		XtextResourceSet examples = Sops.loadExamples();
		Set<String> taken = new HashSet<>();
		List<String> failures = new ArrayList<>();
		for (DraftSop read : sops) {
			Draft draft = Imports.IMPORTER.draft(read, folder, taken);
			Sop imported = Imports.model(draft);
			Sop example = example(examples, imported.getNomor());
			List<Langkah> steps = imported.getLangkah();
			List<Langkah> expected = example.getLangkah();
			assertEquals(expected.size(), steps.size(), example.getName() + ": steps");
			int fields = 0;
			int matched = 0;
			int wholeSteps = 0;
			int lanesShown = 0;
			int lanesRight = 0;
			int lanesAll = 0;
			for (int i = 0; i < steps.size(); i++) {
				Langkah step = steps.get(i);
				Langkah truth = expected.get(i);
				boolean kegiatan = Imports.normal(step.getKegiatan()).equals(Imports.normal(truth.getKegiatan()));
				boolean waktu = Imports.waktu(step.getMutuBaku().getWaktu()).equals(Imports.waktu(truth.getMutuBaku().getWaktu()));
				boolean output = Imports.normal(step.getMutuBaku().getOutput()).equals(Imports.normal(truth.getMutuBaku().getOutput()));
				fields += 3;
				matched += (kegiatan ? 1 : 0) + (waktu ? 1 : 0) + (output ? 1 : 0);
				wholeSteps += kegiatan && waktu && output ? 1 : 0;
				if (!(kegiatan && waktu && output)) {
					System.out.println("  " + example.getName() + " step " + (i + 1) + " differs:\n    imported: " + Imports.step(step)
							+ "\n    example:  " + Imports.step(truth));
				}
				boolean laneRight = Imports.lane(step).equals(Imports.lane(truth));
				lanesAll += laneRight ? 1 : 0;
				DraftStep source = read.steps.get(i);
				if (source.laneEvidence != LaneEvidence.GUESSED) {
					lanesShown++;
					lanesRight += laneRight ? 1 : 0;
					if (!laneRight) {
						failures.add(example.getName() + " step " + (i + 1) + ": lane " + Imports.lane(step) + " read from the scan ("
								+ source.laneEvidence + "), the transcription has " + Imports.lane(truth));
					}
				}
			}
			double share = 100.0 * matched / fields;
			System.out.printf(Locale.ROOT,
					"%s: %d/%d fields (%.1f%%), %d/%d steps whole; lanes the scan shows %d/%d right, all lanes %d/%d; %d guesses%n",
					example.getName(), matched, fields, share, wholeSteps, steps.size(), lanesRight, lanesShown, lanesAll, steps.size(),
					read.guesses().size());
			read.guesses().forEach(guess -> System.out.println("    guess: " + guess));
			if (share < 95) {
				failures.add(example.getName() + ": " + share + "% of kegiatan, waktu and output match");
			}
		}
		assertTrue(failures.isEmpty(), String.join("\n", failures));
	}

	/** The transcription of the same SOP: the example with the same nomor. */
	private static Sop example(XtextResourceSet examples, String nomor) {
		for (Path file : Sops.sopExampleFiles()) {
			Sop sop = Sops.sop(examples, file.getFileName().toString());
			if (sop.getNomor().equals(nomor)) {
				return sop;
			}
		}
		throw new AssertionError("no example has nomor " + nomor);
	}
}
