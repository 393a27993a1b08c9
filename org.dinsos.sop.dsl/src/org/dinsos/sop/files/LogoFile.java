package org.dinsos.sop.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * A unit's logo as the documents embed it: a PNG or JPEG picture that decodes, at most {@link #MAX_BYTES}
 * long. The logo is named in the text of an SOP, which may come from anyone: any other file (a password
 * file, a device, a FIFO) is refused before a byte of it reaches a document.
 */
public final class LogoFile {

	/** Larger than any letterhead logo needs. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	/** The two picture types a logo may be, with their media type and the extension Word wants. */
	public enum Type {
		PNG("image/png", ".png"), JPEG("image/jpeg", ".jpg");

		public final String mediaType;
		public final String extension;

		Type(String mediaType, String extension) {
			this.mediaType = mediaType;
			this.extension = extension;
		}
	}

	/** A checked logo: its bytes, read once, and its type. */
	public record Picture(byte[] bytes, Type type) {
	}

	private LogoFile() {
	}

	/** Why the file cannot be a logo, in Bahasa Indonesia ("bukan gambar PNG atau JPEG"); empty when it can. */
	public static Optional<String> problem(Path file) {
		try {
			read(file);
			return Optional.empty();
		} catch (IllegalArgumentException refused) {
			return Optional.of(refused.getMessage());
		}
	}

	/** The logo's bytes and type; an IllegalArgumentException says why the file is not a logo. */
	public static Picture read(Path file) {
		if (!Files.exists(file)) {
			throw new IllegalArgumentException("berkas tidak ditemukan");
		}
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("bukan berkas biasa");
		}
		byte[] bytes;
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new IllegalArgumentException("berkas lebih dari 5 MB");
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new IllegalArgumentException("berkas tidak dapat dibaca");
		}
		Type type = startsWith(bytes, PNG) ? Type.PNG : startsWith(bytes, JPEG) ? Type.JPEG : null;
		if (type == null) {
			throw new IllegalArgumentException("bukan gambar PNG atau JPEG");
		}
		if (!decodes(bytes)) {
			throw new IllegalArgumentException("gambar " + type + " rusak, tidak dapat dibaca");
		}
		return new Picture(bytes, type);
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
	}

	private static boolean decodes(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
