package org.dinsos.sop.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `sop check`: every diagnostic of the language, one line each, as compilers print them. */
@Command(name = "check", synopsisHeading = "Penggunaan: ",
		description = "Memeriksa berkas .sop dan mencetak setiap temuan sebagai berkas:baris:kolom: tingkat: pesan [kode].",
		footerHeading = "%nContoh:%n",
		footer = { "  sop check examples", "  sop check examples/lakip.sop examples/renja.sop", "  sop check -r .",
				"", "Kode keluar: 0 tanpa kesalahan, 1 ada kesalahan, 2 perintah salah." })
public class CheckCommand implements Callable<Integer> {

	@Mixin
	private InputFiles inputFiles;

	@Mixin
	private HelpOptions helpOptions;

	@Spec
	private CommandSpec spec;

	@Inject
	private SopFiles sopFiles;

	@Inject
	private DiagnosticPrinter diagnostics;

	@Override
	public Integer call() {
		List<Path> files = inputFiles.files();
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (XtextResource resource : sopFiles.load(files)) {
			for (Issue issue : diagnostics.issues(resource)) {
				spec.commandLine().getOut().println(DiagnosticPrinter.line(SopFiles.path(resource), issue));
				switch (issue.getSeverity()) {
					case ERROR -> errors++;
					case WARNING -> warnings++;
					default -> infos++;
				}
			}
		}
		spec.commandLine().getOut().printf("%d berkas diperiksa: %d kesalahan, %d peringatan, %d info.%n",
				files.size(), errors, warnings, infos);
		return errors > 0 ? 1 : 0;
	}
}
