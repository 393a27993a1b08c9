package org.dinsos.sop.tests.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./sop starts each command from the class-data archive the build made for what that command loads: Java
 * maps it (under -Xshare:on a run that cannot fails) and takes nearly every class the command loads from it.
 */
class ClassDataArchiveIT {

	private static final Path SCRIPT = Path.of(System.getProperty("sop.script", "../sop")).toAbsolutePath();
	private static final Path TARGET = Path.of(System.getProperty("sop.jar", "target/sop.jar")).toAbsolutePath().getParent();
	private static final String LAKIP = Path.of(System.getProperty("sop.examples", "../examples"), "lakip.sop").toAbsolutePath().toString();

	@TempDir
	Path dir;

	@Test
	void checkingAndFormattingStartFromTheArchiveOfReading() throws Exception {
		assertStartsFrom("sop-check.jsa", "check", LAKIP);
		assertStartsFrom("sop-check.jsa", "format", "--check", LAKIP);
	}

	@Test
	void htmlAloneStartsFromTheArchiveOfHtml() throws Exception {
		assertStartsFrom("sop-html.jsa", "generate", "--format", "html", LAKIP, "-o", dir.resolve("html").toString());
		assertStartsFrom("sop-html.jsa", "generate", "-fhtml", LAKIP, "-o", dir.resolve("html").toString());
	}

	@Test
	void pdfAndWordStartFromTheWholeArchive() throws Exception {
		assertStartsFrom("sop.jsa", "generate", LAKIP, "-o", dir.resolve("pdf").toString());
		assertStartsFrom("sop.jsa", "generate", "--format=html,docx", LAKIP, "-o", dir.resolve("docx").toString());
	}

	private void assertStartsFrom(String archive, String... arguments) throws IOException, InterruptedException {
		Path classes = Files.createTempFile(dir, "classes", ".log");
		Path output = Files.createTempFile(dir, "output", ".log");
		List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder sop = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		sop.environment().put("JAVA_OPTS", "-Xshare:on -Xlog:cds=info -Xlog:class+load=info:file=" + classes);
		Process process = sop.start();
		assertTrue(process.waitFor(3, TimeUnit.MINUTES), "sop did not finish");
		String log = Files.readString(output);
		assertEquals(0, process.exitValue(), log);
		assertTrue(log.contains("Opened archive " + TARGET.resolve(archive) + "."), () -> "not started from " + archive + ":\n" + log);
		List<String> loaded = Files.readAllLines(classes).stream().filter(line -> line.contains(" source: ")).toList();
		long shared = loaded.stream().filter(line -> line.endsWith("source: shared objects file")).count();
		assertTrue(shared >= 0.9 * loaded.size(), () -> shared + " of " + loaded.size() + " classes from " + archive);
	}
}
