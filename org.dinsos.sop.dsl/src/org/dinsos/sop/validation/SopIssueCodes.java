package org.dinsos.sop.validation;

/**
 * The codes of every problem the language reports, with the rule each enforces and where the SOP AP
 * format (Permenpan-RB 35/2012 and its practice, see SOP-AP.md) asks for it. Quick fixes key on them.
 */
public final class SopIssueCodes {

	private static final String PREFIX = "sop.";

	/** A step's actor must be one of the declared pelaksana: the columns of the flowchart table. */
	public static final String PELAKSANA_TIDAK_DIKENAL = PREFIX + "pelaksana.tidak-dikenal";
	/** Each pelaksana is one column, declared once. */
	public static final String PELAKSANA_GANDA = PREFIX + "pelaksana.ganda";
	/** A declared pelaksana that does no step is an empty column in the flowchart. */
	public static final String PELAKSANA_TIDAK_DIPAKAI = PREFIX + "pelaksana.tidak-dipakai";
	/** Every step's symbol is drawn in the column of the pelaksana who does it. */
	public static final String LANGKAH_TANPA_PELAKSANA = PREFIX + "langkah.tanpa-pelaksana";
	/** A branch target names a step of the same SOP (the No column). */
	public static final String LANGKAH_TIDAK_ADA = PREFIX + "langkah.tidak-ada";

	/** The No column runs 1..n: a number used twice. */
	public static final String NOMOR_LANGKAH_GANDA = PREFIX + "nomor-langkah.ganda";
	/** The No column runs 1..n: numbers skipped. */
	public static final String NOMOR_LANGKAH_TERLEWAT = PREFIX + "nomor-langkah.terlewat";
	/** The No column runs 1..n: a number smaller than the one before it. */
	public static final String NOMOR_LANGKAH_TIDAK_URUT = PREFIX + "nomor-langkah.tidak-urut";

	/** The flowchart starts with a terminator (kapsul) on its first step. */
	public static final String AWAL_BUKAN_MULAI = PREFIX + "alur.awal-bukan-mulai";
	/** Only the first step is the start terminator. */
	public static final String MULAI_DI_TENGAH = PREFIX + "alur.mulai-di-tengah";
	/** The flowchart ends with a terminator: at least one step is `selesai`. */
	public static final String TANPA_SELESAI = PREFIX + "alur.tanpa-selesai";
	/** An end terminator has no arrow leaving it. */
	public static final String SELESAI_ADA_LANJUTAN = PREFIX + "alur.selesai-ada-lanjutan";
	/** Every step is reached by the arrows from the start. */
	public static final String TIDAK_TERJANGKAU = PREFIX + "alur.tidak-terjangkau";
	/** From every step the arrows lead to an end: no dead end, no loop without an exit. */
	public static final String BUNTU = PREFIX + "alur.buntu";
	/** The flow runs top to bottom; only a decision's branch goes back up. */
	public static final String MUNDUR_TANPA_KEPUTUSAN = PREFIX + "alur.mundur-tanpa-keputusan";

	/** A decision (belah ketupat) has exactly two exits: its Ya exit is missing. */
	public static final String KEPUTUSAN_TANPA_YA = PREFIX + "keputusan.tanpa-ya";
	/** A decision (belah ketupat) has exactly two exits: its Tidak exit is missing. */
	public static final String KEPUTUSAN_TANPA_TIDAK = PREFIX + "keputusan.tanpa-tidak";
	/** A decision's exit leads to another step, not back into the decision itself. */
	public static final String KEPUTUSAN_KE_DIRI_SENDIRI = PREFIX + "keputusan.ke-diri-sendiri";

	/** Mutu Baku: every step states the time it may take. */
	public static final String WAKTU_KOSONG = PREFIX + "waktu.kosong";
	/** Mutu Baku: a time is more than nothing. */
	public static final String WAKTU_NOL = PREFIX + "waktu.nol";
	/** Mutu Baku: time is written in menit, jam, hari (practice: hari kerja, minggu, bulan). */
	public static final String SATUAN_TIDAK_DIKENAL = PREFIX + "waktu.satuan-tidak-dikenal";
	/** Mutu Baku: a time reads best in the largest unit that keeps it whole or half (90 menit is 1,5 jam). */
	public static final String SATUAN_LEBIH_BESAR = PREFIX + "waktu.satuan-lebih-besar";

	/** Identity: unit, nomor, nama, tanggal pembuatan and disahkan oleh are required. */
	public static final String IDENTITAS_KOSONG = PREFIX + "identitas.kosong";
	/** Identity: tanggal pembuatan, revisi and efektif are real calendar dates. */
	public static final String TANGGAL_TIDAK_VALID = PREFIX + "tanggal.tidak-valid";
	/** Identity: an SOP is revised and takes effect after it is made. */
	public static final String TANGGAL_SEBELUM_PEMBUATAN = PREFIX + "tanggal.sebelum-pembuatan";
	/** Identity: the NIP of the signing official is 18 digits with a plausible birth date and appointment month. */
	public static final String NIP_TIDAK_VALID = PREFIX + "nip.tidak-valid";
	/** Identity: the nomor SOP is unique in the unit's numbering scheme. */
	public static final String NOMOR_SOP_GANDA = PREFIX + "nomor-sop.ganda";
	/** Keterkaitan: a linked SOP exists. */
	public static final String SOP_TIDAK_DITEMUKAN = PREFIX + "keterkaitan.tidak-ditemukan";
	/** Keterkaitan: an SOP is not related to itself. */
	public static final String KETERKAITAN_DIRI_SENDIRI = PREFIX + "keterkaitan.diri-sendiri";

	/** Mutu Baku continuity: what a step outputs is what the next step needs. */
	public static final String OUTPUT_TIDAK_DIPAKAI = PREFIX + "mutu-baku.output-tidak-dipakai";
	/** Kegiatan is an active verb phrase without a subject ("Memerintahkan penyusunan LAKIP"). */
	public static final String KEGIATAN_BUKAN_KATA_KERJA = PREFIX + "kegiatan.bukan-kata-kerja";

	private SopIssueCodes() {
	}
}
