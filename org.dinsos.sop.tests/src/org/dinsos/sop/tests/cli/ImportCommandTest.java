package org.dinsos.sop.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dinsos.sop.importer.Importer;
import org.dinsos.sop.tests.support.Imports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sop import`: one draft per SOP, a report of what was sure and guessed, the draft's problems; never an overwrite. */
class ImportCommandTest {

	@TempDir
	Path folder;

	@Test
	void theScannedSetBecomesFiveDraftsWithTheirGuessesAndProblems() throws IOException {
		Path out = folder.resolve("draf");
		SopCli result = SopCli.run("import", Imports.DATA.resolve("sop-dinsos-kota-metro.txt").toString(), "-o", out.toString());
		assertEquals(0, result.exitCode(), String.join("\n", result.out()));
		assertEquals(List.of("kak.sop", "lakip.sop", "laporan-kegiatan.sop", "pengukuran-kinerja.sop", "renja.sop"), SopCli.listing(out));
		assertTrue(result.out().get(0).endsWith("sop-dinsos-kota-metro.txt: 5 SOP ditemukan"), result.out().get(0));
		assertTrue(result.out().contains("  pasti: nomor, tanggal pembuatan, 2 kualifikasi pelaksana, 1 keterkaitan, 6 peralatan/perlengkapan, "
				+ "1 peringatan, 1 pencatatan dan pendataan, 4 pelaksana, 1 dari 11 langkah tanpa tebakan"), String.join("\n", result.out()));
		assertTrue(result.out().contains("    - langkah 8: nomor langkah terbaca \"3\"; dibaca 8 menurut urutan baris"));
		// The authors' second step 5 stays, and the validator says so, as `sop check` would.
		assertTrue(result.out().stream().anyMatch(line -> line.matches("  .*laporan-kegiatan\\.sop:\\d+:\\d+: error: .*\\[sop\\.nomor-langkah\\.ganda\\]")),
				String.join("\n", result.out()));
		assertEquals("5 draf ditulis, 0 ditolak karena berkasnya sudah ada, 0 berkas tidak dapat dibaca.", result.out().get(result.out().size() - 1));
		String lakip = Files.readString(out.resolve("lakip.sop"));
		assertTrue(lakip.contains("\t// pelaksana dari tanda di kolom Fungsional Perencana pada hasil OCR\n\t\t6 fungsionalPerencana \"Membuat Dokumen LAKIP\"\n"), lakip);
	}

	@Test
	void anExistingFileIsNeverOverwritten() throws IOException {
		Path out = folder.resolve("draf");
		Path docx = Imports.DATA.resolve("kantor-b.docx").toAbsolutePath();
		assertEquals(0, SopCli.run("import", docx.toString(), "-o", out.toString()).exitCode());
		Path draft = out.resolve("pelayanan-surat.sop");
		Files.writeString(draft, "// diedit analis\n");
		SopCli again = SopCli.run("import", docx.toString(), "-o", out.toString());
		assertEquals(1, again.exitCode());
		assertTrue(again.out().stream().anyMatch(line -> line.endsWith("pelayanan-surat.sop: sudah ada, tidak ditimpa; draf tidak ditulis")),
				String.join("\n", again.out()));
		assertEquals("// diedit analis\n", Files.readString(draft));
	}

	@Test
	void aWordFileWithoutAnSopIsRefusedAndNothingIsWritten() throws IOException {
		Path docx = folder.resolve("surat.docx");
		try (XWPFDocument doc = new XWPFDocument(); OutputStream stream = Files.newOutputStream(docx)) {
			doc.createParagraph().createRun().setText("Undangan rapat koordinasi");
			doc.write(stream);
		}
		assertRefused(docx, "tidak ada SOP di dalamnya (tidak ditemukan tabel identitas dengan Nomor SOP dan Nama SOP, maupun tabel "
				+ "flowchart dengan kolom No, Kegiatan, Pelaksana dan Waktu)");
	}

	@Test
	void aPasswordProtectedWordFileIsRefused() throws Exception {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		Files.copy(Imports.DATA.resolve("kantor-b.docx"), plain);
		Path docx = folder.resolve("rahasia.docx");
		try (POIFSFileSystem ole = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
			encryptor.confirmPassword("rahasia");
			try (OutputStream stream = encryptor.getDataStream(ole)) {
				stream.write(plain.toByteArray());
			}
			try (OutputStream stream = Files.newOutputStream(docx)) {
				ole.writeFilesystem(stream);
			}
		}
		assertRefused(docx, "dokumen dilindungi kata sandi (terenkripsi); buka di Word, hapus kata sandinya, simpan, lalu impor lagi");
	}

	@Test
	void aCorruptWordFileIsRefused() throws IOException {
		byte[] whole = Files.readAllBytes(Imports.DATA.resolve("kantor-a.docx"));
		Path docx = Files.write(folder.resolve("terpotong.docx"), java.util.Arrays.copyOf(whole, whole.length / 2));
		assertRefused(docx, "berkas rusak atau bukan dokumen Word (.docx)");
	}

	@Test
	void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
		Path text = folder.resolve("besar.txt");
		try (OutputStream stream = Files.newOutputStream(text)) {
			byte[] line = "Nomor SOP\t800/1/2024\n".getBytes();
			for (long written = 0; written <= Importer.MAX_TEXT_BYTES; written += line.length) {
				stream.write(line);
			}
		}
		assertRefused(text, "berkas terlalu besar (2,0 MB; paling besar 2,0 MB untuk berkas teks)");
	}

	@Test
	void aFileOfAnotherKindIsBadUsage() throws IOException {
		Path pdf = Files.writeString(folder.resolve("sop.pdf"), "%PDF-1.4");
		SopCli result = SopCli.run("import", pdf.toString(), "-o", folder.resolve("draf").toString());
		assertEquals(2, result.exitCode());
		assertTrue(result.err().get(0).startsWith("Bukan dokumen Word (.docx) atau teks hasil OCR (.txt): "), result.err().get(0));
	}

	private void assertRefused(Path source, String reason) throws IOException {
		Path out = folder.resolve("draf");
		SopCli result = SopCli.run("import", source.toString(), "-o", out.toString());
		assertEquals(1, result.exitCode());
		assertTrue(result.out().get(0).endsWith(source.getFileName() + ": " + reason + "; tidak ada draf yang ditulis"), result.out().get(0));
		assertEquals("0 draf ditulis, 0 ditolak karena berkasnya sudah ada, 1 berkas tidak dapat dibaca.", result.out().get(1));
		assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "no draft");
	}
}
