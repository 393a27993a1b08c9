package org.dinsos.sop.text;

import java.util.Comparator;
import java.util.List;

/** A replacement of `length` characters at `offset` of a file's text. */
public record TextEdit(int offset, int length, String text) {

	/** The text with all edits made; the edits must not overlap. */
	public static String apply(String text, List<TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed())
				.forEach(edit -> result.replace(edit.offset(), edit.offset() + edit.length(), edit.text()));
		return result.toString();
	}
}
