package org.dinsos.sop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.dinsos.sop.files.AtomicFile;
import org.dinsos.sop.generator.Artifact;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.sop.Sop;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `sop generate`: the printable SOP documents, one file per SOP and format. */
@Command(name = "generate", synopsisHeading = "Penggunaan: ",
		description = "Membuat dokumen SOP dalam tata letak SOP AP (halaman identitas dan flowchart) dari berkas .sop, "
				+ "checklist yang dijalankan operator langkah demi langkah, dan formulir monitoring dan evaluasinya.",
		footerHeading = "%nContoh:%n",
		footer = { "  sop generate --format pdf,html,docx examples -o dokumen", "  sop generate examples/lakip.sop -o dokumen --kertas F4",
				"  sop generate --format checklist-html,checklist-json,checklist-md examples -o checklist",
				"  sop generate --format monitoring,monitoring-docx examples -o formulir",
				"", "SOP yang masih memiliki kesalahan tidak dibuatkan dokumen. Berkas .sop tidak pernah ditulis.",
				"Kode keluar: 0 semua dibuat, 1 ada SOP yang ditolak, 2 perintah salah." })
public class GenerateCommand implements Callable<Integer> {

	@Mixin
	private InputFiles inputFiles;

	@Option(names = { "-f", "--format" }, split = ",", defaultValue = "pdf", paramLabel = "FORMAT",
			description = "pdf, html, docx: dokumen SOP; checklist-html (interaktif, di peramban), checklist-json, "
					+ "checklist-md: checklist; monitoring (PDF), monitoring-docx: formulir monitoring dan evaluasi "
					+ "(boleh beberapa, dipisah koma; bawaan: ${DEFAULT-VALUE}). "
					+ "Nama berkas: <nama>.pdf, <nama>.checklist.html, <nama>.monitoring.pdf, ...")
	private List<String> formats;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FOLDER", description = "Folder tujuan dokumen.")
	private Path output;

	@Mixin
	private DocumentOptions documentOptions;

	@Mixin
	private HelpOptions helpOptions;

	@Spec
	private CommandSpec spec;

	@Inject
	private SopFiles sopFiles;

	@Inject
	private DiagnosticPrinter diagnostics;

	@Override
	public Integer call() throws IOException {
		List<Artifact> chosen = formats();
		List<Path> files = inputFiles.files();
		PrintWriter out = spec.commandLine().getOut();
		List<Job> jobs = new ArrayList<>();
		int refused = 0;
		for (XtextResource resource : sopFiles.load(files)) {
			Path file = SopFiles.path(resource);
			if (!(resource.getContents().get(0) instanceof Sop sop)) {
				continue;
			}
			if (!diagnostics.printErrors(resource, out)) {
				out.println(SopFiles.display(file) + ": dokumen tidak dibuat, perbaiki dulu kesalahannya");
				refused++;
				continue;
			}
			// Every setting, the logo included, is checked before the first document is written.
			DocumentSettings settings = Usage.settings(spec, () -> documentOptions.settings(null, sop.getUnit(), file.getParent()));
			jobs.add(new Job(file, sop, settings));
		}
		refuseSameNames(jobs);
		Progress progress = new Progress(spec.commandLine().getErr(), jobs.size());
		int written = 0;
		int failed = 0;
		for (Job job : jobs) {
			progress.step(job.file().getFileName().toString());
			for (Artifact kind : chosen) {
				Path target = Usage.target(spec, output.resolve(baseName(job.file()) + kind.suffix()));
				try {
					AtomicFile.write(target, kind.write(job.sop(), job.settings()));
					out.println(SopFiles.display(job.file()) + " -> " + SopFiles.display(target.toAbsolutePath()));
					written++;
				} catch (AtomicFile.Refused refusal) {
					out.println(SopFiles.display(target.toAbsolutePath()) + ": tidak ditulis, " + refusal.getMessage());
					failed++;
				}
			}
		}
		out.printf("%d dokumen dibuat, %d SOP ditolak%s.%n", written, refused,
				failed > 0 ? ", " + failed + " dokumen tidak dapat ditulis" : "");
		return refused > 0 || failed > 0 ? 1 : 0;
	}

	/**
	 * Two SOPs whose files have the same name (in different folders, or differing only in case) would write
	 * the same documents, one over the other: refused before anything is written.
	 */
	private void refuseSameNames(List<Job> jobs) {
		Map<String, Path> byName = new HashMap<>();
		for (Job job : jobs) {
			Path earlier = byName.putIfAbsent(baseName(job.file()).toLowerCase(Locale.ROOT), job.file());
			if (earlier != null) {
				throw new ParameterException(spec.commandLine(), "Berkas " + SopFiles.display(earlier) + " dan "
						+ SopFiles.display(job.file()) + " akan menulis dokumen yang sama (" + baseName(job.file())
						+ ".*) di " + output + "; ganti nama salah satunya atau buat dokumennya dengan dua perintah, -o berbeda. "
						+ "Belum ada dokumen yang ditulis.");
			}
		}
	}

	/** One SOP to print, with the settings of its documents. */
	private record Job(Path file, Sop sop, DocumentSettings settings) {
	}

	private List<Artifact> formats() {
		List<Artifact> chosen = new ArrayList<>();
		for (String name : formats) {
			chosen.add(Artifact.of(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
					"Format tidak dikenal: " + name + " (pilih dari " + Artifact.names() + ").")));
		}
		return chosen;
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.length() - SopFiles.EXTENSION.length());
	}
}
