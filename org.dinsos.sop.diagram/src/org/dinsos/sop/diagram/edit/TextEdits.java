package org.dinsos.sop.diagram.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.dinsos.sop.text.TextEdit;

/** Arithmetic on lists of text edits: the smallest form of one edit, and two rounds of edits as one. */
final class TextEdits {

	private TextEdits() {
	}

	/**
	 * The edit without the characters it would replace by themselves, or empty when it changes nothing.
	 * It still replaces whole words and numbers: "10" to "11", not "0" to "1".
	 */
	static Optional<TextEdit> minimal(String text, int offset, int length, String replacement) {
		String replaced = text.substring(offset, offset + length);
		if (replaced.equals(replacement)) {
			return Optional.empty();
		}
		int prefix = 0;
		int shortest = Math.min(replaced.length(), replacement.length());
		while (prefix < shortest && replaced.charAt(prefix) == replacement.charAt(prefix)) {
			prefix++;
		}
		while (prefix > 0 && isWord(replaced, prefix - 1) && (isWord(replaced, prefix) || isWord(replacement, prefix))) {
			prefix--;
		}
		int suffix = 0;
		while (suffix < shortest - prefix && replaced.charAt(replaced.length() - 1 - suffix) == replacement
				.charAt(replacement.length() - 1 - suffix)) {
			suffix++;
		}
		while (suffix > 0 && isWord(replaced, replaced.length() - suffix)
				&& (isWord(replaced, replaced.length() - suffix - 1) || isWord(replacement, replacement.length() - suffix - 1))) {
			suffix--;
		}
		return Optional.of(new TextEdit(offset + prefix, length - prefix - suffix,
				replacement.substring(prefix, replacement.length() - suffix)));
	}

	/**
	 * The edits of `text` that give what `second` makes of what `first` made of it. Edits of the second
	 * round that touch text the first one wrote are merged with those edits.
	 */
	static List<TextEdit> compose(String text, List<TextEdit> first, List<TextEdit> second) {
		String between = TextEdit.apply(text, first);
		List<Span> spans = new ArrayList<>();
		int growth = 0;
		for (TextEdit edit : sorted(first)) {
			int start = edit.offset() + growth;
			spans.add(new Span(start, start + edit.text().length(), edit, null));
			growth += edit.text().length() - edit.length();
		}
		for (TextEdit edit : second) {
			spans.add(new Span(edit.offset(), edit.offset() + edit.length(), null, edit));
		}
		spans.sort(Comparator.comparingInt(Span::start));
		List<TextEdit> result = new ArrayList<>();
		int growthBefore = 0;
		for (int i = 0; i < spans.size();) {
			int start = spans.get(i).start();
			int end = spans.get(i).end();
			int growthWithin = 0;
			List<TextEdit> secondWithin = new ArrayList<>();
			for (; i < spans.size() && spans.get(i).start() <= end; i++) {
				Span span = spans.get(i);
				end = Math.max(end, span.end());
				if (span.first() != null) {
					growthWithin += span.first().text().length() - span.first().length();
				} else {
					secondWithin.add(new TextEdit(span.second().offset() - start, span.second().length(),
							span.second().text()));
				}
			}
			String replacement = TextEdit.apply(between.substring(start, end), secondWithin);
			int offset = start - growthBefore;
			minimal(text, offset, end - start - growthWithin, replacement).ifPresent(result::add);
			growthBefore += growthWithin;
		}
		return result;
	}

	private static boolean isWord(String text, int index) {
		return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
	}

	/** Where each edit's new text lies in the edited text, as {start, end}. */
	static List<int[]> newRanges(List<TextEdit> edits) {
		List<int[]> ranges = new ArrayList<>();
		int growth = 0;
		for (TextEdit edit : sorted(edits)) {
			int start = edit.offset() + growth;
			ranges.add(new int[] { start, start + edit.text().length() });
			growth += edit.text().length() - edit.length();
		}
		return ranges;
	}

	private static List<TextEdit> sorted(List<TextEdit> edits) {
		return edits.stream().sorted(Comparator.comparingInt(TextEdit::offset)).toList();
	}

	/** Where an edit of either round lies in the text between the two rounds. */
	private record Span(int start, int end, TextEdit first, TextEdit second) {
	}
}
