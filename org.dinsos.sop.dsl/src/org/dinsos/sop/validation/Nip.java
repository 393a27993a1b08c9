package org.dinsos.sop.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The Nomor Induk Pegawai of a civil servant: birth date (yyyymmdd), month of appointment (yyyymm),
 * sex (1 or 2) and a sequence number, 18 digits in all.
 */
final class Nip {

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
			.withResolverStyle(ResolverStyle.STRICT);
	private static final int YOUNGEST_APPOINTMENT_AGE = 17;

	private Nip() {
	}

	/** What is wrong with a NIP, said for the analyst, or empty when it is plausible. */
	static Optional<String> problem(String nip) {
		if (!nip.matches("\\d{18}")) {
			return Optional.of("NIP terdiri dari 18 angka tanpa spasi atau titik, misalnya 196804201993031009.");
		}
		LocalDate birth;
		try {
			birth = LocalDate.parse(nip.substring(0, 8), BIRTH);
		} catch (DateTimeParseException e) {
			return Optional.of("8 angka pertama harus tanggal lahir (tahun, bulan, tanggal), tetapi " + nip.substring(0, 8)
					+ " bukan tanggal.");
		}
		if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now().minusYears(YOUNGEST_APPOINTMENT_AGE))) {
			return Optional.of("tanggal lahir " + birth + " (8 angka pertama) tidak mungkin bagi seorang pegawai.");
		}
		int year = Integer.parseInt(nip.substring(8, 12));
		int month = Integer.parseInt(nip.substring(12, 14));
		if (month < 1 || month > 12) {
			return Optional.of("angka ke-9 sampai ke-14 adalah tahun dan bulan pengangkatan, tetapi bulan " + month
					+ " tidak ada.");
		}
		YearMonth appointed = YearMonth.of(year, month);
		if (appointed.isBefore(YearMonth.from(birth.plusYears(YOUNGEST_APPOINTMENT_AGE)))
				|| appointed.isAfter(YearMonth.now())) {
			return Optional.of("pengangkatan " + appointed + " (angka ke-9 sampai ke-14) tidak cocok dengan tanggal lahir "
					+ birth + ".");
		}
		char sex = nip.charAt(14);
		if (sex != '1' && sex != '2') {
			return Optional.of("angka ke-15 menunjukkan jenis kelamin dan harus 1 atau 2, bukan " + sex + ".");
		}
		return Optional.empty();
	}
}
