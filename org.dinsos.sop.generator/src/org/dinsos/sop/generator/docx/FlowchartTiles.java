package org.dinsos.sop.generator.docx;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Optional;

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
		return blank(x, y, width, height) ? Optional.empty() : Optional.of(Pictures.png(drawing.getSubimage(x, y, width, height)));
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

	/** Whether nothing is drawn in the rectangle: its alpha is zero throughout, read a row at a time from the picture's alpha band. */
	private boolean blank(int x, int y, int width, int height) {
		WritableRaster alpha = drawing.getAlphaRaster();
		int[] row = new int[width];
		for (int line = y; line < y + height; line++) {
			alpha.getSamples(x, line, width, 1, 0, row);
			for (int sample : row) {
				if (sample != 0) {
					return false;
				}
			}
		}
		return true;
	}
}
