package org.dinsos.sop.generator;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.dinsos.sop.query.Durasi;
import org.dinsos.sop.sop.UkuranKertas;

/**
 * How a document is printed: paper, steps per flowchart page, working-day length for the total waktu,
 * and the unit's logo (none: a plain box where it goes).
 */
public record DocumentSettings(UkuranKertas kertas, int langkahPerHalaman, BigDecimal jamKerja, Path logo) {

	public static final int LANGKAH_PER_HALAMAN = 8;

	public static DocumentSettings standard() {
		return new DocumentSettings(UkuranKertas.A4, LANGKAH_PER_HALAMAN, Durasi.JAM_KERJA_BAKU, null);
	}

	public DocumentSettings withKertas(UkuranKertas value) {
		return new DocumentSettings(value, langkahPerHalaman, jamKerja, logo);
	}

	public DocumentSettings withLangkahPerHalaman(int value) {
		return new DocumentSettings(kertas, value, jamKerja, logo);
	}

	public DocumentSettings withJamKerja(BigDecimal value) {
		return new DocumentSettings(kertas, langkahPerHalaman, value, logo);
	}

	public DocumentSettings withLogo(Path value) {
		return new DocumentSettings(kertas, langkahPerHalaman, jamKerja, value);
	}

	/** Landscape page width and height in millimetres: A4, or F4/Folio (215 x 330 mm) as Indonesian offices use. */
	public double pageWidth() {
		return kertas == UkuranKertas.F4 ? 330 : 297;
	}

	public double pageHeight() {
		return kertas == UkuranKertas.F4 ? 215 : 210;
	}
}
