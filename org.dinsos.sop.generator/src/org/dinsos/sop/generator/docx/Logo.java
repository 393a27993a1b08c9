package org.dinsos.sop.generator.docx;

import java.awt.image.BufferedImage;
import java.math.BigInteger;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.dinsos.sop.files.LogoFile;
import org.dinsos.sop.files.LogoFile.Picture;
import org.dinsos.sop.generator.DocumentSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/** The unit's logo: the configured picture, scaled into a square box, or the empty box labelled "LOGO". */
final class Logo {

	static final String PLACEHOLDER = "LOGO";

	private static final int BORDER_SPACE_PT = 28;

	private Logo() {
	}

	/** The logo, centred in a paragraph `containerMm` wide, at most `boxMm` wide and high. */
	static void place(XWPFParagraph paragraph, DocumentSettings settings, double containerMm, double boxMm) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		if (settings.logo() == null) {
			placeholder(paragraph, containerMm, boxMm);
		} else {
			picture(paragraph, settings, boxMm);
		}
	}

	private static void picture(XWPFParagraph paragraph, DocumentSettings settings, double boxMm) {
		Picture logo = settings.logoPicture();
		BufferedImage image = Pictures.read(logo.bytes());
		double scale = boxMm / Math.max(image.getWidth(), image.getHeight());
		Word.picture(paragraph, logo.bytes(), logo.type() == LogoFile.Type.JPEG ? PictureType.JPEG : PictureType.PNG,
				"logo" + logo.type().extension, image.getWidth() * scale, image.getHeight() * scale);
	}

	/** A bordered box the size of the logo, so that the office sees where to paste its own. */
	private static void placeholder(XWPFParagraph paragraph, double containerMm, double boxMm) {
		int indent = Word.twips(Math.max(0, (containerMm - boxMm) / 2));
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		CTPBdr borders = properties.addNewPBdr();
		border(borders.addNewTop(), BORDER_SPACE_PT);
		border(borders.addNewBottom(), BORDER_SPACE_PT);
		border(borders.addNewLeft(), 4);
		border(borders.addNewRight(), 4);
		Word.text(paragraph, PLACEHOLDER, 8, false);
	}

	private static void border(CTBorder border, int spacePt) {
		border.setVal(STBorder.SINGLE);
		border.setSz(BigInteger.valueOf(4));
		border.setSpace(BigInteger.valueOf(spacePt));
		border.setColor("000000");
	}
}
