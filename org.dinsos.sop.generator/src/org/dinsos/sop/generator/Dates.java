package org.dinsos.sop.generator;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.dinsos.sop.conversion.SopValueConverters;

/** Dates as Indonesian documents write them: "5 Januari 2024". */
public final class Dates {

	private static final List<String> BULAN = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
			"Agustus", "September", "Oktober", "November", "Desember");

	private Dates() {
	}

	/** The date in words, or "" when there is none (an empty field of the identity table). */
	public static String text(Date date) {
		if (date == null) {
			return "";
		}
		LocalDate day = SopValueConverters.toLocalDate(date);
		return day.getDayOfMonth() + " " + BULAN.get(day.getMonthValue() - 1) + " " + day.getYear();
	}
}
