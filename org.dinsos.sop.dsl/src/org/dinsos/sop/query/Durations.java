package org.dinsos.sop.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.SopFactory;
import org.dinsos.sop.sop.Waktu;

/** Durations of the Mutu Baku: one step's waktu in minutes, and the SOP's total along its main path. */
public final class Durations {

	/** The working-day length offices use unless told otherwise (7,5 jam). */
	public static final BigDecimal STANDARD_WORKDAY_HOURS = new BigDecimal("7.5");

	private Durations() {
	}

	/** A step's waktu in minutes, or empty when it has none or its unit is unknown. */
	public static Optional<BigDecimal> minutes(Waktu waktu, BigDecimal workdayHours) {
		if (waktu == null || waktu.getJumlah() == null || waktu.getSatuan() == null) {
			return Optional.empty();
		}
		return TimeUnit.parse(waktu.getSatuan()).map(s -> waktu.getJumlah().multiply(s.minutes(workdayHours)));
	}

	/**
	 * The SOP's total waktu in minutes along its main path (Ya at every decision); steps without a
	 * readable waktu count as zero.
	 */
	public static BigDecimal totalMinutes(Sop sop, BigDecimal workdayHours) {
		BigDecimal total = BigDecimal.ZERO;
		for (Langkah langkah : Flow.mainPath(sop)) {
			total = total.add(minutes(langkah.getMutuBaku().getWaktu(), workdayHours).orElse(BigDecimal.ZERO));
		}
		return total;
	}

	/**
	 * A number of minutes as an analyst reads it, in working days, hours and minutes:
	 * "4 hari 7 jam 5 menit" (days of the given working-day length; fractions of a minute rounded).
	 */
	public static String text(BigDecimal menit, BigDecimal workdayHours) {
		long total = menit.setScale(0, RoundingMode.HALF_UP).longValueExact();
		long perHari = workdayHours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValueExact();
		long hari = total / perHari;
		long jam = total % perHari / 60;
		long sisa = total % perHari % 60;
		StringBuilder text = new StringBuilder();
		if (hari > 0) {
			text.append(hari).append(" hari ");
		}
		if (jam > 0) {
			text.append(jam).append(" jam ");
		}
		if (sisa > 0 || text.length() == 0) {
			text.append(sisa).append(" menit");
		}
		return text.toString().strip();
	}

	/**
	 * The same duration in the next larger unit when it reads better there, in whole or half units:
	 * 90 menit is 1,5 jam; 15 jam is 2 hari at a 7,5-hour working day.
	 */
	public static Optional<Waktu> inLargerUnit(Waktu waktu, BigDecimal workdayHours) {
		Optional<TimeUnit> satuan = waktu == null ? Optional.empty() : TimeUnit.parse(waktu.getSatuan());
		if (satuan.isEmpty() || waktu.getJumlah() == null) {
			return Optional.empty();
		}
		TimeUnit larger = switch (satuan.get()) {
			case MENIT -> TimeUnit.JAM;
			case JAM -> TimeUnit.HARI;
			default -> null;
		};
		if (larger == null) {
			return Optional.empty();
		}
		BigDecimal minutes = waktu.getJumlah().multiply(satuan.get().minutes(workdayHours));
		BigDecimal amount = minutes.divide(larger.minutes(workdayHours), 10, RoundingMode.HALF_UP)
				.stripTrailingZeros();
		boolean wholeOrHalf = amount.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
		if (amount.compareTo(BigDecimal.ONE) < 0 || !wholeOrHalf) {
			return Optional.empty();
		}
		Waktu better = SopFactory.eINSTANCE.createWaktu();
		better.setJumlah(amount.scale() < 0 ? amount.setScale(0) : amount);
		better.setSatuan(larger.word());
		return Optional.of(better);
	}
}
