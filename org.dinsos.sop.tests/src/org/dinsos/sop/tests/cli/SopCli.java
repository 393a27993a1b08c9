package org.dinsos.sop.tests.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dinsos.sop.cli.SopCommand;

/** One `sop` command line run in process: its exit code and what it printed, line by line. */
public record SopCli(int exitCode, List<String> out, List<String> err) {

	public static SopCli run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = SopCommand.run(new BufferedReader(new StringReader("")), new PrintWriter(out), new PrintWriter(err), args);
		return new SopCli(exitCode, out.toString().lines().toList(), err.toString().lines().toList());
	}

	/** A complete, valid SOP named `name`, with the given lines after its unit line ("" for none). */
	public static String sop(String name, String nomor, String unitLines) {
		return """
				sop %s "Uji coba" {
					unit "Dinas Sosial Kota Metro"%s
					nomor "%s"
					tanggal pembuatan 2024-01-05
					disahkan oleh "Kepala Dinas Sosial Kota Metro"
						nama "SRI AMANTO, S.H., M.H"
						nip "196804201993031009"
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai kadis "Memerintahkan"
							waktu 10 menit
						2 selesai kadis "Menandatangani"
							waktu 5 menit
					}
				}
				""".formatted(name, unitLines, nomor);
	}

	public static Path write(Path file, String text) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			return Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The files in a folder, by name, sorted. */
	public static List<String> listing(Path folder) {
		try (var files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
