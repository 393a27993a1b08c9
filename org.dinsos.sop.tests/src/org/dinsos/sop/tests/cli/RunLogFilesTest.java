package org.dinsos.sop.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sop run --log` reads only a regular file, and a log line it cannot use is named by its line number. */
class RunLogFilesTest {

	private static final Duration AT_ONCE = Duration.ofSeconds(60);

	@TempDir
	Path dir;

	private SopCli run(Path log) {
		Path file = SopCli.write(dir.resolve("uji.sop"), SopCli.sop("Uji", "800/1/2024", ""));
		return assertTimeoutPreemptively(AT_ONCE, () -> SopCli.run("run", file.toString(), "--log", log.toString()));
	}

	@Test
	void aDeviceAsLogIsRefusedAtOnce() {
		SopCli run = run(Path.of("/dev/zero"));

		assertEquals(2, run.exitCode());
		assertEquals("Log /dev/zero bukan berkas biasa (perangkat, FIFO atau folder); pakai --log dengan berkas biasa.",
				run.err().get(0));
	}

	@Test
	void aFifoAsLogIsRefusedAtOnce() throws Exception {
		Path fifo = dir.resolve("log.fifo");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

		SopCli run = run(fifo);

		assertEquals(2, run.exitCode());
		assertEquals("Log " + fifo + " bukan berkas biasa (perangkat, FIFO atau folder); pakai --log dengan berkas biasa.",
				run.err().get(0));
	}

	@Test
	void aLogLineOfTheWrongShapeIsNamedByItsLineNotByGson() throws IOException {
		Path log = Files.writeString(dir.resolve("uji.run.jsonl"), "{\"run\":\"satu\",\"sop\":\"Uji\"}\n");

		SopCli run = run(log);

		assertEquals(1, run.exitCode());
		assertEquals(List.of("sop: " + log + ":1: baris log tidak lengkap atau isiannya salah jenis"), run.err());
	}
}
