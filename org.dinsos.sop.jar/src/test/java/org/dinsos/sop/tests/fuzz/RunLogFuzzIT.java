package org.dinsos.sop.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dinsos.sop.generator.checklist.RunLog;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The run-log reader on fuzzed logs: it reads the last run, or says which line it cannot use (naming the
 * log), and never fails with anything else.
 */
class RunLogFuzzIT {

	private static final String[] LINES = { "{\"run\":1,\"sop\":\"Lakip\",\"judul\":\"J\",\"operator\":\"Budi\",\"dimulai\":\"2024-01-01T00:00:00Z\"}",
			"{\"langkah\":1,\"kegiatan\":\"K\",\"mulai\":\"a\",\"selesai\":\"b\",\"menit\":1.5,\"melebihi\":false,\"berikutnya\":2}",
			"{\"langkah\":2,\"kegiatan\":\"K\",\"mulai\":\"a\",\"menit\":0}", "{\"run\":\"x\"}", "{}", "[]", "null", "" };

	@FuzzTest(maxDuration = "20s")
	void readsTheLastRunOrNamesTheLine(FuzzedDataProvider data) throws IOException {
		StringBuilder text = new StringBuilder();
		int lines = data.consumeInt(0, 6);
		for (int i = 0; i < lines; i++) {
			text.append(data.consumeBoolean() ? LINES[data.consumeInt(0, LINES.length - 1)] : data.consumeString(80));
			if (data.consumeInt(0, 7) > 0) {
				text.append('\n');
			}
		}
		Path log = Files.createTempFile("sop-fuzz", ".run.jsonl");
		try {
			Files.write(log, data.consumeBoolean() ? text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)
					: data.consumeRemainingAsBytes());
			try {
				new RunLog(log).lastRun();
			} catch (IllegalArgumentException refused) {
				assertTrue(refused.getMessage().contains(log.toString()), refused::getMessage);
			}
		} finally {
			Files.deleteIfExists(log);
		}
	}
}
