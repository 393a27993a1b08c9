package org.dinsos.sop.importer.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * The SOP AP symbol a picture shows, read from its outline: a rectangle has a flat top and straight
 * sides, a capsule a flat middle and round ends, a diamond a point at the top, a connector is round or a
 * pentagon pointing down, an arrow is long and thin.
 */
final class PictureShape {

	private static final int INK_LUMINANCE = 160;

	private final BufferedImage image;
	private int left = Integer.MAX_VALUE;
	private int right = -1;
	private int top = Integer.MAX_VALUE;
	private int bottom = -1;

	private PictureShape(BufferedImage image) {
		this.image = image;
	}

	/** The symbol of an image file's bytes; MARK when the format is not one Java reads (EMF, WMF). */
	static Symbol of(byte[] data) {
		BufferedImage image;
		try {
			image = ImageIO.read(new ByteArrayInputStream(data));
		} catch (IOException e) {
			return Symbol.MARK;
		}
		return image == null ? Symbol.MARK : new PictureShape(image).classify();
	}

	private Symbol classify() {
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (ink(x, y)) {
					left = Math.min(left, x);
					right = Math.max(right, x);
					top = Math.min(top, y);
					bottom = Math.max(bottom, y);
				}
			}
		}
		if (right < 0) {
			return Symbol.MARK;
		}
		double width = right - left + 1;
		double height = bottom - top + 1;
		double aspect = width / height;
		if (aspect > 4 || aspect < 0.25) {
			return Symbol.ARROW;
		}
		if (extent(0.03) > 0.9) {
			if (extent(0.97) < 0.5) {
				return Symbol.CONNECTOR;
			}
			return Symbol.PROCESS;
		}
		if (extent(0.25) < 0.7) {
			return Symbol.DECISION;
		}
		return aspect > 1.2 ? Symbol.TERMINATOR : Symbol.CONNECTOR;
	}

	/** How much of the outline's width the row at this fraction of its height covers. */
	private double extent(double fraction) {
		int y = top + (int) Math.round(fraction * (bottom - top));
		int first = -1;
		int last = -1;
		for (int x = left; x <= right; x++) {
			if (ink(x, y)) {
				first = first < 0 ? x : first;
				last = x;
			}
		}
		return first < 0 ? 0 : (last - first + 1) / (double) (right - left + 1);
	}

	private boolean ink(int x, int y) {
		int argb = image.getRGB(x, y);
		int alpha = argb >>> 24;
		int luminance = (((argb >> 16) & 0xff) * 299 + ((argb >> 8) & 0xff) * 587 + (argb & 0xff) * 114) / 1000;
		return alpha > 128 && luminance < INK_LUMINANCE;
	}
}
