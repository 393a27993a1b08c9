package org.dinsos.sop.generator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dinsos.sop.generator.Dates;
import org.dinsos.sop.generator.model.IdentityPage.Signature;
import org.dinsos.sop.query.Wording;
import org.dinsos.sop.sop.KeputusanKepala;
import org.dinsos.sop.sop.Pengesahan;

/**
 * What the booklet's Keputusan says, in reading order, as the regulation's format shows a decree: the title
 * (KEPUTUSAN, the official, NOMOR, TENTANG, the subject), the official who decides, Menimbang and Mengingat,
 * MEMUTUSKAN with Menetapkan and each diktum its own row (KESATU, KEDUA, ...), where and when it is set, and the
 * signature block. A part the booklet does not give is left as a dotted blank to fill in by hand; the free
 * paragraphs of an older booklet follow the official's line. Every format prints this, on portrait pages.
 */
public record DecreePage(List<String> title, String official, List<Row> considerations, String decides,
		List<Row> diktum, List<String> paragraphs, List<String> setting, Signature signature) {

	/**
	 * A row of the two-column part of the decree: its label ("Menimbang", "KESATU"; empty where the one above
	 * continues), the item's mark ("a.", "1.", or none) and its text.
	 */
	public record Row(String label, String marker, String text) {
	}

	/** Where the decree leaves a blank to write in. */
	public static final String BLANK = "....................";
	public static final String SEPARATOR = ":";

	/** How older booklets named the decree: "Keputusan Kepala Dinas ... tentang Standar ...". */
	private static final Pattern WHOLE_NAME = Pattern.compile("(?is)keputusan\\s+(.+?)\\s+tentang\\s+(.+)");

	public static DecreePage of(KeputusanKepala keputusan) {
		Matcher whole = WHOLE_NAME.matcher(keputusan.getJudul().strip());
		boolean named = whole.matches();
		String subject = upper(named ? whole.group(2) : keputusan.getJudul().strip());
		Pengesahan penandatangan = keputusan.getPenandatangan();
		String jabatan = upper(penandatangan != null ? penandatangan.getJabatan() : named ? whole.group(1) : "");
		String decree = jabatan.isEmpty() ? upper(Wording.KEPUTUSAN) : upper(Wording.KEPUTUSAN) + " " + jabatan;
		List<String> title = List.of(decree, upper(Wording.NOMOR) + " " + orBlank(keputusan.getNomor()),
				upper(Wording.TENTANG), subject);
		List<Row> considerations = new ArrayList<>();
		rows(considerations, Wording.MENIMBANG, keputusan.getMenimbang(), true);
		rows(considerations, Wording.MENGINGAT, keputusan.getMengingat(), false);
		List<Row> diktum = new ArrayList<>();
		boolean decided = !keputusan.getDiktum().isEmpty() || keputusan.getParagraf().isEmpty();
		if (decided) {
			diktum.add(new Row(Wording.MENETAPKAN, "", decree + " " + upper(Wording.TENTANG) + " " + subject + "."));
			for (int i = 0; i < keputusan.getDiktum().size(); i++) {
				diktum.add(new Row(Wording.diktum(i + 1), "", keputusan.getDiktum().get(i)));
			}
		}
		List<String> setting = List.of(Wording.DITETAPKAN_DI + " " + orBlank(keputusan.getTempat()),
				Wording.PADA_TANGGAL + " " + (keputusan.getTanggal() == null ? BLANK : Dates.text(keputusan.getTanggal())));
		Signature signature = new Signature(jabatan.isEmpty() ? "" : jabatan + ",",
				penandatangan == null || penandatangan.getNama() == null ? BLANK : penandatangan.getNama(),
				penandatangan == null || penandatangan.getPangkat() == null ? "" : penandatangan.getPangkat(),
				penandatangan == null || penandatangan.getNip() == null ? Wording.NIP + ". " + BLANK
						: Wording.NIP + ". " + penandatangan.getNip());
		return new DecreePage(title, jabatan.isEmpty() ? "" : jabatan + ",", considerations,
				decided ? upper(Wording.MEMUTUSKAN) + SEPARATOR : "", diktum, keputusan.getParagraf(), setting, signature);
	}

	/** The items of Menimbang (lettered a., b., ...) or Mengingat (numbered), the label on the first; one item has no mark. */
	private static void rows(List<Row> rows, String label, List<String> items, boolean lettered) {
		for (int i = 0; i < items.size(); i++) {
			String marker = items.size() == 1 ? "" : lettered ? (char) ('a' + i % 26) + "." : (i + 1) + ".";
			rows.add(new Row(i == 0 ? label : "", marker, items.get(i)));
		}
	}

	private static String orBlank(String value) {
		return value == null || value.isBlank() ? BLANK : value;
	}

	private static String upper(String text) {
		return text.toUpperCase(Locale.ROOT);
	}
}
