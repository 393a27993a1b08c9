package org.dinsos.sop.tests.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A booklet of many SOPs for the tests of the jar: the examples' SOPs, each copied under new names, titles and
 * nomor, bound by the examples' booklet (cover, Keputusan, paper, conventions).
 */
final class BookOfCopies {

	private static final Path EXAMPLES = Path.of(System.getProperty("sop.examples", "../examples")).toAbsolutePath();
	private static final Pattern HEADER = Pattern.compile("(?m)^sop (\\w+) \"([^\"]*)\"");
	private static final Pattern ISI = Pattern.compile("(?s)\tisi \\{.*?\n\t\\}");

	/** A copy: its name in the language, and its title. */
	record Copy(String name, String title) {
	}

	private BookOfCopies() {
	}

	/** Writes `copies` copies of every example and their booklet `buku.sop` into `book`; returns the copies in booklet order. */
	static List<Copy> write(Path book, int copies) throws IOException {
		StringBuilder isi = new StringBuilder();
		List<Copy> written = new ArrayList<>();
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path source : files.filter(file -> file.toString().endsWith(".sop") && !file.endsWith("buku.sop")).sorted().toList()) {
				String text = Files.readString(source, StandardCharsets.UTF_8);
				Matcher header = HEADER.matcher(text);
				assertTrue(header.find(), source::toString);
				for (int copy = 1; copy <= copies; copy++) {
					String name = header.group(1) + copy;
					String title = header.group(2) + " " + copy;
					String renamed = HEADER.matcher(text).replaceFirst("sop " + name + " \"" + Matcher.quoteReplacement(title) + "\"")
							.replaceFirst("(?m)^(\\tnomor \"[^\"]*)\"", "$1/" + copy + "\"");
					Files.writeString(book.resolve(name.toLowerCase() + ".sop"), renamed, StandardCharsets.UTF_8);
					isi.append("\t\t").append(name).append('\n');
					written.add(new Copy(name, title));
				}
			}
		}
		String buku = Files.readString(EXAMPLES.resolve("buku.sop"), StandardCharsets.UTF_8);
		Files.writeString(book.resolve("buku.sop"), ISI.matcher(buku).replaceFirst(Matcher.quoteReplacement("\tisi {\n" + isi + "\t}")),
				StandardCharsets.UTF_8);
		return written;
	}
}
