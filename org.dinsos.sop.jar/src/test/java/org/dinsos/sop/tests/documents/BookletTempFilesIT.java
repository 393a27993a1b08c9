package org.dinsos.sop.tests.documents;

import static org.dinsos.sop.tests.documents.FolderContents.list;
import static org.dinsos.sop.tests.documents.FolderContents.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sop.jar killed while it prints a booklet leaves nothing in the temporary folder: the pages it keeps there
 * until the booklet is written are in a file whose name is removed as soon as it is opened.
 */
class BookletTempFilesIT {

	private static final Path JAR = Path.of(System.getProperty("sop.jar", "target/sop.jar")).toAbsolutePath();
	private static final Path EXAMPLES = Path.of(System.getProperty("sop.examples", "../examples")).toAbsolutePath();
	private static final int COPIES = 8;
	private static final Pattern HEADER = Pattern.compile("(?m)^sop (\\w+) ");

	@TempDir
	Path dir;

	@Test
	void aKillDuringBookletLeavesNothingInTmp() throws Exception {
		Path tmp = Files.createDirectory(dir.resolve("tmp"));
		Path book = bookOfCopies(Files.createDirectory(dir.resolve("buku")));
		Process process = new ProcessBuilder("java", "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(), "booklet", book.toString(),
				"-o", dir.resolve("buku.pdf").toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
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

	/** The examples' SOPs, each copied under new names, and a booklet of them all: enough work to be caught at it. */
	private static Path bookOfCopies(Path book) throws IOException {
		StringBuilder isi = new StringBuilder();
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path source : files.filter(file -> file.toString().endsWith(".sop") && !file.endsWith("buku.sop")).sorted().toList()) {
				String text = Files.readString(source, StandardCharsets.UTF_8);
				Matcher header = HEADER.matcher(text);
				assertTrue(header.find(), source::toString);
				String name = header.group(1);
				for (int copy = 1; copy <= COPIES; copy++) {
					String renamed = HEADER.matcher(text).replaceFirst("sop " + name + copy + " ")
							.replaceFirst("(?m)^(\\tnomor \"[^\"]*)\"", "$1/" + copy + "\"");
					Files.writeString(book.resolve(name.toLowerCase() + copy + ".sop"), renamed, StandardCharsets.UTF_8);
					isi.append("\t\t").append(name).append(copy).append('\n');
				}
			}
		}
		Files.writeString(book.resolve("buku.sop"), """
				buku Salinan "Buku SOP Salinan" {
					unit "Dinas Sosial Kota Metro"
					tahun 2024
					isi {
				%s	}
				}
				""".formatted(isi), StandardCharsets.UTF_8);
		return book;
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
