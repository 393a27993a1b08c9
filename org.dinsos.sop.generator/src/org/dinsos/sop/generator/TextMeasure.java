package org.dinsos.sop.generator;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text into lines the way the printed table does (at spaces, and inside a word too long for the
 * column), measured with the bundled font, so that rows get the height their text needs.
 */
public final class TextMeasure {

	private static final double MM_PER_POINT = 25.4 / 72;
	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private TextMeasure() {
	}

	/** The lines of a text in a column `widthMm` wide at `sizePt` points. */
	public static List<String> lines(String text, double widthMm, double sizePt) {
		Font font = Fonts.regular().deriveFont((float) sizePt);
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" +")) {
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
				for (char c : word.toCharArray()) {
					if (line.length() > 0 && width(font, line.toString() + c) > widthMm) {
						lines.add(line.toString());
						line.setLength(0);
					}
					line.append(c);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static double width(Font font, String text) {
		return font.getStringBounds(text, CONTEXT).getWidth() * MM_PER_POINT;
	}
}
