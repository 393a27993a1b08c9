package org.dinsos.sop.generator;

import java.util.Locale;

/** Escaping and numbers for the XML the documents are written in (XHTML and SVG). */
public final class Markup {

	private Markup() {
	}

	/** Text as element content or attribute value: markup in an SOP stays text. */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** Escaped text whose line breaks become &lt;br/&gt;. */
	public static String lines(String text) {
		return escape(text).replace("\n", "<br/>");
	}

	/** A length in millimetres, with a dot and at most two decimals. */
	public static String mm(double value) {
		return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
	}
}
