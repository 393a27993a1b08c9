package org.dinsos.sop.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dinsos.sop.importer.DraftSop.Place;

/**
 * The draft as `.sop` text: the template below reads like an SOP file; fields the source does not give
 * are left out, and every guess stands as a `//` comment above the field or step it concerns. The
 * formatter lays it out afterwards.
 */
public final class DraftWriter {

	private final Set<String> keywords;

	/** {@code keywords}: the language's keywords, which an identifier may not be. */
	public DraftWriter(Set<String> keywords) {
		this.keywords = keywords;
	}

	public String write(DraftSop sop, String name) {
		return """
				// Draf hasil impor dari %s. Catatan "//" menandai bacaan yang ditebak: periksa dengan sumbernya.
				%ssop %s %s {
				%s%s%s%s%s%s%s%s%s%s%s%s}
				""".formatted(sop.source, notes(sop.notes(Place.JUDUL)), name, string(sop.judul == null ? "" : sop.judul),
				unit(sop), nomor(sop), tanggal(sop), pengesahan(sop),
				list(sop, Place.DASAR_HUKUM, "dasar hukum", sop.dasarHukum),
				list(sop, Place.KUALIFIKASI, "kualifikasi pelaksana", sop.kualifikasi), keterkaitan(sop),
				list(sop, Place.PERALATAN, "peralatan", sop.peralatan), list(sop, Place.PERINGATAN, "peringatan", sop.peringatan),
				list(sop, Place.PENCATATAN, "pencatatan", sop.pencatatan), pelaksana(sop), prosedur(sop));
	}

	private static String unit(DraftSop sop) {
		if (sop.unit == null) {
			return notes(sop.notes(Place.UNIT));
		}
		return notes(sop.notes(Place.UNIT)) + "unit " + string(sop.unit)
				+ (sop.alamat == null ? "" : " alamat " + string(sop.alamat)) + "\n";
	}

	private static String nomor(DraftSop sop) {
		return notes(sop.notes(Place.NOMOR)) + (sop.nomor == null ? "" : "nomor " + string(sop.nomor) + "\n");
	}

	private static String tanggal(DraftSop sop) {
		return notes(sop.notes(Place.TANGGAL))
				+ (sop.tanggalPembuatan == null ? "" : "tanggal pembuatan " + sop.tanggalPembuatan + "\n")
				+ (sop.tanggalRevisi == null ? "" : "tanggal revisi " + sop.tanggalRevisi + "\n")
				+ (sop.tanggalEfektif == null ? "" : "tanggal efektif " + sop.tanggalEfektif + "\n");
	}

	private static String pengesahan(DraftSop sop) {
		String notes = notes(sop.notes(Place.PENGESAHAN));
		if (sop.jabatan == null && sop.nama == null && sop.nip == null) {
			return notes;
		}
		return notes + "disahkan oleh " + string(sop.jabatan == null ? "" : sop.jabatan)
				+ (sop.nama == null ? "" : " nama " + string(sop.nama))
				+ (sop.pangkat == null ? "" : " pangkat " + string(sop.pangkat))
				+ (sop.nip == null ? "" : " nip " + string(sop.nip)) + "\n";
	}

	private static String list(DraftSop sop, Place place, String keyword, List<String> items) {
		String notes = notes(sop.notes(place));
		if (items.isEmpty()) {
			return notes;
		}
		return notes + keyword + " {\n" + items.stream().map(item -> string(item) + "\n").collect(Collectors.joining()) + "}\n";
	}

	/** A related SOP by its title; "(prasyarat)" or "(lanjutan)" after it gives its kind. */
	private static String keterkaitan(DraftSop sop) {
		String notes = notes(sop.notes(Place.KETERKAITAN));
		if (sop.keterkaitan.isEmpty()) {
			return notes;
		}
		StringBuilder items = new StringBuilder();
		for (String item : sop.keterkaitan) {
			String jenis = item.matches(".*\\((prasyarat|lanjutan)\\)$") ? item.replaceAll(".*\\((\\w+)\\)$", "$1") : null;
			String judul = jenis == null ? item : item.replaceAll("\\s*\\((prasyarat|lanjutan)\\)$", "");
			items.append(jenis == null ? "" : jenis + " ").append(string(judul)).append('\n');
		}
		return notes + "keterkaitan {\n" + items + "}\n";
	}

	private String pelaksana(DraftSop sop) {
		String notes = notes(sop.notes(Place.PELAKSANA));
		if (sop.lanes.isEmpty()) {
			return notes;
		}
		List<String> ids = laneIds(sop.lanes);
		StringBuilder lanes = new StringBuilder();
		for (int i = 0; i < ids.size(); i++) {
			lanes.append(ids.get(i)).append(' ').append(string(sop.lanes.get(i))).append('\n');
		}
		return notes + "pelaksana {\n" + lanes + "}\n";
	}

	private String prosedur(DraftSop sop) {
		if (sop.steps.isEmpty()) {
			return "";
		}
		List<String> ids = laneIds(sop.lanes);
		StringBuilder steps = new StringBuilder();
		for (int i = 0; i < sop.steps.size(); i++) {
			DraftStep step = sop.steps.get(i);
			steps.append(notes(step.notes)).append(step(step, i, step.lane >= 0 && step.lane < ids.size() ? ids.get(step.lane) : null));
		}
		return "prosedur {\n" + steps + "}\n";
	}

	/** One step; a step without a number takes its place in the table, which the notes above say. */
	private static String step(DraftStep step, int index, String lane) {
		String kind = step.kind == null || step.kind == DraftStep.Kind.PROSES ? ""
				: step.kind.name().toLowerCase(Locale.ROOT) + " ";
		return """
				%s %s%s%s
				%s%s%s%s%s%s%s""".formatted(step.number != null ? step.number : String.valueOf(index + 1), kind,
				lane == null ? "" : lane + " ", string(step.kegiatan),
				strings("kelengkapan", step.kelengkapan),
				step.hasWaktu() ? "waktu " + step.waktuJumlah + " " + step.waktuSatuan + "\n" : "",
				strings("output", step.output),
				step.keterangan == null || step.keterangan.isBlank() ? "" : "keterangan " + string(step.keterangan) + "\n",
				target("lanjut ke", step.kind == DraftStep.Kind.KEPUTUSAN ? null : step.lanjut),
				target("ya ke", step.kind == DraftStep.Kind.KEPUTUSAN ? step.ya : null),
				target("tidak ke", step.kind == DraftStep.Kind.KEPUTUSAN ? step.tidak : null));
	}

	private static String strings(String keyword, List<String> items) {
		return items.isEmpty() ? ""
				: keyword + " " + items.stream().map(DraftWriter::string).collect(Collectors.joining(", ")) + "\n";
	}

	private static String target(String keyword, String number) {
		return number == null ? "" : keyword + " " + number + "\n";
	}

	private static String notes(List<String> notes) {
		return notes.stream().map(note -> "// " + note.replace('\n', ' ') + "\n").collect(Collectors.joining());
	}

	/** A string literal of the language. */
	static String string(String text) {
		return "\"" + Texts.clean(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** One identifier per lane from its header ("Kepala Dinas" -> kepalaDinas), unique, never a keyword. */
	public List<String> laneIds(List<String> lanes) {
		Set<String> taken = new LinkedHashSet<>();
		List<String> ids = new ArrayList<>();
		for (String lane : lanes) {
			String id = unique(identifier(lane, false, "pelaksana"), taken);
			taken.add(id);
			ids.add(id);
		}
		return ids;
	}

	/**
	 * The SOP's name from its title: the abbreviation in parentheses when it has one ("(LAKIP)" -> Lakip),
	 * else its first two words after "Penyusunan" and the like.
	 */
	public String sopName(String judul, Set<String> taken) {
		String title = judul == null ? "" : Texts.clean(judul);
		Matcher abbreviation = Pattern.compile("\\(([\\p{L}]{2,})\\)").matcher(title);
		String base;
		if (abbreviation.find()) {
			base = abbreviation.group(1);
		} else {
			List<String> words = new ArrayList<>(List.of(title.split("[^\\p{L}\\d]+")));
			words.removeIf(word -> word.isEmpty() || List.of("penyusunan", "pembuatan", "standar", "operasional", "prosedur", "sop")
					.contains(word.toLowerCase(Locale.ROOT)));
			base = String.join(" ", words.subList(0, Math.min(2, words.size())));
		}
		return unique(identifier(base, true, "Sop"), taken);
	}

	/** The file name of a draft: the SOP's name, lower case, words joined by "-" ("LaporanTahunan" -> laporan-tahunan.sop). */
	public static String fileName(String sopName) {
		return sopName.replaceAll("([a-z\\d])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + ".sop";
	}

	private String identifier(String text, boolean upperFirst, String fallback) {
		String[] words = Texts.clean(text).split("[^\\p{IsLatin}\\d]+");
		StringBuilder id = new StringBuilder();
		for (String word : words) {
			if (word.isEmpty()) {
				continue;
			}
			String lower = word.toLowerCase(Locale.ROOT);
			id.append(id.length() == 0 && !upperFirst ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
		}
		String result = id.toString().replaceAll("[^A-Za-z\\d]", "");
		if (result.isEmpty() || !Character.isLetter(result.charAt(0))) {
			result = fallback + result;
		}
		return keywords.contains(result) ? result + (upperFirst ? "Sop" : "Pelaksana") : result;
	}

	private static String unique(String id, Set<String> taken) {
		String candidate = id;
		for (int i = 2; taken.contains(candidate); i++) {
			candidate = id + i;
		}
		return candidate;
	}
}
