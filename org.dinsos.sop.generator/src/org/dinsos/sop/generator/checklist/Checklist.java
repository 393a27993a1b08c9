package org.dinsos.sop.generator.checklist;

import java.math.BigDecimal;
import java.util.List;

import org.dinsos.sop.conversion.SopValueConverters;
import org.dinsos.sop.query.Durations;
import org.dinsos.sop.query.Flow;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.MutuBaku;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Waktu;

/**
 * What an operator runs through: the SOP's steps with who does them, what they need and produce, the
 * time the Mutu Baku allows, and where the flow goes next. Its JSON form is described by
 * {@code schema/checklist-1.schema.json}; the field names are that schema's.
 */
public record Checklist(String format, int versi, Identity sop, List<Lane> pelaksana, List<Step> langkah,
		Integer mulai) {

	public static final String FORMAT = "sop-checklist";
	public static final int VERSI = 1;

	/** The SOP as the identity page names it, with its total waktu along the main path. */
	public record Identity(String nama, String judul, String nomor, String unit, String tanggalEfektif,
			BigDecimal jamKerjaPerHari, BigDecimal menitTotal, String waktuTotal) {
	}

	public record Lane(String id, String label) {
	}

	/**
	 * One step; {@code berikutnya} is the step a process leads to, {@code ya} and {@code tidak} the exits of a
	 * decision. An end step leads nowhere.
	 */
	public record Step(int nomor, String jenis, String pelaksana, String kegiatan, List<String> kelengkapan,
			Time waktu, List<String> output, String keterangan, Integer berikutnya, Integer ya, Integer tidak) {
	}

	/** The Mutu Baku waktu as written, and in minutes (absent when the unit is unknown). */
	public record Time(BigDecimal jumlah, String satuan, BigDecimal menit) {
	}

	public static Checklist of(Sop sop, BigDecimal workdayHours) {
		List<Lane> lanes = sop.getPelaksana().stream().map(p -> new Lane(p.getName(), p.getLabel())).toList();
		List<Step> steps = sop.getLangkah().stream().map(l -> step(l, workdayHours)).toList();
		BigDecimal total = Durations.totalMinutes(sop, workdayHours);
		Identity identity = new Identity(sop.getName(), sop.getJudul(), sop.getNomor(),
				sop.getUnit() == null ? null : sop.getUnit().getNama(),
				sop.getTanggalEfektif() == null ? null : SopValueConverters.toLocalDate(sop.getTanggalEfektif()).toString(),
				plain(workdayHours), plain(total), Durations.text(total, workdayHours));
		return new Checklist(FORMAT, VERSI, identity, lanes, steps, steps.isEmpty() ? null : steps.get(0).nomor());
	}

	private static Step step(Langkah langkah, BigDecimal workdayHours) {
		MutuBaku mutu = langkah.getMutuBaku();
		Waktu waktu = mutu.getWaktu();
		Time time = waktu == null ? null
				: new Time(plain(waktu.getJumlah()), waktu.getSatuan(),
						Durations.minutes(waktu, workdayHours).map(Checklist::plain).orElse(null));
		Pelaksana actor = langkah.getPelaksana();
		String lane = actor == null || actor.eIsProxy() ? null : actor.getName();
		Integer next = null;
		Integer ya = null;
		Integer tidak = null;
		if (langkah instanceof Keputusan keputusan) {
			ya = nomor(keputusan.getYa());
			tidak = nomor(keputusan.getTidak());
		} else {
			List<Langkah> following = Flow.next(langkah);
			next = following.isEmpty() ? null : nomor(following.get(0));
		}
		return new Step(Integer.parseInt(langkah.getName()), kind(langkah), lane, langkah.getKegiatan(),
				List.copyOf(mutu.getKelengkapan()), time, List.copyOf(mutu.getOutput()), langkah.getKeterangan(), next,
				ya, tidak);
	}

	private static String kind(Langkah langkah) {
		if (langkah instanceof Proses proses) {
			return proses.getJenis().getLiteral();
		}
		return "keputusan";
	}

	/** 450 rather than 450.0 or 4.5E+2, as a reader of the JSON expects. */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static Integer nomor(Langkah langkah) {
		return langkah == null || langkah.eIsProxy() ? null : Integer.valueOf(langkah.getName());
	}
}
