package org.dinsos.sop.generator;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled font (Liberation Sans, SIL OFL 1.1): every document is set in it and embeds it, so that
 * output does not depend on the fonts of the machine.
 */
public final class Fonts {

	public static final String FAMILY = "Liberation Sans";
	public static final String REGULAR = "/fonts/LiberationSans-Regular.ttf";
	public static final String BOLD = "/fonts/LiberationSans-Bold.ttf";
	public static final String ITALIC = "/fonts/LiberationSans-Italic.ttf";

	private static final Font AWT_REGULAR = load(REGULAR);

	private Fonts() {
	}

	public static InputStream open(String resource) {
		InputStream in = Fonts.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Font tidak ditemukan: " + resource);
		}
		return in;
	}

	/** The regular face as AWT knows it, for measuring text the way it will be printed. */
	public static Font regular() {
		return AWT_REGULAR;
	}

	private static Font load(String resource) {
		try (InputStream in = open(resource)) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (FontFormatException e) {
			throw new IllegalStateException(e);
		}
	}
}
