package org.dinsos.sop.generator.docx;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineMetrics;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

import org.dinsos.sop.diagram.layout.Shape;
import org.dinsos.sop.generator.Fonts;

/**
 * The five SOP AP symbols as PNG pictures drawn with Java2D, for Word, which has no shapes that stay in
 * a table cell as reliably as a picture does.
 */
final class Symbols {

	/** Pixels per millimetre: about 300 dpi, sharp in print. */
	private static final double SCALE = 12;
	private static final float LINE_MM = 0.3f;

	private Symbols() {
	}

	/** A step's symbol: capsule, rectangle or diamond, filling the given size. */
	static byte[] step(Shape shape, double widthMm, double heightMm) {
		Canvas canvas = new Canvas(widthMm, heightMm);
		double inset = LINE_MM / 2;
		double w = widthMm - LINE_MM;
		double h = heightMm - LINE_MM;
		java.awt.Shape outline = switch (shape) {
			case TERMINATOR -> new RoundRectangle2D.Double(inset, inset, w, h, h, h);
			case PROCESS -> new Rectangle2D.Double(inset, inset, w, h);
			case DECISION -> diamond(inset, w, h);
		};
		return canvas.draw(outline).png();
	}

	/** A downward arrow, as between two steps. */
	static byte[] arrow(double widthMm, double heightMm) {
		Canvas canvas = new Canvas(widthMm, heightMm);
		double cx = widthMm / 2;
		double head = Math.min(widthMm, heightMm) / 3;
		Path2D.Double shaft = new Path2D.Double();
		shaft.moveTo(cx, 0);
		shaft.lineTo(cx, heightMm - head);
		Path2D.Double tip = new Path2D.Double();
		tip.moveTo(cx - head / 2, heightMm - head);
		tip.lineTo(cx + head / 2, heightMm - head);
		tip.lineTo(cx, heightMm);
		tip.closePath();
		return canvas.draw(shaft).fill(tip).png();
	}

	/** An off-page connector: a pentagon pointing down, with its letter. */
	static byte[] connector(char letter, double sizeMm) {
		Canvas canvas = new Canvas(sizeMm, sizeMm);
		double inset = LINE_MM / 2;
		double s = sizeMm - LINE_MM;
		Path2D.Double pentagon = new Path2D.Double();
		pentagon.moveTo(inset, inset);
		pentagon.lineTo(inset + s, inset);
		pentagon.lineTo(inset + s, inset + s * 0.6);
		pentagon.lineTo(inset + s / 2, inset + s);
		pentagon.lineTo(inset, inset + s * 0.6);
		pentagon.closePath();
		return canvas.draw(pentagon).letter(String.valueOf(letter), sizeMm / 2, sizeMm * 0.4, sizeMm * 0.45).png();
	}

	private static java.awt.Shape diamond(double inset, double w, double h) {
		Path2D.Double diamond = new Path2D.Double();
		diamond.moveTo(inset + w / 2, inset);
		diamond.lineTo(inset + w, inset + h / 2);
		diamond.lineTo(inset + w / 2, inset + h);
		diamond.lineTo(inset, inset + h / 2);
		diamond.closePath();
		return diamond;
	}

	/** A transparent picture to draw on in millimetres, black lines on white symbols. */
	private static final class Canvas {
		private final BufferedImage image;
		private final Graphics2D g;

		Canvas(double widthMm, double heightMm) {
			image = new BufferedImage(pixels(widthMm), pixels(heightMm), BufferedImage.TYPE_INT_ARGB);
			g = image.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.scale(SCALE, SCALE);
			g.setStroke(new BasicStroke(LINE_MM));
		}

		Canvas draw(java.awt.Shape shape) {
			g.setColor(Color.WHITE);
			g.fill(shape);
			g.setColor(Color.BLACK);
			g.draw(shape);
			return this;
		}

		Canvas fill(java.awt.Shape shape) {
			g.setColor(Color.BLACK);
			g.fill(shape);
			return this;
		}

		/** Text `sizeMm` high, centred on a point. */
		Canvas letter(String text, double cx, double cy, double sizeMm) {
			Font font = Fonts.regular().deriveFont((float) sizeMm);
			Rectangle2D bounds = font.getStringBounds(text, g.getFontRenderContext());
			LineMetrics metrics = font.getLineMetrics(text, g.getFontRenderContext());
			g.setFont(font);
			g.setColor(Color.BLACK);
			g.drawString(text, (float) (cx - bounds.getWidth() / 2),
					(float) (cy + (metrics.getAscent() - metrics.getDescent()) / 2));
			return this;
		}

		byte[] png() {
			g.dispose();
			return Pictures.png(image);
		}

		private static int pixels(double mm) {
			return Math.max(1, (int) Math.ceil(mm * SCALE));
		}
	}
}
