package org.dinsos.sop.query;

import java.math.BigDecimal;

/**
 * The words a user reads for the parts of an SOP, the same in `sop check`, the editors and every printed
 * document: the labels of the identity page, and how the total waktu names its working day.
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

	private Wording() {
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
