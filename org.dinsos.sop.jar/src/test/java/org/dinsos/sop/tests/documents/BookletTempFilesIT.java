package org.dinsos.sop.tests.documents;

import static org.dinsos.sop.tests.documents.FolderContents.list;
import static org.dinsos.sop.tests.documents.FolderContents.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sop.jar killed while it prints a booklet leaves nothing in the temporary folder: what it keeps there until the
 * booklet is written (the PDF's pages, the HTML's body, the Word booklet's pictures) is in a file whose name is
 * removed as soon as it is opened.
 */
class BookletTempFilesIT {

	private static final Path JAR = Path.of(System.getProperty("sop.jar", "target/sop.jar")).toAbsolutePath();
	private static final int COPIES = 8;

	@TempDir
	Path dir;

	@Test
	void aKillDuringPdfBookletLeavesNothingInTmp() throws Exception {
		killDuringBooklet("buku.pdf");
	}

	@Test
	void aKillDuringHtmlBookletLeavesNothingInTmp() throws Exception {
		killDuringBooklet("buku.html");
	}

	@Test
	void aKillDuringWordBookletLeavesNothingInTmp() throws Exception {
		killDuringBooklet("buku.docx");
	}

	private void killDuringBooklet(String output) throws Exception {
		Path tmp = Files.createDirectory(dir.resolve("tmp"));
		Path book = Files.createDirectory(dir.resolve("buku"));
		BookOfCopies.write(book, COPIES);
		Process process = new ProcessBuilder("java", "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(), "booklet", book.toString(),
				"-o", dir.resolve(output).toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
				.start();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (!opensFileIn(process, tmp)) {
			assertTrue(System.nanoTime() < deadline && process.isAlive(),
					() -> "the booklet kept nothing in " + tmp + ": " + read(dir.resolve("log.txt")));
			Thread.sleep(20);
		}
		process.destroyForcibly().waitFor();

		assertEquals(List.of(), list(tmp));
	}

	/** Whether the process has a file of the folder open (Linux: its descriptors in /proc). */
	private static boolean opensFileIn(Process process, Path folder) throws IOException {
		try (Stream<Path> descriptors = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
			return descriptors.anyMatch(descriptor -> {
				try {
					return Files.readSymbolicLink(descriptor).startsWith(folder);
				} catch (IOException closedMeanwhile) {
					return false;
				}
			});
		} catch (IOException exited) {
			return false;
		}
	}
}
