package org.dinsos.sop.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dinsos.sop.importer.Texts;

/**
 * The markup an OCR tool leaves in its text, read as what it stands for: table cells separated by tabs,
 * HTML lists and emphasis, Markdown headings and bullets, LaTeX glyphs for the symbols it recognised,
 * and "Image: ..." where it saw a picture.
 */
final class OcrText {

	/** A symbol drawn in a cell that the OCR kept as a glyph: a step's symbol. */
	static final String SHAPE = "○◯□◇◊♦◆●▭▣Ŏ";
	/** A line of the flow. */
	private static final String ARROWS = "→←↑↓><⇒⇐";
	private static final Pattern LATEX = Pattern.compile("\\$\\\\?([A-Za-z]+)\\$");
	private static final Pattern TAG = Pattern.compile("<[^>]{1,20}>");
	/** A letter or digit alone in a lane cell is a symbol the OCR misread, unless it looks like a line ("1", "I", "T"). */
	private static final Pattern LETTER_SYMBOL = Pattern.compile("^[A-Za-z0-9]$");
	private static final Pattern LINE_LIKE = Pattern.compile("^[1lIiTtJj7|]$");

	private OcrText() {
	}

	/** The cells of a line: the OCR separates them by tabs, and empty cells keep their place. */
	static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		for (String cell : line.split("\t", -1)) {
			cells.add(cell(cell));
		}
		return cells;
	}

	/** One cell's text: glyphs for symbols, entities decoded, emphasis dropped; an emphasised blank is a drawn box. */
	static String cell(String raw) {
		String text = raw.replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
		Matcher latex = LATEX.matcher(text);
		StringBuilder glyphs = new StringBuilder();
		while (latex.find()) {
			latex.appendReplacement(glyphs, switch (latex.group(1)) {
				case "Diamond", "diamond" -> "◇";
				case "bigcirc", "circ", "Circle" -> "○";
				case "Box", "square" -> "□";
				case "rightarrow", "to", "longrightarrow" -> "→";
				case "leftarrow", "longleftarrow" -> "←";
				default -> "●";
			});
		}
		latex.appendTail(glyphs);
		text = glyphs.toString();
		if (text.startsWith("Image:")) {
			return "▣";
		}
		boolean tagged = TAG.matcher(text).find();
		String plain = TAG.matcher(text).replaceAll(" ");
		if (tagged && plain.isBlank() && !text.contains("li>")) {
			// An underlined blank is a line drawn through the cell; an empty emphasised run, a box's outline.
			return TAG.matcher(text).replaceAll("").isEmpty() ? "▭" : "—";
		}
		return Texts.clean(plain);
	}

	/** A list cell's lines: an HTML list item or a Markdown bullet starts a new line. */
	static List<String> listLines(String raw) {
		String text = raw.replaceAll("(?i)<li>", "\n- ").replaceAll("(?i)</?(ol|ul|li|b|i|u|del)>", " ");
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\n")) {
			String cleaned = Texts.clean(line.replaceFirst("^\\s*#+\\s*", ""));
			while (cleaned.matches("^[-•*]\\s+(\\d{1,2}|[IlL])[.)]\\s+.*")) {
				cleaned = cleaned.replaceFirst("^[-•*]\\s+", "");
			}
			if (!cleaned.isEmpty()) {
				lines.add(cleaned);
			}
		}
		return lines;
	}

	/** A cell showing a step's symbol: a shape glyph or a picture. */
	static boolean isShape(String cell) {
		return cell.codePoints().count() == 1 && SHAPE.indexOf(cell) >= 0;
	}

	/** One letter the OCR may have made of a shape ("O", "0", "P", "9"), unless it looks like a line ("1", "I", "T"). */
	static boolean isLetterSymbol(String cell) {
		return LETTER_SYMBOL.matcher(cell).matches() && !LINE_LIKE.matcher(cell).matches();
	}

	/** A cell showing an arrow of the flow. */
	static boolean isArrow(String cell) {
		return cell.chars().anyMatch(c -> ARROWS.indexOf(c) >= 0);
	}

	/** The word "ya" or "tidak" in a lane cell: a branch's label. */
	static String branchLabel(String cell) {
		Matcher label = Pattern.compile("(?i)\\b(ya|tidak)\\b").matcher(cell);
		return label.find() ? label.group(1).toLowerCase(Locale.ROOT) : null;
	}
}
