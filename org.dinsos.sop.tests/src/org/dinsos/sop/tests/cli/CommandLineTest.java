package org.dinsos.sop.tests.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.dinsos.sop.cli.SopCommand;
import org.dinsos.sop.tests.support.ReadBack;
import org.dinsos.sop.tests.support.Sops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The `sop` commands as a user runs them: their output lines, exit codes and files on disk. */
class CommandLineTest {

	@TempDir
	Path dir;

	private String out;
	private String err;

	/** What the operator types, line by line, for `sop run`. */
	private String input = "";

	private int sop(String... args) {
		StringWriter outText = new StringWriter();
		StringWriter errText = new StringWriter();
		int exitCode = SopCommand.run(new BufferedReader(new StringReader(input)), new PrintWriter(outText),
				new PrintWriter(errText), args);
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
		for (String command : List.of("check", "format", "generate", "booklet", "run")) {
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
	void anOutputFolderThatCannotBeMadeIsNamedInTheUsersWords() throws IOException {
		Path file = write("uji.sop", VALID);
		Path blocker = write("bukan-folder", "");
		assertEquals(1, sop("generate", "--format", "html", file.toString(), "-o", blocker.resolve("dokumen").toString()));
		assertEquals("sop: " + blocker.resolve("dokumen") + ": sebagian jalurnya berkas biasa, bukan folder\n",
				err.replace(System.lineSeparator(), "\n"));
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

	@Test
	void generateWritesTheChecklistsBesideTheDocuments() throws IOException {
		Path folder = dir.resolve("checklist");
		assertEquals(0, sop("generate", "--format", "checklist-json,checklist-html,checklist-md", Sops.example("lakip.sop").toString(),
				"-o", folder.toString()));
		try (var files = Files.list(folder)) {
			assertEquals(List.of("lakip.checklist.html", "lakip.checklist.json", "lakip.checklist.md"),
					files.map(f -> f.getFileName().toString()).sorted().toList());
		}
		assertTrue(Sops.read(folder.resolve("lakip.checklist.html")).contains(Sops.read(folder.resolve("lakip.checklist.json"))),
				"the page carries the checklist JSON");
		assertTrue(Sops.read(folder.resolve("lakip.checklist.json")).contains("\"format\": \"sop-checklist\""));
		assertTrue(Sops.read(folder.resolve("lakip.checklist.md")).contains("- [ ] **7. Mengoreksi Dokumen LAKIP** (keputusan)"));
	}

	@Test
	void generateWritesTheMonitoringFormsInPdfAndWord() throws IOException {
		Path folder = dir.resolve("formulir");
		assertEquals(0, sop("generate", "--format", "monitoring,monitoring-docx", Sops.example("renja.sop").toString(), "-o",
				folder.toString()));
		try (var files = Files.list(folder)) {
			assertEquals(List.of("renja.monitoring.docx", "renja.monitoring.pdf"), files.map(f -> f.getFileName().toString()).sorted().toList());
		}
		String pdf = ReadBack.squeeze(String.join(" ", ReadBack.pdfPages(Files.readAllBytes(folder.resolve("renja.monitoring.pdf")))));
		assertTrue(pdf.contains(ReadBack.squeeze("Tindakan yang harus diambil")), pdf);
		assertTrue(pdf.contains(ReadBack.squeeze("Mudah dipahami")), pdf);
	}

	/** LAKIP with the corrections loop taken once: Tidak at step 7 goes back to step 6, then Ya goes on to 8. */
	private static final String LAKIP_ANSWERS = String.join("\n", "", "", "", "", "", "catatan di langkah 6", "t dokumen belum lengkap",
			"", "x", "y", "", "", "", "") + "\n";

	private static final List<Integer> LAKIP_PATH = List.of(1, 2, 3, 4, 5, 6, 7, 6, 7, 8, 9, 10, 11);

	@Test
	void runTakesTheOperatorThroughTheFlowAndLogsEveryStep() throws IOException {
		Path log = dir.resolve("lakip.jsonl");
		input = LAKIP_ANSWERS;
		assertEquals(0, sop("run", Sops.example("lakip.sop").toString(), "--operator", "Budi", "--log", log.toString()));

		List<JsonObject> lines = jsonLines(log);
		assertEquals("Lakip", lines.get(0).get("sop").getAsString());
		assertEquals("Budi", lines.get(0).get("operator").getAsString());
		List<JsonObject> steps = lines.subList(1, lines.size());
		assertEquals(LAKIP_PATH, steps.stream().map(step -> step.get("langkah").getAsInt()).toList());
		assertEquals("tidak", steps.get(6).get("jawaban").getAsString());
		assertEquals("dokumen belum lengkap", steps.get(6).get("catatan").getAsString());
		assertEquals(6, steps.get(6).get("berikutnya").getAsInt());
		assertEquals("ya", steps.get(8).get("jawaban").getAsString());
		assertEquals("catatan di langkah 6", steps.get(5).get("catatan").getAsString());
		assertFalse(steps.get(0).has("jawaban"));
		assertEquals(10, steps.get(0).get("menitBaku").getAsInt());
		assertFalse(steps.get(steps.size() - 1).has("berikutnya"), "the end step ends the run");
		for (JsonObject step : steps) {
			assertTrue(step.get("mulai").getAsString().compareTo(step.get("selesai").getAsString()) <= 0, step.toString());
			assertEquals("Budi", step.get("operator").getAsString());
		}

		assertTrue(out.contains("Langkah 7 dari 11 (keputusan) · Kepala Dinas · waktu baku 1 hari"), out);
		assertTrue(out.contains("Jawab y (ya) atau t (tidak), boleh diikuti catatan."), out);
		assertTrue(out.contains("Run selesai."), out);
		assertTrue(out.contains("13 langkah dijalankan, 0 melebihi waktu baku."), out);
	}

	@Test
	void anInterruptedRunGoesOnFromItsLogAtTheStepNotDone() throws IOException {
		Path log = dir.resolve("lakip.jsonl");
		List<String> answers = LAKIP_ANSWERS.lines().toList();
		input = String.join("\n", answers.subList(0, 7)) + "\n";
		assertEquals(3, sop("run", Sops.example("lakip.sop").toString(), "--operator", "Budi", "--log", log.toString()));
		assertTrue(out.contains("Run dihentikan di langkah 6."), out);
		// A kill while a line was being written leaves it cut short.
		Files.writeString(log, "{\"langkah\":6,\"kegia", StandardOpenOption.APPEND);

		input = String.join("\n", answers.subList(7, answers.size())) + "\n";
		assertEquals(0, sop("run", Sops.example("lakip.sop").toString(), "--log", log.toString()));
		assertTrue(out.contains("Melanjutkan run ke-1 dari " + log + ": 7 langkah sudah selesai, lanjut di langkah 6."), out);

		List<JsonObject> lines = jsonLines(log);
		assertEquals(1, lines.stream().filter(line -> line.has("run")).count(), "one run, resumed");
		assertEquals(LAKIP_PATH, lines.stream().skip(1).map(step -> step.get("langkah").getAsInt()).toList());
		assertEquals("Budi", lines.get(lines.size() - 1).get("operator").getAsString(), "the operator of the run goes on");
	}

	@Test
	void runRefusesAnSopWithErrorsAndALogOfAnotherSop() throws IOException {
		Path broken = write("rusak.sop", VALID.replace("1 mulai kadis", "1 mulai kabid"));
		assertEquals(1, sop("run", broken.toString(), "--log", dir.resolve("x.jsonl").toString()));
		assertTrue(out.contains(broken + ": run tidak dimulai, perbaiki dulu kesalahannya"), out);
		assertFalse(Files.exists(dir.resolve("x.jsonl")));

		Path log = write("lain.jsonl", "{\"run\":1,\"sop\":\"Renja\",\"judul\":\"Renja\",\"operator\":\"Ani\",\"dimulai\":\"2026-01-01T00:00:00Z\"}\n");
		assertEquals(1, sop("run", Sops.example("lakip.sop").toString(), "--log", log.toString()));
		assertTrue(err.contains("Log " + log + " berisi run SOP Renja, bukan Lakip; pakai --log dengan berkas lain."), err);
	}

	private static List<JsonObject> jsonLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
	}

	/** The folder holds only what the test wrote: no temporary file is left behind. */
	private List<String> listing() throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
