package org.dinsos.sop.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a user reads for the parts of an SOP, the same in `sop check`, the editors and every printed
 * document: the labels of the identity page and of the booklet's Keputusan, the diktum's ordinals, and how
 * the total waktu names its working day.
 */
public final class Wording {

	public static final String NOMOR_SOP = "Nomor SOP";
	public static final String TANGGAL_PEMBUATAN = "Tanggal Pembuatan";
	public static final String TANGGAL_REVISI = "Tanggal Revisi";
	public static final String TANGGAL_EFEKTIF = "Tanggal Efektif";
	public static final String DISAHKAN_OLEH = "Disahkan oleh";
	public static final String NAMA_SOP = "Nama SOP";
	public static final String UNIT = "Unit";
	public static final String DASAR_HUKUM = "Dasar Hukum";
	public static final String KUALIFIKASI_PELAKSANA = "Kualifikasi Pelaksana";
	public static final String KETERKAITAN = "Keterkaitan";
	public static final String PERALATAN = "Peralatan/Perlengkapan";
	public static final String PERINGATAN = "Peringatan";
	public static final String PENCATATAN = "Pencatatan dan Pendataan";
	/** The SOP's total waktu along its main path, under the flowchart and in the editors. */
	public static final String JUMLAH_WAKTU = "Jumlah waktu";

	public static final String KEPUTUSAN = "Keputusan";
	public static final String NOMOR = "Nomor";
	public static final String TENTANG = "tentang";
	public static final String MENIMBANG = "Menimbang";
	public static final String MENGINGAT = "Mengingat";
	public static final String MEMUTUSKAN = "Memutuskan";
	public static final String MENETAPKAN = "Menetapkan";
	public static final String DITETAPKAN_DI = "Ditetapkan di";
	public static final String PADA_TANGGAL = "pada tanggal";
	public static final String TEMPAT_PENETAPAN = "tempat penetapan";
	public static final String TANGGAL_PENETAPAN = "tanggal penetapan";
	public static final String PENANDATANGAN = "penandatangan";
	public static final String NAMA = "nama";
	public static final String PANGKAT = "pangkat";
	public static final String NIP = "NIP";

	private static final List<String> UNITS = List.of("", "SATU", "DUA", "TIGA", "EMPAT", "LIMA", "ENAM", "TUJUH",
			"DELAPAN", "SEMBILAN", "SEPULUH", "SEBELAS");

	/** The heading of a diktum written into a text ("KETIGA:", "Kedua :"), up to KESEMBILAN PULUH SEMBILAN. */
	private static final Pattern DIKTUM_HEADING = Pattern.compile(
			"\\bKE(SATU|DUA|TIGA|EMPAT|LIMA|ENAM|TUJUH|DELAPAN|SEMBILAN|SEPULUH|SEBELAS)( (BELAS|PULUH)( [A-Z]+)?)?\\s*:",
			Pattern.CASE_INSENSITIVE);

	private Wording() {
	}

	/** The ordinal of the n-th diktum (from 1) as decrees write it: KESATU, KEDUA, KESEBELAS, KEDUA BELAS, KEDUA PULUH SATU. */
	public static String diktum(int n) {
		if (n < 1 || n > 99) {
			throw new IllegalArgumentException("diktum " + n);
		}
		return "KE" + number(n);
	}

	private static String number(int n) {
		if (n < UNITS.size()) {
			return UNITS.get(n);
		}
		if (n < 20) {
			return UNITS.get(n - 10) + " BELAS";
		}
		return UNITS.get(n / 10) + " PULUH" + (n % 10 == 0 ? "" : " " + UNITS.get(n % 10));
	}

	/**
	 * Where each diktum heading ("KETIGA:") stands in a text, as offsets of its first character and of the text
	 * after its colon.
	 */
	public static List<int[]> diktumHeadings(String text) {
		Matcher matcher = DIKTUM_HEADING.matcher(text);
		return matcher.results().filter(match -> isOrdinal(match.group().replaceAll("\\s*:$", "")))
				.map(match -> new int[] { match.start(), match.end() }).toList();
	}

	private static boolean isOrdinal(String heading) {
		String upper = heading.toUpperCase(Locale.ROOT);
		for (int n = 1; n < 100; n++) {
			if (diktum(n).equals(upper)) {
				return true;
			}
		}
		return false;
	}

	/** A working day's length as an SOP writes amounts: "7,5", "8". */
	public static String hours(BigDecimal workdayHours) {
		return workdayHours.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	/** What a total waktu counts: "jalur utama, 1 hari kerja = 7,5 jam". */
	public static String mainPath(BigDecimal workdayHours) {
		return "jalur utama, 1 hari kerja = " + hours(workdayHours) + " jam";
	}
}
