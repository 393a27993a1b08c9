package org.dinsos.sop.generator.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
			picture(paragraph, settings.logo(), boxMm);
		}
	}

	private static void picture(XWPFParagraph paragraph, Path file, double boxMm) {
		byte[] bytes = read(file);
		BufferedImage image = image(bytes, file);
		double scale = boxMm / Math.max(image.getWidth(), image.getHeight());
		Word.picture(paragraph, bytes, type(file), "logo" + extension(file), image.getWidth() * scale,
				image.getHeight() * scale);
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

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UncheckedIOException("Logo tidak dapat dibaca: " + file, e);
		}
	}

	private static BufferedImage image(byte[] bytes, Path file) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw new IllegalArgumentException("Logo bukan gambar PNG, JPEG, GIF atau BMP: " + file);
			}
			return image;
		} catch (IOException e) {
			throw new UncheckedIOException("Logo tidak dapat dibaca: " + file, e);
		}
	}

	private static PictureType type(Path file) {
		return switch (extension(file)) {
			case ".jpg", ".jpeg" -> PictureType.JPEG;
			case ".gif" -> PictureType.GIF;
			case ".bmp" -> PictureType.BMP;
			default -> PictureType.PNG;
		};
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot);
	}
}
