package org.dinsos.sop.generator.model;

import java.util.EnumMap;
import java.util.Map;

import org.dinsos.sop.sop.BentukDaftar;
import org.dinsos.sop.sop.Gaya;
import org.dinsos.sop.sop.JudulKolom;
import org.dinsos.sop.sop.KolomFlowchart;

/**
 * How an office prints where offices differ, from a booklet's `gaya { ... }`: what an empty cell shows, whether
 * lists are numbered or bulleted, and the captions it gives the flowchart's columns. {@link #REGULATION} prints
 * as the regulation's examples do: empty flowchart cells and identity fields left blank, an empty list of the
 * identity page as "-", lists numbered, the captions of the format.
 */
public record Conventions(String emptyCell, boolean bullets, Map<KolomFlowchart, String> captions) {

	public static final Conventions REGULATION = new Conventions(null, false, Map.of());

	/** The bullet of a bulleted list. */
	public static final String BULLET = "\u2022";

	/** A booklet's conventions; a convention it does not state is the regulation's. */
	public static Conventions of(Gaya gaya) {
		if (gaya == null) {
			return REGULATION;
		}
		Map<KolomFlowchart, String> captions = new EnumMap<>(KolomFlowchart.class);
		for (JudulKolom kolom : gaya.getKolom()) {
			captions.put(kolom.getKolom(), kolom.getJudul());
		}
		return new Conventions(gaya.getSelKosong(), gaya.getDaftar() == BentukDaftar.BUTIR, Map.copyOf(captions));
	}

	/** A cell's or field's text, or what the office prints in an empty one. */
	public String cell(String text) {
		return text.isEmpty() && emptyCell != null ? emptyCell : text;
	}

	/** What a list of the identity page with no item shows. */
	public String emptyList() {
		return emptyCell != null ? emptyCell : "-";
	}

	/** The mark before the i-th item (from 0) of a list: "1.", or the bullet. */
	public String marker(int i) {
		return bullets ? BULLET : (i + 1) + ".";
	}

	/** The caption of a column: the office's, else the format's. */
	public String caption(KolomFlowchart kolom, String standard) {
		return captions.getOrDefault(kolom, standard);
	}
}
