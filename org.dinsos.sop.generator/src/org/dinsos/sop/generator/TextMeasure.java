package org.dinsos.sop.generator;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps text into lines the way the printed table does (at spaces; a word too long for the column is
 * cut with a visible hyphen), measured with the bundled font, so that rows get the height their text needs.
 */
public final class TextMeasure {

	private static final double MM_PER_POINT = 25.4 / 72;
	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
	private static final Pattern WORDS_AND_SPACES = Pattern.compile("[^ \n]+|[ \n]+");
	private static final Pattern SPACES = Pattern.compile(" +");
	/** The regular face at each size asked for: AWT keeps its glyph widths per face object. */
	private static final Map<Double, Font> REGULAR = new ConcurrentHashMap<>();

	private TextMeasure() {
	}

	/** The lines of a text in a column `widthMm` wide at `sizePt` points. */
	public static List<String> lines(String text, double widthMm, double sizePt) {
		return lines(hyphenated(text, widthMm, sizePt), widthMm, regular(sizePt));
	}

	/**
	 * The text with each word too wide for a line of the column cut into pieces that fit, each but the
	 * last ending in "-" and a line break, so that no renderer breaks a word without a hyphen.
	 */
	public static String hyphenated(String text, double widthMm, double sizePt) {
		return hyphenated(text, widthMm, regular(sizePt));
	}

	private static Font regular(double sizePt) {
		return REGULAR.computeIfAbsent(sizePt, size -> Fonts.regular().deriveFont(size.floatValue()));
	}

	/** As {@link #hyphenated(String, double, double)}, measured in the given face and size. */
	public static String hyphenated(String text, double widthMm, Font font) {
		StringBuilder out = new StringBuilder(text.length());
		Matcher words = WORDS_AND_SPACES.matcher(text);
		while (words.find()) {
			String word = words.group();
			if (word.isBlank() || width(font, word) <= widthMm) {
				out.append(word);
				continue;
			}
			StringBuilder piece = new StringBuilder();
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				boolean last = i == word.length() - 1;
				if (piece.length() > 0 && width(font, piece.toString() + c + (last ? "" : "-")) > widthMm) {
					out.append(piece).append(piece.charAt(piece.length() - 1) == '-' ? "" : "-").append('\n');
					piece.setLength(0);
				}
				piece.append(c);
			}
			out.append(piece);
		}
		return out.toString();
	}

	private static List<String> lines(String text, double widthMm, Font font) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : SPACES.split(paragraph)) {
				String candidate = line.length() == 0 ? word : line + " " + word;
				if (width(font, candidate) <= widthMm) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (line.length() > 0) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(word);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** The width of a text in millimetres, in the given face and size (points). */
	public static double width(Font font, String text) {
		return font.getStringBounds(text, CONTEXT).getWidth() * MM_PER_POINT;
	}
}
