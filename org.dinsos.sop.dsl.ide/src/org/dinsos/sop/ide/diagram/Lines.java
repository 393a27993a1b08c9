package org.dinsos.sop.ide.diagram;

import java.util.ArrayList;
import java.util.List;

/** Breaks a text into lines at spaces, for symbols whose SVG text does not wrap by itself. */
final class Lines {

	private Lines() {
	}

	/**
	 * The text in lines of at most `width` characters (a longer word gets a line of its own), at most
	 * `maxLines` of them: the last one of a text that does not fit ends in "…".
	 */
	static List<String> wrap(String text, int width, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.length() > 0 ? " " : "").append(word);
		}
		lines.add(line.toString());
		if (lines.size() <= maxLines) {
			return lines;
		}
		List<String> shown = new ArrayList<>(lines.subList(0, maxLines));
		String last = shown.get(maxLines - 1);
		shown.set(maxLines - 1, (last.length() < width ? last : last.substring(0, width - 1)) + "…");
		return shown;
	}
}
