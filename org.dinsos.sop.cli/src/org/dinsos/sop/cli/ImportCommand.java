package org.dinsos.sop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.dinsos.sop.files.AtomicFile;
import org.dinsos.sop.importer.DraftSop;
import org.dinsos.sop.importer.ImportException;
import org.dinsos.sop.importer.Importer;
import org.dinsos.sop.importer.Importer.Draft;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `sop import`: existing SOPs (Word documents in the SOP AP layout, OCR text of scans) become draft .sop
 * files, one per SOP found, never over an existing file; it says what it read for sure and what it
 * guessed, and prints the draft's problems as `sop check` does.
 */
@Command(name = "import", synopsisHeading = "Penggunaan: ",
		description = "Mengubah SOP yang sudah ada (dokumen Word .docx berformat SOP AP, atau teks hasil OCR pindaian .txt) "
				+ "menjadi draf berkas .sop, satu per SOP yang ditemukan. Berkas yang sudah ada tidak pernah ditimpa. "
				+ "Bacaan yang ditebak ditandai komentar // di draf; masalah draf dicetak seperti sop check.",
		footerHeading = "%nContoh:%n",
		footer = { "  sop import sop-lama.docx -o draf", "  sop import hasil-ocr.txt -o draf", "  sop import arsip-sop -o draf", "",
				"Kode keluar: 0 semua draf ditulis, 1 ada berkas yang tidak dapat dibaca, tanpa SOP, atau draf yang ditolak "
						+ "karena berkasnya sudah ada, 2 perintah salah." })
public class ImportCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "BERKAS|FOLDER",
			description = "Dokumen Word (.docx), teks hasil OCR (.txt), atau folder berisi berkas-berkas itu.")
	private List<Path> inputs;

	@Option(names = { "-o", "--output" }, defaultValue = ".", paramLabel = "FOLDER",
			description = "Folder tujuan draf .sop (bawaan: folder kerja).")
	private Path output;

	@Mixin
	private HelpOptions helpOptions;

	@Spec
	private CommandSpec spec;

	@Inject
	private Importer importer;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		List<Path> sources = sources();
		Files.createDirectories(output);
		Set<String> taken = new HashSet<>();
		int written = 0;
		int refused = 0;
		int unreadable = 0;
		for (Path source : sources) {
			List<DraftSop> sops;
			try {
				sops = importer.read(source);
			} catch (ImportException e) {
				out.println(SopFiles.display(source.toAbsolutePath()) + ": " + e.getMessage() + "; tidak ada draf yang ditulis");
				unreadable++;
				continue;
			}
			out.println(SopFiles.display(source.toAbsolutePath()) + ": " + sops.size() + " SOP ditemukan");
			for (DraftSop sop : sops) {
				Draft draft = importer.draft(sop, output, taken);
				if (report(draft, out)) {
					written++;
				} else {
					refused++;
				}
			}
		}
		out.printf("%d draf ditulis, %d ditolak karena berkasnya sudah ada, %d berkas tidak dapat dibaca.%n", written, refused,
				unreadable);
		return refused > 0 || unreadable > 0 ? 1 : 0;
	}

	/** The files named, a folder standing for the .docx and .txt files directly in it. */
	private List<Path> sources() {
		List<Path> files = new ArrayList<>();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try (Stream<Path> found = Files.list(input)) {
					found.filter(file -> Files.isRegularFile(file) && Importer.isSource(file)).sorted().forEach(files::add);
				} catch (IOException e) {
					throw new ParameterException(spec.commandLine(), "Folder tidak dapat dibaca: " + input);
				}
			} else if (!Files.exists(input)) {
				throw new ParameterException(spec.commandLine(), "Berkas atau folder tidak ditemukan: " + input);
			} else if (!Importer.isSource(input)) {
				throw new ParameterException(spec.commandLine(), "Bukan dokumen Word (.docx) atau teks hasil OCR (.txt): " + input);
			} else {
				files.add(input);
			}
		}
		return files;
	}

	/** Prints what was read for sure, the guesses and the draft's problems, and writes it; false when refused. */
	private static boolean report(Draft draft, PrintWriter out) throws IOException {
		String name = SopFiles.display(draft.file());
		out.println(name + " (" + draft.sop().source + ")");
		out.println("  pasti: " + String.join(", ", draft.sop().sure()));
		List<String> guesses = draft.sop().guesses();
		out.println("  tebakan: " + (guesses.isEmpty() ? "tidak ada" : guesses.size()));
		guesses.forEach(guess -> out.println("    - " + guess));
		if (Files.exists(draft.file(), LinkOption.NOFOLLOW_LINKS)) {
			out.println("  " + name + ": sudah ada, tidak ditimpa; draf tidak ditulis");
			return false;
		}
		draft.issues().forEach(issue -> out.println("  " + DiagnosticPrinter.line(draft.file(), issue)));
		AtomicFile.write(draft.file(), draft.text().getBytes(StandardCharsets.UTF_8));
		out.println("  ditulis: " + name + " (" + count(draft.issues(), Severity.ERROR) + " kesalahan, "
				+ count(draft.issues(), Severity.WARNING) + " peringatan)");
		return true;
	}

	private static long count(List<Issue> issues, Severity severity) {
		return issues.stream().filter(issue -> issue.getSeverity() == severity).count();
	}
}
