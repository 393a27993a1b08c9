package org.dinsos.sop.generator;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.dinsos.sop.files.LogoFile;
import org.dinsos.sop.files.LogoFile.Picture;
import org.dinsos.sop.generator.model.Conventions;
import org.dinsos.sop.query.Durations;
import org.dinsos.sop.sop.UkuranKertas;

/**
 * How a document is printed: paper, steps per flowchart page, working-day length for the total waktu,
 * the unit's logo (none: a plain box where it goes) and the office's printing conventions (a booklet's `gaya`).
 */
public record DocumentSettings(UkuranKertas kertas, int stepsPerPage, BigDecimal workdayHours, Path logo,
		Conventions conventions) {

	public static final int STEPS_PER_PAGE = 8;

	public static DocumentSettings standard() {
		return new DocumentSettings(UkuranKertas.A4, STEPS_PER_PAGE, Durations.STANDARD_WORKDAY_HOURS, null,
				Conventions.REGULATION);
	}

	public DocumentSettings withKertas(UkuranKertas value) {
		return new DocumentSettings(value, stepsPerPage, workdayHours, logo, conventions);
	}

	public DocumentSettings withStepsPerPage(int value) {
		return new DocumentSettings(kertas, value, workdayHours, logo, conventions);
	}

	public DocumentSettings withWorkdayHours(BigDecimal value) {
		return new DocumentSettings(kertas, stepsPerPage, value, logo, conventions);
	}

	public DocumentSettings withLogo(Path value) {
		return new DocumentSettings(kertas, stepsPerPage, workdayHours, value, conventions);
	}

	public DocumentSettings withConventions(Conventions value) {
		return new DocumentSettings(kertas, stepsPerPage, workdayHours, logo, value);
	}

	/** The logo's picture, checked: an IllegalArgumentException names the file and says why it is no logo. */
	public Picture logoPicture() {
		try {
			return LogoFile.read(logo);
		} catch (IllegalArgumentException refused) {
			throw new IllegalArgumentException("Logo " + logo + " tidak dapat dipakai: " + refused.getMessage() + ".");
		}
	}

	/** Landscape page width and height in millimetres: A4, or F4/Folio (215 x 330 mm) as Indonesian offices use. */
	public double pageWidth() {
		return kertas == UkuranKertas.F4 ? 330 : 297;
	}

	public double pageHeight() {
		return kertas == UkuranKertas.F4 ? 215 : 210;
	}
}
