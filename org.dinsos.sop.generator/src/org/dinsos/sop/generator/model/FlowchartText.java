package org.dinsos.sop.generator.model;

import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.query.Durations;
import org.dinsos.sop.query.Wording;
import org.dinsos.sop.sop.KolomFlowchart;
import org.dinsos.sop.sop.Sop;

/**
 * The words of a flowchart page besides the steps' own: its title, the column captions, and the total
 * waktu under the last row.
 */
public final class FlowchartText {

	public static final String JUDUL = "STANDAR OPERASIONAL PROSEDUR";
	public static final String NO = "No";
	public static final String KEGIATAN = "Kegiatan";
	public static final String PELAKSANA = "Pelaksana";
	public static final String MUTU_BAKU = "Mutu Baku";
	public static final String KELENGKAPAN = "Kelengkapan";
	public static final String WAKTU = "Waktu";
	public static final String OUTPUT = "Output";
	public static final String KETERANGAN = "Keterangan";

	private FlowchartText() {
	}

	/** A column's caption: the office's ("Uraian Prosedur", "Ket"), else the format's. */
	public static String caption(KolomFlowchart kolom, DocumentSettings settings) {
		return settings.conventions().caption(kolom, switch (kolom) {
			case KEGIATAN -> KEGIATAN;
			case PELAKSANA -> PELAKSANA;
			case KELENGKAPAN -> KELENGKAPAN;
			case WAKTU -> WAKTU;
			case OUTPUT -> OUTPUT;
			case KETERANGAN -> KETERANGAN;
		});
	}

	/** "Jumlah waktu (jalur utama, 1 hari kerja = 7,5 jam)". */
	public static String totalLabel(DocumentSettings settings) {
		return Wording.JUMLAH_WAKTU + " (" + Wording.mainPath(settings.workdayHours()) + ")";
	}

	/** The SOP's total waktu along its main path: "8 hari 1 jam 5 menit". */
	public static String total(Sop sop, DocumentSettings settings) {
		return Durations.text(Durations.totalMinutes(sop, settings.workdayHours()), settings.workdayHours());
	}
}
