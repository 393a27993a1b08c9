package org.dinsos.sop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.dinsos.sop.files.AtomicFile;
import org.dinsos.sop.generator.DocumentFormat;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Documents;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.SopPackage;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `sop booklet`: the buku SOP of a folder, in one file. */
@Command(name = "booklet", synopsisHeading = "Penggunaan: ",
		description = "Membuat buku SOP (sampul, keputusan, daftar isi, panduan membaca, lalu setiap SOP) dari folder "
				+ "yang berisi berkas buku dan SOP-nya.",
		footerHeading = "%nContoh:%n",
		footer = { "  sop booklet examples -o buku-sop.pdf", "  sop booklet examples/buku.sop -o buku-sop.html --kertas A4", "",
				"Format menurut akhiran berkas tujuan: .pdf, .html atau .docx.",
				"Kode keluar: 0 buku dibuat, 1 ada SOP dengan kesalahan, 2 perintah salah." })
public class BookletCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FOLDER|BUKU", description = "Folder buku SOP, atau berkas .sop berisi bukunya.")
	private Path input;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "BERKAS", description = "Berkas tujuan (.pdf, .html atau .docx).")
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
		DocumentFormat format = format();
		Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
		List<XtextResource> resources = sopFiles.load(Usage.files(spec, List.of(folder), false));
		Buku buku = buku(resources);
		PrintWriter out = spec.commandLine().getOut();
		boolean clean = true;
		for (XtextResource resource : resources) {
			clean &= diagnostics.printErrors(resource, out);
		}
		if (!clean) {
			out.println("Buku SOP tidak dibuat: perbaiki dulu kesalahan di atas.");
			return 1;
		}
		DocumentSettings settings = Usage.settings(spec,
				() -> documentOptions.settings(buku.eIsSet(SopPackage.Literals.BUKU__KERTAS) ? buku.getKertas() : null,
						buku.getUnit(), folder.toAbsolutePath()));
		Path target = Usage.target(spec, output);
		Progress progress = new Progress(spec.commandLine().getErr());
		AtomicFile.write(target, stream -> Documents.booklet(buku, format, settings, stream, progress::advanced));
		long sops = buku.getIsi().stream().filter(sop -> !sop.eIsProxy()).count();
		out.printf("Buku SOP \"%s\" (%d SOP) ditulis ke %s.%n", buku.getJudul(), sops, SopFiles.display(target.toAbsolutePath()));
		return 0;
	}

	private DocumentFormat format() {
		String name = output.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return DocumentFormat.of(dot < 0 ? "" : name.substring(dot + 1)).orElseThrow(() -> new ParameterException(
				spec.commandLine(), "Berkas tujuan harus berakhiran .pdf, .html atau .docx: " + output));
	}

	/** The booklet named on the command line, or the one booklet of the folder. */
	private Buku buku(List<XtextResource> resources) {
		List<Buku> books = resources.stream().filter(r -> Files.isDirectory(input) || SopFiles.path(r).equals(input.toAbsolutePath().normalize()))
				.map(r -> r.getContents().get(0)).filter(Buku.class::isInstance).map(Buku.class::cast).toList();
		if (books.size() != 1) {
			throw new ParameterException(spec.commandLine(), books.isEmpty()
					? "Tidak ada berkas buku SOP (buku ... { ... }) di " + input + "."
					: "Ada " + books.size() + " berkas buku SOP di " + input + "; sebut salah satunya.");
		}
		return books.get(0);
	}
}
