package org.dinsos.sop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dinsos.sop.files.AtomicFile;
import org.dinsos.sop.formatting2.SopSourceFormatter;
import org.dinsos.sop.resource.SopResource;
import org.dinsos.sop.validation.SopIssueCodes;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `sop format`: rewrites files in the canonical layout; a file that does not parse is never touched. */
@Command(name = "format", synopsisHeading = "Penggunaan: ",
		description = "Merapikan tata letak berkas .sop (indentasi, satu isian per baris). Komentar tetap; "
				+ "berkas dengan kesalahan sintaks tidak diubah.",
		footerHeading = "%nContoh:%n",
		footer = { "  sop format examples", "  sop format --check examples", "",
				"Kode keluar: 0 semua rapi, 1 ada berkas yang perlu dirapikan (--check), tidak dapat dibaca atau ditolak (misalnya hanya-baca), 2 perintah salah." })
public class FormatCommand implements Callable<Integer> {

	@Mixin
	private InputFiles inputFiles;

	@Option(names = "--check", description = "Hanya melaporkan berkas yang belum rapi; tidak mengubah apa pun.")
	private boolean check;

	@Mixin
	private HelpOptions helpOptions;

	@Spec
	private CommandSpec spec;

	@Inject
	private SopFiles sopFiles;

	@Inject
	private DiagnosticPrinter diagnostics;

	@Inject
	private SopSourceFormatter formatter;

	@Override
	public Integer call() throws IOException {
		List<Path> files = inputFiles.files();
		PrintWriter out = spec.commandLine().getOut();
		int changed = 0;
		int broken = 0;
		List<String> refused = new ArrayList<>();
		for (XtextResource resource : sopFiles.load(files)) {
			Path file = SopFiles.path(resource);
			String name = SopFiles.display(file);
			boolean notUtf8 = resource instanceof SopResource sop && sop.hasEncodingError();
			if (resource.getParseResult().hasSyntaxErrors() || notUtf8) {
				diagnostics.issues(resource).stream()
						.filter(issue -> issue.isSyntaxError() || SopIssueCodes.BUKAN_UTF8.equals(issue.getCode()))
						.forEach(issue -> out.println(DiagnosticPrinter.line(file, issue)));
				out.println(name + (notUtf8 ? ": tidak dirapikan, simpan dulu sebagai UTF-8"
						: ": tidak dirapikan, perbaiki dulu kesalahan sintaksnya"));
				broken++;
				continue;
			}
			String original = Files.readString(file, StandardCharsets.UTF_8);
			String formatted = formatter.format(resource);
			if (formatted.equals(original)) {
				continue;
			}
			if (check) {
				changed++;
				out.println(name + ": perlu dirapikan");
				continue;
			}
			try {
				AtomicFile.write(file, formatted.getBytes(StandardCharsets.UTF_8));
				changed++;
				out.println(name + ": dirapikan");
			} catch (IOException e) {
				// A file that cannot be written does not stop the others; the summary names it.
				out.println(name + ": tidak dirapikan, " + SopFiles.writeFailure(e));
				refused.add(name);
			}
		}
		out.printf("%d berkas: %d %s, %d tidak dapat dibaca%s.%n", files.size(), changed,
				check ? "perlu dirapikan" : "dirapikan", broken,
				refused.isEmpty() ? "" : ", " + refused.size() + " ditolak (" + String.join(", ", refused) + ")");
		return broken > 0 || !refused.isEmpty() || (check && changed > 0) ? 1 : 0;
	}
}
