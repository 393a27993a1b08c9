package org.dinsos.sop.cli;

import java.nio.file.Path;

import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.sop.UkuranKertas;
import org.dinsos.sop.sop.Unit;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How documents are printed, as the generating commands take it from the command line. */
public class DocumentOptions {

	@Option(names = "--kertas", paramLabel = "A4|F4", description = "Ukuran kertas (mendatar); bawaan: dari buku SOP, atau A4.")
	private UkuranKertas kertas;

	@Option(names = "--langkah-per-halaman", paramLabel = "N", defaultValue = "8",
			description = "Jumlah langkah per halaman flowchart (bawaan: ${DEFAULT-VALUE}).")
	private int stepsPerPage;

	@Option(names = "--logo", paramLabel = "BERKAS", description = "Gambar logo unit (PNG atau JPEG); bawaan: logo unit di berkas .sop.")
	private Path logo;

	@Mixin
	private WorkdayOption workdayHours;

	/**
	 * The settings for a document: the options given win over the booklet's paper and the unit's logo
	 * (a path relative to the folder of the file that names it), which must be a PNG or JPEG picture.
	 */
	DocumentSettings settings(UkuranKertas bookletPaper, Unit unit, Path folder) {
		if (stepsPerPage < 1) {
			throw new IllegalArgumentException("--langkah-per-halaman harus 1 atau lebih.");
		}
		Path logoFile = logo != null ? logo
				: unit != null && unit.getLogo() != null ? folder.resolve(unit.getLogo()) : null;
		UkuranKertas paper = kertas != null ? kertas : bookletPaper != null ? bookletPaper : UkuranKertas.A4;
		DocumentSettings settings = DocumentSettings.standard().withKertas(paper).withStepsPerPage(stepsPerPage)
				.withWorkdayHours(workdayHours.hours()).withLogo(logoFile);
		if (logoFile != null) {
			settings.logoPicture();
		}
		return settings;
	}
}
