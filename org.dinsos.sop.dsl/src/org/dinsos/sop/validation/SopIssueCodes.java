package org.dinsos.sop.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * The codes of every problem the language reports, with the rule each enforces and where the SOP AP
 * format (Permenpan-RB 35/2012 and its practice, see docs/SOP-AP.md) asks for it, and its severity: always
 * an error, or a default an office may change. Quick fixes key on them.
 */
public final class SopIssueCodes {

	private static final String PREFIX = "sop.";
	private static final Map<String, Severity> CONFIGURABLE = new LinkedHashMap<>();

	/** An SOP file is UTF-8 text (a byte order mark before it is allowed). */
	public static final String BUKAN_UTF8 = fixed("berkas.bukan-utf8");
	/** A step's actor must be one of the declared pelaksana: the columns of the flowchart table. */
	public static final String PELAKSANA_TIDAK_DIKENAL = fixed("pelaksana.tidak-dikenal");
	/** Each pelaksana is one column, declared once. */
	public static final String PELAKSANA_GANDA = fixed("pelaksana.ganda");
	/** A declared pelaksana that does no step is an empty column in the flowchart. */
	public static final String PELAKSANA_TIDAK_DIPAKAI = configurable("pelaksana.tidak-dipakai", Severity.WARNING);
	/** Every step's symbol is drawn in the column of the pelaksana who does it. */
	public static final String LANGKAH_TANPA_PELAKSANA = fixed("langkah.tanpa-pelaksana");
	/** A branch target names a step of the same SOP (the No column). */
	public static final String LANGKAH_TIDAK_ADA = fixed("langkah.tidak-ada");

	/** The No column runs 1..n: a number used twice. */
	public static final String NOMOR_LANGKAH_GANDA = fixed("nomor-langkah.ganda");
	/** The No column runs 1..n: numbers skipped. */
	public static final String NOMOR_LANGKAH_TERLEWAT = fixed("nomor-langkah.terlewat");
	/** The No column runs 1..n: a number beyond any count of steps (more than 2147483647). */
	public static final String NOMOR_LANGKAH_TERLALU_BESAR = fixed("nomor-langkah.terlalu-besar");
	/** The No column runs 1..n: a number smaller than the one before it. */
	public static final String NOMOR_LANGKAH_TIDAK_URUT = fixed("nomor-langkah.tidak-urut");

	/** The flowchart starts with a terminator (kapsul) on its first step. */
	public static final String AWAL_BUKAN_MULAI = fixed("alur.awal-bukan-mulai");
	/** Only the first step is the start terminator. */
	public static final String MULAI_DI_TENGAH = fixed("alur.mulai-di-tengah");
	/** The flowchart ends with a terminator: at least one step is `selesai`. */
	public static final String TANPA_SELESAI = fixed("alur.tanpa-selesai");
	/** An end terminator has no arrow leaving it. */
	public static final String SELESAI_ADA_LANJUTAN = fixed("alur.selesai-ada-lanjutan");
	/** Every step is reached by the arrows from the start. */
	public static final String TIDAK_TERJANGKAU = fixed("alur.tidak-terjangkau");
	/** From every step the arrows lead to an end: no dead end, no loop without an exit. */
	public static final String BUNTU = fixed("alur.buntu");
	/** The flow runs top to bottom; only a decision's branch goes back up. */
	public static final String MUNDUR_TANPA_KEPUTUSAN = fixed("alur.mundur-tanpa-keputusan");

	/** A decision (belah ketupat) has exactly two exits: its Ya exit is missing. */
	public static final String KEPUTUSAN_TANPA_YA = fixed("keputusan.tanpa-ya");
	/** A decision (belah ketupat) has exactly two exits: its Tidak exit is missing. */
	public static final String KEPUTUSAN_TANPA_TIDAK = fixed("keputusan.tanpa-tidak");
	/** A decision's exit leads to another step, not back into the decision itself. */
	public static final String KEPUTUSAN_KE_DIRI_SENDIRI = fixed("keputusan.ke-diri-sendiri");

	/** Mutu Baku: every step states the time it may take. */
	public static final String WAKTU_KOSONG = configurable("waktu.kosong", Severity.ERROR);
	/** Mutu Baku: a time is more than nothing. */
	public static final String WAKTU_NOL = fixed("waktu.nol");
	/** Mutu Baku: time is written in menit, jam, hari (practice: hari kerja, minggu, bulan). */
	public static final String SATUAN_TIDAK_DIKENAL = fixed("waktu.satuan-tidak-dikenal");
	/** Mutu Baku: a time reads best in the largest unit that keeps it whole or half (90 menit is 1,5 jam). */
	public static final String SATUAN_LEBIH_BESAR = configurable("waktu.satuan-lebih-besar", Severity.INFO);

	/** Identity: unit, nomor, nama, tanggal pembuatan and disahkan oleh are required. */
	public static final String IDENTITAS_KOSONG = configurable("identitas.kosong", Severity.ERROR);
	/** Identity: tanggal pembuatan, revisi and efektif are real calendar dates. */
	public static final String TANGGAL_TIDAK_VALID = fixed("tanggal.tidak-valid");
	/** Identity: an SOP is revised and takes effect after it is made. */
	public static final String TANGGAL_SEBELUM_PEMBUATAN = configurable("tanggal.sebelum-pembuatan", Severity.ERROR);
	/** Identity: the NIP of the signing official is 18 digits with a plausible birth date and appointment month. */
	public static final String NIP_TIDAK_VALID = configurable("nip.tidak-valid", Severity.ERROR);
	/** Identity: the nomor SOP is unique in the unit's numbering scheme. */
	public static final String NOMOR_SOP_GANDA = configurable("nomor-sop.ganda", Severity.ERROR);
	/** Identity: the unit's logo, printed at the top of the identity page, is a PNG or JPEG picture. */
	public static final String LOGO_TIDAK_VALID = fixed("logo.tidak-valid");
	/** A workspace names each SOP once: keterkaitan and booklets find an SOP by its name. */
	public static final String NAMA_SOP_GANDA = fixed("nama-sop.ganda");
	/** A booklet binds each SOP once. */
	public static final String BUKU_SOP_GANDA = fixed("buku.sop-ganda");
	/**
	 * A booklet's Keputusan is signable: nomor, place and date it is set, the signing official (jabatan, nama,
	 * pangkat, NIP), Menimbang, Mengingat and the diktum of Memutuskan.
	 */
	public static final String KEPUTUSAN_BELUM_LENGKAP = configurable("keputusan.belum-lengkap", Severity.WARNING);
	/** A Keputusan's diktum (KESATU, KEDUA, ...) are each their own part, never two in one text. */
	public static final String DIKTUM_BERGABUNG = configurable("keputusan.diktum-bergabung", Severity.WARNING);
	/** A Keputusan states its nomor and its date once (before its block, as older booklets did, or inside it). */
	public static final String KEPUTUSAN_DITULIS_DUA_KALI = fixed("keputusan.ditulis-dua-kali");
	/** A booklet's conventions give each column of the flowchart one caption. */
	public static final String KOLOM_GANDA = fixed("gaya.kolom-ganda");
	/** Keterkaitan: a linked SOP exists. */
	public static final String SOP_TIDAK_DITEMUKAN = fixed("keterkaitan.tidak-ditemukan");
	/** Keterkaitan: an SOP is not related to itself. */
	public static final String KETERKAITAN_DIRI_SENDIRI = configurable("keterkaitan.diri-sendiri", Severity.ERROR);

	/** Mutu Baku continuity: what a step outputs is what the next step needs. */
	public static final String OUTPUT_TIDAK_DIPAKAI = configurable("mutu-baku.output-tidak-dipakai", Severity.INFO);
	/** Kegiatan is an active verb phrase without a subject ("Memerintahkan penyusunan LAKIP"). */
	public static final String KEGIATAN_BUKAN_KATA_KERJA = configurable("kegiatan.bukan-kata-kerja", Severity.INFO);

	private SopIssueCodes() {
	}

	/**
	 * The codes whose severity an office may change (in `sop.properties` or the editor's settings), each with
	 * its default; every other code is always an error, since the documents and the diagram need what it checks.
	 */
	public static Map<String, Severity> configurableSeverities() {
		return Collections.unmodifiableMap(CONFIGURABLE);
	}

	private static String fixed(String name) {
		return PREFIX + name;
	}

	private static String configurable(String name, Severity byDefault) {
		CONFIGURABLE.put(PREFIX + name, byDefault);
		return PREFIX + name;
	}
}
