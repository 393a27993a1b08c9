package org.dinsos.sop.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An SOP as read from a Word document or a scan, every field as the source gives it, with what the
 * importer guessed: each guess is a `//` comment at the place it belongs and a line of the report.
 */
public final class DraftSop {

	/** The places of the identity page a note can stand before, in the order of the file. */
	public enum Place {
		JUDUL("nama SOP"), UNIT("unit"), NOMOR("nomor"), TANGGAL("tanggal"), PENGESAHAN("disahkan oleh"),
		DASAR_HUKUM("dasar hukum"), KUALIFIKASI("kualifikasi pelaksana"), KETERKAITAN("keterkaitan"),
		PERALATAN("peralatan/perlengkapan"), PERINGATAN("peringatan"), PENCATATAN("pencatatan dan pendataan"),
		PELAKSANA("pelaksana");

		private final String label;

		Place(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Where the SOP was read: the file and, when the file holds several, which one. */
	public String source = "";
	public String judul;
	public String unit;
	public String alamat;
	public String nomor;
	public LocalDate tanggalPembuatan;
	public LocalDate tanggalRevisi;
	public LocalDate tanggalEfektif;
	public String jabatan;
	public String nama;
	public String pangkat;
	public String nip;
	public final List<String> dasarHukum = new ArrayList<>();
	public final List<String> kualifikasi = new ArrayList<>();
	public final List<String> keterkaitan = new ArrayList<>();
	public final List<String> peralatan = new ArrayList<>();
	public final List<String> peringatan = new ArrayList<>();
	public final List<String> pencatatan = new ArrayList<>();
	/** The pelaksana columns' headers, left to right, as printed. */
	public final List<String> lanes = new ArrayList<>();
	public final List<DraftStep> steps = new ArrayList<>();

	private final Map<Place, List<String>> notes = new LinkedHashMap<>();
	private final List<String> guesses = new ArrayList<>();

	/** A reading the importer is not sure of, before the given part of the identity page. */
	public void guess(Place place, String note) {
		notes.computeIfAbsent(place, key -> new ArrayList<>()).add(note);
		guesses.add(place.label() + ": " + note);
	}

	/** A reading of a step the importer is not sure of, above the step. */
	public void guess(DraftStep step, String note) {
		step.notes.add(note);
		guesses.add(step.label(steps.indexOf(step)) + ": " + note);
	}

	public List<String> notes(Place place) {
		return notes.getOrDefault(place, List.of());
	}

	/** Every guess, in the order it was made, each naming its place. */
	public List<String> guesses() {
		return List.copyOf(guesses);
	}

	/** What was read without a guess, as the report lists it. */
	public List<String> sure() {
		List<String> sure = new ArrayList<>();
		if (judul != null && notes(Place.JUDUL).isEmpty()) {
			sure.add("nama SOP");
		}
		if (nomor != null && notes(Place.NOMOR).isEmpty()) {
			sure.add("nomor");
		}
		if (tanggalPembuatan != null && notes(Place.TANGGAL).isEmpty()) {
			sure.add("tanggal pembuatan");
		}
		if (jabatan != null && notes(Place.PENGESAHAN).isEmpty()) {
			sure.add("disahkan oleh");
		}
		count(sure, dasarHukum, Place.DASAR_HUKUM);
		count(sure, kualifikasi, Place.KUALIFIKASI);
		count(sure, keterkaitan, Place.KETERKAITAN);
		count(sure, peralatan, Place.PERALATAN);
		count(sure, peringatan, Place.PERINGATAN);
		count(sure, pencatatan, Place.PENCATATAN);
		if (!lanes.isEmpty() && notes(Place.PELAKSANA).isEmpty()) {
			sure.add(lanes.size() + " pelaksana");
		}
		long plain = steps.stream().filter(step -> step.notes.isEmpty()).count();
		if (!steps.isEmpty()) {
			sure.add(plain + " dari " + steps.size() + " langkah tanpa tebakan");
		}
		return sure;
	}

	private void count(List<String> sure, List<String> items, Place place) {
		if (!items.isEmpty() && notes(place).isEmpty()) {
			sure.add(items.size() + " " + place.label());
		}
	}
}
