package org.dinsos.sop.tests.documents;

import static org.dinsos.sop.tests.documents.FolderContents.list;
import static org.dinsos.sop.tests.documents.FolderContents.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sop.jar killed while it writes documents leaves no copy of its font in the temporary folder: the font
 * is read from one file in the user's cache folder, kept for the next run.
 */
class FontTempFilesIT {

	private static final Path JAR = Path.of(System.getProperty("sop.jar", "target/sop.jar")).toAbsolutePath();
	private static final Path EXAMPLES = Path.of(System.getProperty("sop.examples", "../examples")).toAbsolutePath();

	@TempDir
	Path dir;

	@Test
	void aKillDuringGenerateLeavesNoFontInTmp() throws Exception {
		Path tmp = Files.createDirectory(dir.resolve("tmp"));
		Path cache = Files.createDirectory(dir.resolve("cache"));
		Path output = dir.resolve("dokumen");
		ProcessBuilder generate = new ProcessBuilder("java", "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(), "generate",
				"--format", "docx,pdf", EXAMPLES.toString(), "-o", output.toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("log.txt").toFile());
		generate.environment().put("XDG_CACHE_HOME", cache.toString());
		Process process = generate.start();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (!Files.isDirectory(output) || list(output).isEmpty()) {
			assertTrue(System.nanoTime() < deadline && process.isAlive(), () -> "no document written: " + read(dir.resolve("log.txt")));
			Thread.sleep(50);
		}
		process.destroyForcibly().waitFor();

		assertEquals(List.of(), list(tmp).stream().filter(name -> name.startsWith("+~JF")).toList());
		List<String> cached = list(cache.resolve("sop-workbench/fonts"));
		assertEquals(2, cached.size(), () -> "both faces AWT measures with (the bold for lane headings), each cached once: " + cached);
		assertTrue(cached.get(0).matches("LiberationSans-Bold-[0-9a-f]{8}\\.ttf"), cached::toString);
		assertTrue(cached.get(1).matches("LiberationSans-Regular-[0-9a-f]{8}\\.ttf"), cached::toString);
	}
}
