package org.dinsos.sop.generator.docx;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.codec.digest.MurmurHash3;
import org.dinsos.sop.diagram.layout.Lane;
import org.dinsos.sop.diagram.layout.Page;
import org.dinsos.sop.diagram.layout.SwimlaneLayout;
import org.dinsos.sop.generator.svg.FlowchartSvg;
import org.dinsos.sop.generator.svg.SvgRaster;

/**
 * A flowchart page's drawing (the SVG the PDF prints) cut along the table's grid: one picture per
 * pelaksana cell of each row, exactly the cell's size, so that the symbols, arrows, labels and
 * connectors join up across the cells while every cell stays a real table cell. Word and LibreOffice
 * both keep an inline picture in its cell, where a floating drawing anchored to a table moves with each
 * program's own rules.
 */
final class FlowchartTiles {

	/** Pixels per millimetre: 300 dpi, sharp in print. */
	private static final double SCALE = 300 / 25.4;
	/** What a tile leaves free at each edge of its cell, for the table's own border line. */
	static final double INSET = 0.1;

	/**
	 * The PNG of each tile met lately, by its pixels: most cells of a booklet's flowcharts show one of a few
	 * drawings (a lane's line passing by, the same symbol: a booklet of 100 generated SOPs shows about 2 000
	 * pictures, 77 of them different), and encoding a PNG costs ten times hashing the pixels. The pixels are
	 * known by a 128-bit MurmurHash3: not made to resist a forged collision, which nobody here makes, and two
	 * different drawings share a hash once in 2^128. SHA-256 would take as long as the PNG under the quick
	 * compiler that booklets run on.
	 */
	private static final Map<Pixels, byte[]> PNGS = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Pixels, byte[]> eldest) {
			return size() > 512;
		}
	});

	/** A tile's size and the hash of its pixels. */
	private record Pixels(int width, int height, long hash1, long hash2) {
	}

	private final SwimlaneLayout layout;
	private final Page page;
	private final BufferedImage drawing;

	FlowchartTiles(SwimlaneLayout layout, Page page) {
		this.layout = layout;
		this.page = page;
		this.drawing = SvgRaster.paint(FlowchartSvg.drawing(layout, page), layout.width(), page.height(), SCALE);
	}

	/** The tile of a row (0-based on the page) and lane as PNG, or nothing when no line crosses that cell. */
	Optional<byte[]> tile(int row, int lane) {
		Lane column = layout.lanes().get(lane);
		int x = pixel(column.x() + INSET);
		int y = pixel(page.rowTops().get(row) + INSET);
		int width = Math.min(drawing.getWidth() - x, pixel(column.x() + column.width() - INSET) - x);
		int height = Math.min(drawing.getHeight() - y, pixel(page.rowTops().get(row) + page.rowHeights().get(row) - INSET) - y);
		int[] pixels = pixels(x, y, width, height);
		if (blank(pixels)) {
			return Optional.empty();
		}
		long[] hash = murmur3(pixels);
		Pixels key = new Pixels(width, height, hash[0], hash[1]);
		byte[] png = PNGS.get(key);
		if (png == null) {
			png = Pictures.png(drawing.getSubimage(x, y, width, height));
			PNGS.put(key, png);
		}
		return Optional.of(png);
	}

	/** A tile's width in millimetres. */
	double width(int lane) {
		return layout.lanes().get(lane).width() - 2 * INSET;
	}

	/** A tile's height in millimetres. */
	double height(int row) {
		return page.rowHeights().get(row) - 2 * INSET;
	}

	private static int pixel(double mm) {
		return (int) Math.round(mm * SCALE);
	}

	/** The rectangle's pixels (ARGB), row after row, read straight from the picture's buffer. */
	private int[] pixels(int x, int y, int width, int height) {
		int[] all = ((DataBufferInt) drawing.getRaster().getDataBuffer()).getData();
		int stride = ((SinglePixelPackedSampleModel) drawing.getSampleModel()).getScanlineStride();
		int[] pixels = new int[width * height];
		for (int line = 0; line < height; line++) {
			System.arraycopy(all, (y + line) * stride + x, pixels, line * width, width);
		}
		return pixels;
	}

	/** Whether nothing is drawn: the alpha is zero throughout. */
	private static boolean blank(int[] pixels) {
		for (int pixel : pixels) {
			if (pixel >>> 24 != 0) {
				return false;
			}
		}
		return true;
	}

	private static long[] murmur3(int[] pixels) {
		ByteBuffer bytes = ByteBuffer.allocate(pixels.length * Integer.BYTES);
		bytes.asIntBuffer().put(pixels);
		return MurmurHash3.hash128x64(bytes.array());
	}
}
