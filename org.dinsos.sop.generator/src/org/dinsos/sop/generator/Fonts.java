package org.dinsos.sop.generator;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import org.dinsos.sop.files.AtomicFile;

/**
 * The bundled font (Liberation Sans, SIL OFL 1.1): every document is set in it and embeds it, so that
 * output does not depend on the fonts of the machine.
 */
public final class Fonts {

	public static final String FAMILY = "Liberation Sans";
	public static final String REGULAR = "/fonts/LiberationSans-Regular.ttf";
	public static final String BOLD = "/fonts/LiberationSans-Bold.ttf";
	public static final String ITALIC = "/fonts/LiberationSans-Italic.ttf";

	/** The AWT faces, loaded when first asked for: by {@link #loadInBackground()}'s thread, not by its caller. */
	private static final class Awt {
		static final Font REGULAR = load(Fonts.REGULAR);
		static final Font BOLD = load(Fonts.BOLD);
	}

	private Fonts() {
	}

	public static InputStream open(String resource) {
		InputStream in = Fonts.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Font tidak ditemukan: " + resource);
		}
		return in;
	}

	/**
	 * The tables a browser needs to show and print the glyphs, their hinting included; left out are
	 * kerning and the OpenType layout tables, which the printed document does not use either.
	 */
	private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
			"OS/2", "post", "name", "cvt ", "fpgm", "prep", "gasp");

	/** A face with only the glyphs of the given characters, as a TrueType file. */
	public static byte[] subset(String resource, Set<Integer> characters) {
		try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(resource)))) {
			TTFSubsetter subsetter = new TTFSubsetter(font, SUBSET_TABLES);
			subsetter.addAll(characters);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			subsetter.writeToStream(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

	/** A face's file, read once. */
	private static byte[] bytes(String resource) {
		return BYTES.computeIfAbsent(resource, name -> {
			try (InputStream in = open(name)) {
				return in.readAllBytes();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/**
	 * A face parsed for one PDF document (PDFBox closes it once it has cut the subset the document embeds).
	 * Glyph substitution is off: the text is set letter by letter, as it was measured, and PDFBox's
	 * substitution for Latin text compiles a pattern for every string shown.
	 */
	public static TrueTypeFont trueType(String resource) throws IOException {
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(resource)));
		font.setEnableGsub(false);
		return font;
	}

	/** The regular face as AWT knows it, for measuring text the way it will be printed. */
	public static Font regular() {
		return Awt.REGULAR;
	}

	/**
	 * A face as a file, for what reads fonts only from files (the SVG drawer of the PDF): the copy in the
	 * user's cache folder, or nothing without a usable one.
	 */
	public static Optional<Path> file(String resource) {
		return cached(resource, bytes(resource));
	}

	/** The bold face as AWT knows it, for measuring headings. */
	public static Font bold() {
		return Awt.BOLD;
	}

	/**
	 * AWT reads a font only from a file: given a stream, it copies the font to a temporary file in /tmp that
	 * is deleted when the JVM exits normally, and left behind by a kill. The font is therefore kept once in
	 * the user's cache folder (named by its content, so a new font version gets a new file) and read from
	 * there; only without a usable cache folder does AWT get the stream.
	 */
	private static Font load(String resource) {
		byte[] bytes = bytes(resource);
		try {
			Optional<Path> cached = cached(resource, bytes);
			return cached.isPresent() ? Font.createFont(Font.TRUETYPE_FONT, cached.get().toFile())
					: Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (FontFormatException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The font's file in $XDG_CACHE_HOME/sop-workbench/fonts (else ~/.cache/...), written once, atomically. */
	private static Optional<Path> cached(String resource, byte[] bytes) {
		String home = System.getenv("XDG_CACHE_HOME");
		Path cache = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".cache");
		String name = Path.of(resource).getFileName().toString().replace(".ttf", "-" + digest(bytes) + ".ttf");
		Path file = cache.resolve("sop-workbench").resolve("fonts").resolve(name);
		try {
			if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
				AtomicFile.write(file, bytes);
			}
			return Optional.of(file);
		} catch (IOException | InvalidPathException | SecurityException unusable) {
			return Optional.empty();
		}
	}

	/** A name for the content: a checksum is enough to tell versions of a bundled file apart, and costs nothing at start. */
	private static String digest(byte[] bytes) {
		CRC32C checksum = new CRC32C();
		checksum.update(bytes);
		return "%08x".formatted(checksum.getValue());
	}

	/**
	 * Loads what printing needs of the faces on a thread of their own: AWT's faces and its text measuring,
	 * the faces' files, and FontBox's parser (whose start sets its logging up). A command that prints starts
	 * it while the language is being set up, and finds all ready when it measures its first text.
	 */
	public static void loadInBackground() {
		Thread thread = new Thread(() -> {
			TextMeasure.width(Awt.BOLD, FAMILY);
			bytes(ITALIC);
			new TTFParser();
		}, "sop-fonts");
		thread.setDaemon(true);
		thread.start();
	}
}
