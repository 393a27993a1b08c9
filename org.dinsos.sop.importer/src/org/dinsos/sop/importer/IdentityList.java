package org.dinsos.sop.importer;

import java.util.List;
import java.util.function.Function;

import org.dinsos.sop.importer.DraftSop.Place;

/**
 * The six lists of the identity page, with the captions offices give them ("Peralatan/Perlengkapan",
 * "Pencatatan dan Pendataan"); each reader anchors the caption as its source needs.
 */
public enum IdentityList {
	DASAR_HUKUM("dasar\\s+hukum", Place.DASAR_HUKUM, sop -> sop.dasarHukum),
	KUALIFIKASI("kualifikasi(\\s+pelaksana)?", Place.KUALIFIKASI, sop -> sop.kualifikasi),
	KETERKAITAN("keterkaitan", Place.KETERKAITAN, sop -> sop.keterkaitan),
	PERALATAN("peralatan|perlengkapan", Place.PERALATAN, sop -> sop.peralatan),
	PERINGATAN("peringatan", Place.PERINGATAN, sop -> sop.peringatan),
	PENCATATAN("pencatatan(\\s+dan\\s+pendataan)?", Place.PENCATATAN, sop -> sop.pencatatan);

	private final String caption;
	private final Place place;
	private final Function<DraftSop, List<String>> items;

	IdentityList(String caption, Place place, Function<DraftSop, List<String>> items) {
		this.caption = caption;
		this.place = place;
		this.items = items;
	}

	/** The caption as a regular expression of lower-case words, not anchored. */
	public String caption() {
		return caption;
	}

	public Place place() {
		return place;
	}

	/** The draft's list this caption heads. */
	public List<String> items(DraftSop sop) {
		return items.apply(sop);
	}

	/** Peringatan and Pencatatan hold sentences, whose full stop stays; the other lists hold names. */
	public boolean sentences() {
		return this == PERINGATAN || this == PENCATATAN;
	}
}
