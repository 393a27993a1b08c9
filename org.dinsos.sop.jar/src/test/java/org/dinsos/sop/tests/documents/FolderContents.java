package org.dinsos.sop.tests.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What the tests that kill the jar look at afterwards: the names in a folder, the text of a log. */
final class FolderContents {

	private FolderContents() {
	}

	/** The names of the files in a folder, sorted. */
	static List<String> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	/** A file's text, or nothing when it cannot be read (the process may not have written it yet). */
	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return "";
		}
	}
}
