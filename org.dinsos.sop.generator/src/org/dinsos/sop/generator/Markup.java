package org.dinsos.sop.generator;

/** Escaping and numbers for the XML the documents are written in (XHTML and SVG). */
public final class Markup {

	private Markup() {
	}

	/** Text as element content or attribute value: markup in an SOP stays text ({@link #xmlSafe} first). */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		xmlSafe(text).codePoints().forEach(c -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	/**
	 * The text with every character XML does not allow (a control character pasted into an SOP, a lone
	 * surrogate) replaced by U+FFFD, so that no SOP text can make a document unreadable.
	 */
	public static String xmlSafe(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> out.appendCodePoint(allowedInXml(c) ? c : '\uFFFD'));
		return out.toString();
	}

	private static boolean allowedInXml(int c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| c >= 0x10000;
	}

	/** Escaped text whose line breaks become &lt;br/&gt;. */
	public static String lines(String text) {
		return escape(text).replace("\n", "<br/>");
	}

	/** A length in millimetres, with a dot and at most two decimals, rounded half up; no "-0". */
	public static String mm(double value) {
		// By hand: a drawing has thousands of lengths, and the formatter cost more than the rest of the drawing.
		long hundredths = Math.abs(Math.round(value * 100));
		String whole = (value < 0 && hundredths > 0 ? "-" : "") + hundredths / 100;
		long fraction = hundredths % 100;
		if (fraction == 0) {
			return whole;
		}
		return whole + (fraction % 10 == 0 ? "." + fraction / 10 : fraction < 10 ? ".0" + fraction : "." + fraction);
	}
}
