package org.dinsos.sop.generator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The document formats an SOP or a booklet is written in, by file extension. */
public enum DocumentFormat {
	PDF, HTML, DOCX;

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<DocumentFormat> of(String name) {
		return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(name.strip())).findFirst();
	}
}
