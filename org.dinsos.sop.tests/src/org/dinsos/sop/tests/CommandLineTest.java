package org.dinsos.sop.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dinsos.sop.ide.cli.SopCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sop check` and `sop format` as a user runs them: their output lines, exit codes and files on disk. */
class CommandLineTest {

	@TempDir
	Path dir;

	private String out;
	private String err;

	private int sop(String... args) {
		StringWriter outText = new StringWriter();
		StringWriter errText = new StringWriter();
		int exitCode = SopCommand.run(new PrintWriter(outText), new PrintWriter(errText), args);
		out = outText.toString();
		err = errText.toString();
		return exitCode;
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	/** A complete, valid SOP: what `sop check` accepts without a word. */
	private static String sopText(String name, String nomor, String body) {
		return """
				sop %s "Uji coba" {
					unit "Dinas Sosial Kota Metro"
					nomor "%s"
					tanggal pembuatan 2024-01-05
					disahkan oleh "Kepala Dinas Sosial Kota Metro"
						nama "SRI AMANTO, S.H., M.H"
						nip "196804201993031009"
				%s}
				""".formatted(name, nomor, body);
	}

	private static final String VALID = sopText("Uji", "800/1/D-5/03/2024", """
				pelaksana {
					kadis "Kepala Dinas"
				}
				prosedur {
					1 mulai kadis "Memerintahkan"
						waktu 10 menit
					2 selesai kadis "Menandatangani"
						waktu 5 menit
				}
			""");

	@Test
	void checkOfAValidSopSaysSoAndExitsZero() throws IOException {
		Path file = write("uji.sop", VALID);
		assertEquals(0, sop("check", file.toString()));
		assertEquals(List.of("1 berkas diperiksa: 0 kesalahan, 0 peringatan, 0 info."), out.lines().toList());
	}

	@Test
	void checkPrintsASyntaxErrorWithFileLineAndColumnAndExitsOne() throws IOException {
		Path file = write("rusak.sop", VALID.substring(0, VALID.lastIndexOf('}')));
		assertEquals(1, sop("check", file.toString()));
		assertEquals(List.of(
				file + ":16:3: error: 'akhir berkas' tidak diharapkan di sini; seharusnya '}'. [org.eclipse.xtext.diagnostics.Diagnostic.Syntax]",
				"1 berkas diperiksa: 1 kesalahan, 0 peringatan, 0 info."), out.lines().toList());
	}

	@Test
	void checkReportsAnImpossibleDateAndAnUnknownActorAtTheirPlace() throws IOException {
		Path file = write("tanggal.sop", VALID.replace("tanggal pembuatan 2024-01-05", "tanggal pembuatan 2024-01-05\n\ttanggal revisi 2024-02-30")
				.replace("1 mulai kadis", "1 mulai kabid"));
		assertEquals(1, sop("check", file.toString()));
		assertEquals(List.of(
				file + ":5:17: error: Tanggal '2024-02-30' tidak ada di kalender; tulis tahun-bulan-hari, misalnya 2024-01-05. [sop.tanggal.tidak-valid]",
				file + ":13:11: error: Pelaksana 'kabid' belum dideklarasikan; tambahkan di bagian pelaksana, misalnya: kabid \"Nama Jabatan\". [sop.pelaksana.tidak-dikenal]",
				"1 berkas diperiksa: 2 kesalahan, 0 peringatan, 0 info."), out.lines().toList());
	}

	@Test
	void checkOfTheExamplesFindsNoErrorAndNoWarning() {
		assertEquals(0, sop("check", Sops.EXAMPLES.toString()));
		assertEquals(List.of(), out.lines().filter(line -> line.contains(": error: ") || line.contains(": warning: ")).toList());
		assertTrue(out.lines().reduce((a, b) -> b).orElseThrow().startsWith("6 berkas diperiksa: 0 kesalahan, 0 peringatan, "), out);
	}

	@Test
	void checkOfTheInvalidCopiesFindsExactlyTheSeedsNumberingMistakes() {
		Path invalid = Sops.EXAMPLES.resolve("invalid");
		assertEquals(1, sop("check", invalid.toString()));
		assertEquals(List.of(
				invalid.resolve("kak.sop") + ":72:3: error: Setelah langkah 5 seharusnya langkah 6, bukan 8 (nomor 6 sampai 7 terlewat). Nomori ulang langkah 1 sampai 10. [sop.nomor-langkah.terlewat]",
				invalid.resolve("laporan-tahunan.sop") + ":73:3: error: Nomor langkah 5 sudah dipakai langkah sebelumnya; langkah ini seharusnya nomor 6. Nomori ulang langkah 1 sampai 12. [sop.nomor-langkah.ganda]"),
				out.lines().filter(line -> line.contains(": error: ") || line.contains(": warning: ")).toList());
	}

	@Test
	void checkResolvesLinksBetweenTheFilesItIsGiven() throws IOException {
		write("uji.sop", VALID);
		Path lanjutan = write("lanjutan.sop", sopText("Lanjutan", "800/2/D-5/03/2024", """
					keterkaitan {
						prasyarat sop Uji
						sop TidakAda
					}
				"""));
		assertEquals(1, sop("check", dir.toString()));
		assertEquals(List.of(
				lanjutan + ":10:7: error: SOP 'TidakAda' tidak ditemukan di antara berkas yang dibuka; periksa namanya, atau tulis judulnya dalam tanda kutip bila SOP itu di luar ruang kerja ini. [sop.keterkaitan.tidak-ditemukan]",
				"2 berkas diperiksa: 1 kesalahan, 0 peringatan, 0 info."), out.lines().toList());
	}

	@Test
	void aMissingFileIsBadUsage() {
		assertEquals(2, sop("check", dir.resolve("tidak-ada.sop").toString()));
		assertTrue(err.contains("Berkas atau folder tidak ditemukan"), err);
		assertEquals(2, sop("check"));
		assertEquals(2, sop("periksa", "x.sop"));
	}

	@Test
	void everyCommandHasHelpWithExamples() {
		for (String command : List.of("check", "format")) {
			assertEquals(0, sop(command, "--help"));
			assertTrue(out.contains("Penggunaan: sop " + command), out);
			assertTrue(out.contains("Contoh:"), out);
		}
		assertEquals(0, sop("--help"));
		assertTrue(out.contains("Perintah:"), out);
	}

	@Test
	void formatLeavesAFileWithASyntaxErrorUntouched() throws IOException {
		String broken = "sop  Rusak \"Rusak\" {\n  nomor\n   prosedur { 1 mulai \"x\" }\n";
		Path file = write("rusak.sop", broken);
		byte[] before = Files.readAllBytes(file);
		assertEquals(1, sop("format", file.toString()));
		assertArrayEquals(before, Files.readAllBytes(file));
		assertTrue(out.contains(file + ": tidak dirapikan, perbaiki dulu kesalahan sintaksnya"), out);
		assertEquals(List.of(file.getFileName().toString()), listing());
	}

	@Test
	void formatRewritesAMessyFileInPlaceAndCheckOnlyReports() throws IOException {
		Path file = write("uji.sop", VALID.replace("\n\t\t\t", " ").replace("\t", "  "));
		String messy = Sops.read(file);

		assertEquals(1, sop("format", "--check", file.toString()));
		assertEquals(List.of(file + ": perlu dirapikan", "1 berkas: 1 perlu dirapikan, 0 tidak dapat dibaca."),
				out.lines().toList());
		assertEquals(messy, Sops.read(file));

		assertEquals(0, sop("format", file.toString()));
		assertEquals(VALID, Sops.read(file));
		assertEquals(List.of(file.getFileName().toString()), listing());

		assertEquals(0, sop("format", "--check", file.toString()));
		assertEquals(List.of("1 berkas: 0 perlu dirapikan, 0 tidak dapat dibaca."), out.lines().toList());
	}

	@Test
	void generateWritesEveryFormatOfEverySopAndNeverASource() throws IOException {
		Path folder = dir.resolve("dokumen");
		assertEquals(0, sop("generate", "--format", "pdf,html,docx", Sops.EXAMPLES.toString(), "-o", folder.toString()));
		try (var files = Files.list(folder)) {
			assertEquals(List.of("kak.docx", "kak.html", "kak.pdf", "lakip.docx", "lakip.html", "lakip.pdf", "laporan-tahunan.docx",
					"laporan-tahunan.html", "laporan-tahunan.pdf", "pengukuran-kinerja.docx", "pengukuran-kinerja.html",
					"pengukuran-kinerja.pdf", "renja.docx", "renja.html", "renja.pdf"),
					files.map(f -> f.getFileName().toString()).sorted().toList());
		}
		assertEquals("15 dokumen dibuat, 0 SOP ditolak.", out.lines().reduce((a, b) -> b).orElseThrow());
		byte[] pdf = Files.readAllBytes(dir.resolve("dokumen/lakip.pdf"));
		assertTrue(ReadBack.pdfPages(pdf).get(0).contains("800/16/D-5/03/2024"));
	}

	@Test
	void generateRefusesAnSopWithErrorsAndSaysWhy() throws IOException {
		Path file = write("rusak.sop", VALID.replace("1 mulai kadis", "1 mulai kabid"));
		String before = Sops.read(file);
		assertEquals(1, sop("generate", file.toString(), "-o", dir.resolve("dokumen").toString()));
		assertEquals(List.of(
				file + ":12:11: error: Pelaksana 'kabid' belum dideklarasikan; tambahkan di bagian pelaksana, misalnya: kabid \"Nama Jabatan\". [sop.pelaksana.tidak-dikenal]",
				file + ": dokumen tidak dibuat, perbaiki dulu kesalahannya", "0 dokumen dibuat, 1 SOP ditolak."), out.lines().toList());
		assertEquals(before, Sops.read(file));
		assertFalse(Files.exists(dir.resolve("dokumen/rusak.pdf")));
	}

	@Test
	void bookletRefusesToWriteOverAnSopSourceAndUnknownFormats() throws IOException {
		Path victim = write("buku.sop", "buku Buku \"Buku\" { isi { Uji } }\n");
		write("uji.sop", VALID);
		String before = Sops.read(victim);
		assertEquals(2, sop("booklet", dir.toString(), "-o", victim.toString()));
		assertTrue(err.contains("Berkas tujuan harus berakhiran .pdf, .html atau .docx"), err);
		assertEquals(2, sop("generate", dir.toString(), "-o", dir.toString(), "--format", "sop"));
		assertTrue(err.contains("Format tidak dikenal: sop"), err);
		assertEquals(before, Sops.read(victim));
	}

	@Test
	void bookletOfTheExamplesListsItsFiveSops() throws IOException {
		Path pdf = dir.resolve("buku-sop.pdf");
		assertEquals(0, sop("booklet", Sops.EXAMPLES.toString(), "-o", pdf.toString()));
		assertEquals(List.of("Buku SOP \"Standar Operasional Prosedur Administrasi Pemerintahan Dinas Sosial Kota Metro\" (5 SOP) ditulis ke "
				+ pdf + "."), out.lines().toList());
		List<String> pages = ReadBack.pdfPages(Files.readAllBytes(pdf));
		assertTrue(pages.stream().anyMatch(page -> page.contains("DAFTAR ISI")));
		assertEquals(List.of(), listing().stream().filter(name -> name.endsWith(".tmp")).toList());
	}

	/** The folder holds only what the test wrote: no temporary file is left behind. */
	private List<String> listing() throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
