package org.dinsos.sop.diagram.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.dinsos.sop.text.TextEdit;
import org.eclipse.xtext.nodemodel.ILeafNode;

/**
 * Mends what the change serializer does to the lines around its replacements. A `//` comment ends
 * with its line break, and the serializer treats both as white space it may rewrite: it drops a
 * comment at the end of a line it rewrites, or writes a comment above an element again; it inserts
 * after the indentation of a line, or glues the comment above a moved element to the line before;
 * and a removed element takes line breaks and blank lines around it along, or leaves its indentation
 * behind. Every edit here puts whole lines where the serializer put pieces of them.
 */
final class LineRepair {

	private LineRepair() {
	}

	/**
	 * The replacement of `length` characters at `offset` by `replacement`, with the lines around it as
	 * they were. A comment that ended a line the replacement rewrote goes back to the end of that line;
	 * one whose line is gone is added to `dropped`.
	 */
	static TextEdit repair(String text, List<ILeafNode> comments, int offset, int length, String replacement,
			List<String> dropped) {
		String result = replacement;
		String before = text.substring(text.lastIndexOf('\n', offset - 1) + 1, offset);
		for (ILeafNode comment : comments) {
			String body = comment.getText().strip();
			boolean replaced = offset <= comment.getOffset() && comment.getEndOffset() <= offset + length;
			if (replaced && !result.contains(body)) {
				int lineStart = text.lastIndexOf('\n', comment.getOffset() - 1) + 1;
				String code = text.substring(lineStart, comment.getOffset());
				String lines = before + result;
				int line = code.isBlank() || result.isEmpty() ? -1 : lineIndex(lines, code.strip());
				if (line >= 0) {
					int lineEnd = lines.indexOf('\n', line);
					int at = (lineEnd < 0 ? lines.length() : lineEnd) - before.length();
					String gap = code.substring(code.stripTrailing().length());
					result = result.substring(0, at) + gap + body + result.substring(at);
				} else if (!code.isBlank()) {
					dropped.add(body);
				}
			}
		}
		if (result.isEmpty()) {
			return deletion(text, offset, length);
		}
		if (length == 0) {
			return insertion(text, offset, result);
		}
		if (text.charAt(offset + length - 1) == '\n' && !result.endsWith("\n")) {
			result += "\n";
		}
		return new TextEdit(offset, length, result);
	}

	/**
	 * An insertion goes in as lines of its own: at the start of a line, or after its indentation, it
	 * goes above that line; after the text of a line, a comment it starts with starts a new line, and
	 * at the end of a line it leaves no white space behind. The comments it starts with are indented
	 * like the element they are about.
	 */
	private static TextEdit insertion(String text, int offset, String inserted) {
		if (inserted.isBlank()) {
			return new TextEdit(offset, 0, inserted);
		}
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		String before = text.substring(lineStart, offset);
		if (before.isBlank()) {
			String lines = inserted.replaceFirst("^\n+", "").stripTrailing();
			String indented = Character.isWhitespace(lines.charAt(0)) ? lines : before + lines;
			return new TextEdit(lineStart, 0, commentsIndented(indented + "\n", 0));
		}
		String lines = isComment(inserted.stripLeading()) ? "\n" + inserted.stripLeading() : inserted;
		int lineEnd = text.indexOf('\n', offset);
		boolean endOfLine = text.substring(offset, lineEnd < 0 ? text.length() : lineEnd).isBlank();
		return new TextEdit(offset, 0, commentsIndented(endOfLine ? lines.stripTrailing() : lines, 1));
	}

	/**
	 * The lines, from line `first` on, with the comments before the first line of code indented like
	 * that line: the formatter indents the comments of a moved element like the lines above them.
	 */
	private static String commentsIndented(String text, int first) {
		String[] lines = text.split("\n", -1);
		boolean inBlock = false;
		int code = -1;
		for (int i = first; i < lines.length && code < 0; i++) {
			String line = lines[i].strip();
			if (inBlock || isComment(line)) {
				inBlock = (inBlock || line.startsWith("/*")) && !line.contains("*/");
			} else if (!line.isEmpty()) {
				code = i;
			}
		}
		if (code < 0) {
			return text;
		}
		String indent = lines[code].substring(0, lines[code].length() - lines[code].stripLeading().length());
		for (int i = first; i < code; i++) {
			if (!lines[i].isBlank()) {
				lines[i] = indent + lines[i].stripLeading();
			}
		}
		return String.join("\n", lines);
	}

	private static boolean isComment(String text) {
		return text.startsWith("//") || text.startsWith("/*");
	}

	/**
	 * The edits of one round without the lines that repeat a comment no edit replaces: the serializer
	 * writes the comment above an element it rewrites again, though it stays where it was.
	 */
	static List<TextEdit> withoutCopiedComments(List<ILeafNode> comments, List<TextEdit> edits) {
		List<String> staying = comments.stream()
				.filter(comment -> edits.stream().noneMatch(edit -> edit.offset() <= comment.getOffset()
						&& comment.getEndOffset() <= edit.offset() + edit.length()))
				.map(comment -> comment.getText().strip()).collect(Collectors.toList());
		return edits.stream().map(edit -> {
			String[] lines = edit.text().split("\n", -1);
			String kept = Arrays.stream(lines).filter(line -> !staying.contains(line.strip()))
					.collect(Collectors.joining("\n"));
			return kept.length() == edit.text().length() ? edit : new TextEdit(edit.offset(), edit.length(), kept);
		}).collect(Collectors.toList());
	}

	/**
	 * Where the line that `code` became starts in `text`, or -1: the line reading the same, else the
	 * only one starting with the same word (a changed "output ..." line; a step's number may change).
	 */
	private static int lineIndex(String text, String code) {
		List<Integer> sameWord = new ArrayList<>();
		int start = 0;
		for (String line : text.split("\n", -1)) {
			if (line.strip().equals(code)) {
				return start;
			}
			if (firstWord(line).equals(firstWord(code))) {
				sameWord.add(start);
			}
			start += line.length() + 1;
		}
		return sameWord.size() == 1 ? sameWord.get(0) : -1;
	}

	private static String firstWord(String line) {
		return line.strip().split("\\s+", 2)[0].replaceAll("\\d+", "#");
	}

	/**
	 * A deletion that takes whole lines, from the first line with deleted text to the last one, when
	 * nothing else is on them: the line breaks and blank lines around it stay as they were.
	 */
	private static TextEdit deletion(String text, int offset, int length) {
		String deleted = text.substring(offset, offset + length);
		int first = offset + deleted.length() - deleted.stripLeading().length();
		int last = offset + deleted.stripTrailing().length();
		int start = text.lastIndexOf('\n', first - 1) + 1;
		int lineEnd = text.indexOf('\n', last);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		boolean alone = text.substring(Math.min(start, offset), offset).isBlank()
				&& text.substring(offset + length, Math.max(lineEnd, offset + length)).isBlank();
		if (deleted.isBlank() || !alone) {
			return new TextEdit(offset, length, "");
		}
		int end = Math.min(lineEnd + 1, text.length());
		// Of a blank line above and one below, one stays.
		int nextLineEnd = text.indexOf('\n', end);
		if (start > 0 && isBlankLine(text, start - 1) && nextLineEnd >= 0 && text.substring(end, nextLineEnd).isBlank()) {
			end = nextLineEnd + 1;
		}
		return new TextEdit(start, end - start, "");
	}

	/** Whether the line that ends at the line break at `lineBreak` is blank. */
	private static boolean isBlankLine(String text, int lineBreak) {
		return text.substring(text.lastIndexOf('\n', lineBreak - 1) + 1, lineBreak).isBlank();
	}
}
