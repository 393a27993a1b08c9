package org.dinsos.sop.cli;

import java.math.BigDecimal;

import picocli.CommandLine.Option;

/** The working-day length that turns a waktu in hari into hours, for every command that needs it. */
public class WorkdayOption {

	@Option(names = "--jam-kerja", paramLabel = "JAM", defaultValue = "7,5",
			description = "Panjang satu hari kerja untuk jumlah waktu dan waktu dalam hari (bawaan: ${DEFAULT-VALUE}).")
	private String workdayHours;

	/** The hours as written, "7,5" or "8"; a bad value is an IllegalArgumentException that tells the user why. */
	BigDecimal hours() {
		try {
			BigDecimal hours = new BigDecimal(workdayHours.strip().replace(',', '.'));
			if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
				throw new NumberFormatException();
			}
			return hours;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--jam-kerja harus angka jam antara 0 dan 24, misalnya 7,5.");
		}
	}
}
