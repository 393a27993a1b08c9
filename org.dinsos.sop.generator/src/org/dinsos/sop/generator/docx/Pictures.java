package org.dinsos.sop.generator.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pictures to PNG bytes and back, buffered in memory: ImageIO given a plain stream buffers in a file of the
 * temporary folder, which a program killed meanwhile leaves behind.
 */
final class Pictures {

	private Pictures() {
	}

	static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			ImageIO.write(image, "png", stream);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** A PNG or JPEG picture. */
	static BufferedImage read(byte[] bytes) {
		try {
			// ImageIO closes the stream once it has read the picture.
			return ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
