package org.dinsos.sop.generator.svg;

import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.dom.util.DOMUtilities;
import org.apache.batik.gvt.GraphicsNode;
import org.dinsos.sop.generator.Fonts;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Paints an SVG drawing whose user unit is a millimetre into a picture, with Batik (the renderer the PDF
 * uses for the same SVG), in the bundled font.
 */
public final class SvgRaster {

	static {
		GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Fonts.regular());
	}

	private SvgRaster() {
	}

	/** The drawing, `widthMm` x `heightMm`, at `pixelsPerMm`, on a transparent background. */
	public static BufferedImage paint(String svg, double widthMm, double heightMm, double pixelsPerMm) {
		GraphicsNode drawing = build(svg);
		BufferedImage image = new BufferedImage(Math.max(1, (int) Math.ceil(widthMm * pixelsPerMm)),
				Math.max(1, (int) Math.ceil(heightMm * pixelsPerMm)), BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.scale(pixelsPerMm, pixelsPerMm);
		drawing.paint(g);
		g.dispose();
		return image;
	}

	private static GraphicsNode build(String svg) {
		UserAgentAdapter agent = new UserAgentAdapter();
		BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
		context.setDynamicState(BridgeContext.STATIC);
		try {
			return new GVTBuilder().build(context, DOMUtilities.deepCloneDocument(parse(svg),
					SVGDOMImplementation.getDOMImplementation()));
		} finally {
			context.dispose();
		}
	}

	private static Document parse(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new IllegalStateException("Gambar SVG tidak terbaca: " + e.getMessage(), e);
		}
	}
}
