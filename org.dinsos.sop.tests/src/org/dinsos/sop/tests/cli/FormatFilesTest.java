package org.dinsos.sop.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `sop format` rewrites a file the way its owner set it up: through a symbolic link, in place when it has
 * other hard links, with its permissions, owner and group; a read-only file is refused and left alone while the rest of the batch goes on. `sop
 * generate` refuses two inputs that would write the same documents before writing any.
 */
class FormatFilesTest {

	@TempDir
	Path dir;

	/** An SOP laid out carelessly: two spaces instead of tabs before the pelaksana and the steps. */
	private static String untidy(String name) {
		return SopCli.sop(name, "800/" + name.length() + "/2024", "").replace("\t\tkadis \"Kepala Dinas\"", "  kadis    \"Kepala Dinas\"")
				.replace("\t\t1 mulai kadis", "  1   mulai kadis");
	}

	/** What format makes of the untidy SOP, found by formatting a plain copy of it. */
	private String tidy(String name) throws IOException {
		Path copy = SopCli.write(dir.resolve("rapi/" + name + ".sop"), untidy(name));
		assertEquals(0, SopCli.run("format", copy.toString()).exitCode());
		String tidy = Files.readString(copy);
		assertNotEquals(untidy(name), tidy);
		return tidy;
	}

	@Test
	void formatThroughASymbolicLinkWritesTheTargetAndKeepsTheLink() throws IOException {
		Path target = SopCli.write(dir.resolve("bersama/uji.sop"), untidy("Uji"));
		Path link = Files.createSymbolicLink(dir.resolve("uji.sop"), Path.of("bersama/uji.sop"));

		SopCli format = SopCli.run("format", link.toString());

		assertEquals(List.of(link + ": dirapikan", "1 berkas: 1 dirapikan, 0 tidak dapat dibaca."), format.out());
		assertTrue(Files.isSymbolicLink(link));
		assertEquals(Path.of("bersama/uji.sop"), Files.readSymbolicLink(link));
		assertEquals(tidy("Uji"), Files.readString(target));
	}

	@Test
	void formatOfAFileWithTwoHardLinksChangesBothNames() throws IOException {
		Path file = SopCli.write(dir.resolve("uji.sop"), untidy("Uji"));
		Path otherName = Files.createLink(Files.createDirectories(dir.resolve("arsip")).resolve("uji.sop"), file);

		SopCli format = SopCli.run("format", file.toString());

		assertEquals(List.of(file + ": dirapikan", "1 berkas: 1 dirapikan, 0 tidak dapat dibaca."), format.out());
		assertEquals(tidy("Uji"), Files.readString(otherName));
		assertTrue(Files.isSameFile(file, otherName));
		assertEquals(2, Files.getAttribute(file, "unix:nlink"));
		try (var left = Files.list(dir)) {
			assertEquals(List.of("arsip", "rapi", "uji.sop"), left.map(path -> path.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void formatKeepsPermissionsAndGroup() throws IOException {
		Path file = SopCli.write(dir.resolve("uji.sop"), untidy("Uji"));
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		view.setPermissions(PosixFilePermissions.fromString("rw-rw----"));
		try {
			view.setGroup(file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("daemon"));
		} catch (IOException notAMember) {
			// A user outside the group daemon keeps the file in their own group: that group must stay too.
		}
		GroupPrincipal group = view.readAttributes().group();

		assertEquals(0, SopCli.run("format", file.toString()).exitCode());

		assertEquals(tidy("Uji"), Files.readString(file));
		PosixFileAttributeView after = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
		assertEquals("rw-rw----", PosixFilePermissions.toString(after.readAttributes().permissions()));
		assertEquals(group, after.readAttributes().group());
	}

	@Test
	void aReadOnlyFileIsRefusedAndTheRestOfTheBatchIsFormatted() throws IOException {
		Path readOnly = SopCli.write(dir.resolve("a.sop"), untidy("A"));
		Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
		Path writable = SopCli.write(dir.resolve("b.sop"), untidy("B"));

		SopCli format = SopCli.run("format", readOnly.toString(), writable.toString());

		assertEquals(1, format.exitCode());
		assertEquals(List.of(readOnly + ": tidak dirapikan, berkas hanya-baca", writable + ": dirapikan",
				"2 berkas: 1 dirapikan, 0 tidak dapat dibaca, 1 ditolak (" + readOnly + ")."), format.out());
		assertEquals(untidy("A"), Files.readString(readOnly));
		assertEquals(tidy("B"), Files.readString(writable));
	}

	@Test
	void twoInputsWithTheSameNameAreRefusedBeforeAnyDocumentIsWritten() {
		Path first = SopCli.write(dir.resolve("keuangan/lakip.sop"), SopCli.sop("LakipKeuangan", "800/1/2024", ""));
		Path second = SopCli.write(dir.resolve("umum/Lakip.sop"), SopCli.sop("LakipUmum", "800/2/2024", ""));
		Path output = dir.resolve("dokumen");

		SopCli generate = SopCli.run("generate", "--format", "html", first.toString(), second.toString(), "-o", output.toString());

		assertEquals(2, generate.exitCode());
		assertEquals("Berkas " + first + " dan " + second + " akan menulis dokumen yang sama (Lakip.*) di " + output
				+ "; ganti nama salah satunya atau buat dokumennya dengan dua perintah, -o berbeda. Belum ada dokumen yang ditulis.",
				generate.err().get(0));
		assertFalse(Files.exists(output));
	}
}
