package org.dinsos.sop.tests.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.dinsos.sop.tests.cli.SopCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A logo is named by the text of an SOP, which anyone may write: only a real PNG or JPEG picture reaches a
 * document. Anything else is a diagnostic of `sop check` at the logo, and the document commands refuse it
 * before writing a single file.
 */
class LogoTest {

	@TempDir
	Path dir;

	private Path sopWithLogo(String name, String logo) {
		return SopCli.write(dir.resolve(name + ".sop"), SopCli.sop(name, "800/" + name.length() + "/2024",
				"\n\t\tlogo \"" + logo + "\""));
	}

	@Test
	void aPasswordFileNamedAsLogoIsADiagnosticAtTheLogo() {
		Path file = sopWithLogo("Uji", "/etc/passwd");

		SopCli check = SopCli.run("check", file.toString());

		assertEquals(1, check.exitCode());
		assertEquals(List.of(file + ":3:8: error: Logo '/etc/passwd' tidak dapat dipakai: bukan gambar PNG atau JPEG. [sop.logo.tidak-valid]",
				"1 berkas diperiksa: 1 kesalahan, 0 peringatan, 0 info."), check.out());
	}

	@Test
	void aDeviceAMissingFileAndABrokenPngAreNamedForWhatTheyAre() throws IOException {
		Files.write(dir.resolve("rusak.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3 });
		Path device = sopWithLogo("Perangkat", "/dev/zero");
		Path missing = sopWithLogo("Hilang", "tidak-ada.png");
		Path broken = sopWithLogo("Rusak", "rusak.png");

		SopCli check = SopCli.run("check", device.toString(), missing.toString(), broken.toString());

		assertEquals(List.of(
				device + ":3:8: error: Logo '/dev/zero' tidak dapat dipakai: bukan berkas biasa. [sop.logo.tidak-valid]",
				missing + ":3:8: error: Logo 'tidak-ada.png' tidak dapat dipakai: berkas tidak ditemukan. [sop.logo.tidak-valid]",
				broken + ":3:8: error: Logo 'rusak.png' tidak dapat dipakai: gambar PNG rusak, tidak dapat dibaca. [sop.logo.tidak-valid]",
				"3 berkas diperiksa: 3 kesalahan, 0 peringatan, 0 info."), check.out());
	}

	@Test
	void generateRefusesAnSopWhoseLogoIsNoPictureAndWritesNothingOfIt() {
		Path file = sopWithLogo("Uji", "/etc/passwd");
		Path output = dir.resolve("dokumen");

		SopCli generate = SopCli.run("generate", "--format", "html", file.toString(), "-o", output.toString());

		assertEquals(1, generate.exitCode());
		assertEquals(List.of(file + ":3:8: error: Logo '/etc/passwd' tidak dapat dipakai: bukan gambar PNG atau JPEG. [sop.logo.tidak-valid]",
				file + ": dokumen tidak dibuat, perbaiki dulu kesalahannya", "0 dokumen dibuat, 1 SOP ditolak."), generate.out());
		assertFalse(Files.exists(output));
	}

	@Test
	void aLogoOptionThatIsNoPictureStopsGenerateBeforeAnyDocumentIsWritten() {
		Path first = SopCli.write(dir.resolve("a.sop"), SopCli.sop("A", "800/1/2024", ""));
		Path second = SopCli.write(dir.resolve("b.sop"), SopCli.sop("B", "800/2/2024", ""));
		Path output = dir.resolve("dokumen");

		SopCli generate = SopCli.run("generate", "--format", "html", "--logo", "/etc/passwd", first.toString(),
				second.toString(), "-o", output.toString());

		assertEquals(2, generate.exitCode());
		assertEquals("Logo /etc/passwd tidak dapat dipakai: bukan gambar PNG atau JPEG.", generate.err().get(0));
		assertFalse(Files.exists(output));
	}

	@Test
	void aPngLogoIsEmbeddedAsAPngPicture() throws IOException {
		ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("logo.png").toFile());
		Path file = sopWithLogo("Uji", "logo.png");
		Path output = dir.resolve("dokumen");

		assertEquals(0, SopCli.run("generate", "--format", "html", file.toString(), "-o", output.toString()).exitCode());

		String html = Files.readString(output.resolve("Uji.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("logo.png")))), html);
	}
}
