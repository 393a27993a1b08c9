package org.dinsos.sop.query;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dinsos.sop.text.EditDistance;

/**
 * The units of Waktu in the Mutu Baku. The regulation names menit, jam and hari; offices also write
 * minggu, bulan and hari kerja. A "hari" in an SOP is a working day.
 */
public enum TimeUnit {
	MENIT("menit"), JAM("jam"), HARI("hari"), HARI_KERJA("hari kerja"), MINGGU("minggu"), BULAN("bulan");

	/** Working days in a week and in a month, as government offices count them (five-day week). */
	public static final int WORKDAYS_PER_WEEK = 5;
	public static final int WORKDAYS_PER_MONTH = 22;
	/** Compiled once: every step's waktu is read by several checks and by every document. */
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final String word;

	TimeUnit(String word) {
		this.word = word;
	}

	/** The unit as it is written in an SOP. */
	public String word() {
		return word;
	}

	/** The unit an analyst wrote, in any letter case and spacing, or empty if it is not a known unit. */
	public static Optional<TimeUnit> parse(String written) {
		String normal = normalize(written);
		for (TimeUnit unit : values()) {
			if (unit.word.equals(normal)) {
				return Optional.of(unit);
			}
		}
		return Optional.empty();
	}

	/** Minutes in one of this unit, for a working day of the given hours. */
	public BigDecimal minutes(BigDecimal workdayHours) {
		BigDecimal hari = workdayHours.multiply(BigDecimal.valueOf(60));
		return switch (this) {
			case MENIT -> BigDecimal.ONE;
			case JAM -> BigDecimal.valueOf(60);
			case HARI, HARI_KERJA -> hari;
			case MINGGU -> hari.multiply(BigDecimal.valueOf(WORKDAYS_PER_WEEK));
			case BULAN -> hari.multiply(BigDecimal.valueOf(WORKDAYS_PER_MONTH));
		};
	}

	/**
	 * The known unit an unknown one was probably meant to be: one whose letters it abbreviates
	 * ("mnt" for menit), else the nearest by edit distance, if near enough.
	 */
	public static Optional<TimeUnit> suggest(String written) {
		String normal = normalize(written);
		if (normal.isEmpty()) {
			return Optional.empty();
		}
		Optional<TimeUnit> abbreviated = Arrays.stream(values())
				.filter(s -> s.word.charAt(0) == normal.charAt(0) && isSubsequence(normal, s.word)).findFirst();
		if (abbreviated.isPresent()) {
			return abbreviated;
		}
		return Arrays.stream(values()).filter(s -> EditDistance.between(normal, s.word) <= Math.max(1, s.word.length() / 3))
				.min(Comparator.comparingInt(s -> EditDistance.between(normal, s.word)));
	}

	private static String normalize(String text) {
		return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	private static boolean isSubsequence(String shorter, String longer) {
		int i = 0;
		for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
			if (shorter.charAt(i) == longer.charAt(j)) {
				i++;
			}
		}
		return i == shorter.length();
	}
}
