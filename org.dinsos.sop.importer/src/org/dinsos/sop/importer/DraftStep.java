package org.dinsos.sop.importer;

import java.util.ArrayList;
import java.util.List;

/** One row of a flowchart as the source gives it, before it is written as a step of the draft. */
public final class DraftStep {

	/** The symbol's kind: what the source shows, or nothing when it shows no kind. */
	public enum Kind {
		PROSES, MULAI, SELESAI, KEPUTUSAN
	}

	/** The number as the source writes it (a duplicate or a gap is kept), or null when there is none. */
	public String number;
	public Kind kind;
	/** Where the step's lane was read: the kegiatan names it, or a symbol stands in its column; else it is a guess. */
	public enum LaneEvidence {
		NAMED, SYMBOL, GUESSED
	}

	/** The index of the step's pelaksana among the draft's lanes, or -1 when no lane is known. */
	public int lane = -1;
	public LaneEvidence laneEvidence = LaneEvidence.GUESSED;
	public String kegiatan = "";
	public final List<String> kelengkapan = new ArrayList<>();
	/** The waktu's amount as written in the draft ("1,5") and its unit ("jam"), or null. */
	public String waktuJumlah;
	public String waktuSatuan;
	public final List<String> output = new ArrayList<>();
	public String keterangan;
	public String ya;
	public String tidak;
	public String lanjut;
	/** The `//` comments written above the step: the readings the importer is not sure of. */
	public final List<String> notes = new ArrayList<>();

	public boolean hasWaktu() {
		return waktuJumlah != null;
	}

	/** "langkah 7", or the step's place in the table when its number is not known. */
	public String label(int index) {
		return "langkah " + (number != null ? number : "ke-" + (index + 1) + " (tanpa nomor)");
	}
}
