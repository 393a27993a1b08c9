package org.dinsos.sop.tests.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dinsos.sop.tests.cli.SopCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a file's bytes are read: UTF-8, with or without the byte order mark Notepad writes; any other byte
 * is named at its line and column by check and format alike, never as a raw exception text.
 */
class EncodingTest {

	private static final byte[] BOM = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };

	@TempDir
	Path dir;

	@Test
	void aLatin1ByteIsAnErrorAtItsLineAndColumnForCheckAndFormat() throws IOException {
		String text = SopCli.sop("Uji", "800/1/2024", "").replace("\"Memerintahkan\"", "\"Memerintahkan caf\u00e9\"");
		Path file = dir.resolve("latin.sop");
		byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
		Files.write(file, latin1);
		String error = file + ":12:35: error: Berkas bukan UTF-8: byte 0xE9 di baris 12 kolom 35 bukan UTF-8 yang sah. "
				+ "Simpan ulang berkas sebagai UTF-8 (di Notepad: Simpan Sebagai, Encoding UTF-8). [sop.berkas.bukan-utf8]";

		SopCli check = SopCli.run("check", file.toString());
		SopCli format = SopCli.run("format", file.toString());

		assertEquals(List.of(error, "1 berkas diperiksa: 1 kesalahan, 0 peringatan, 0 info."), check.out());
		assertEquals(List.of(error, file + ": tidak dirapikan, simpan dulu sebagai UTF-8",
				"1 berkas: 0 dirapikan, 1 tidak dapat dibaca."), format.out());
		assertEquals(1, format.exitCode());
		assertArrayEquals(latin1, Files.readAllBytes(file));
	}

	@Test
	void aByteOrderMarkIsAcceptedByCheckAndDroppedByFormat() throws IOException {
		String text = SopCli.sop("Uji", "800/1/2024", "");
		Path file = dir.resolve("notepad.sop");
		Files.write(file, concat(BOM, text.getBytes(StandardCharsets.UTF_8)));

		assertEquals(List.of("1 berkas diperiksa: 0 kesalahan, 0 peringatan, 0 info."), SopCli.run("check", file.toString()).out());
		assertEquals(List.of(file + ": perlu dirapikan", "1 berkas: 1 perlu dirapikan, 0 tidak dapat dibaca."),
				SopCli.run("format", "--check", file.toString()).out());
		assertEquals(0, SopCli.run("format", file.toString()).exitCode());
		assertEquals(text, Files.readString(file, StandardCharsets.UTF_8));
	}

	@Test
	void aStepNumberTooLargeForAnyStepCountIsNamedAsWritten() {
		Path file = SopCli.write(dir.resolve("besar.sop"), SopCli.sop("Uji", "800/1/2024", "").replace("2 selesai", "99999999999 selesai"));

		SopCli check = SopCli.run("check", file.toString());

		assertEquals(List.of(file + ":14:3: error: Nomor langkah 99999999999 terlalu besar; nomor langkah berjalan 1 sampai jumlah "
				+ "langkah (2). [sop.nomor-langkah.terlalu-besar]", "1 berkas diperiksa: 1 kesalahan, 0 peringatan, 0 info."),
				check.out());
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}
}
