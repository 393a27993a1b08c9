package org.dinsos.sop.importer.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dinsos.sop.importer.DraftSop;
import org.dinsos.sop.importer.DraftSop.Place;
import org.dinsos.sop.importer.IdentityList;
import org.dinsos.sop.importer.Signature;
import org.dinsos.sop.importer.Texts;

/**
 * The SOPs in the text an OCR made of scanned SOP AP pages: each starts at its "Nomor SOP"; its identity
 * fields, lists and flowchart rows follow. What the OCR garbled is read as well as it can be and noted;
 * where one SOP of a set lost a field the others have (the jabatan, the address, a number in a series),
 * the set supplies it, and the note says so.
 */
public final class OcrReader {

	private static final Pattern NOMOR = Pattern.compile("(?i)\\bnomor\\s+so[pf]\\b");
	private static final Pattern NAMA = Pattern.compile("(?i)\\bnama\\s+so[pf]\\b");
	private static final Pattern DISAHKAN = Pattern.compile("(?i)\\bdisahkan\\s+oleh\\b");
	private static final Pattern PEMBUATAN = Pattern.compile("(?i)\\btanggal\\s+pembuatan\\b");
	private static final Pattern REVISI = Pattern.compile("(?i)\\btanggal\\s+revisi\\b");
	private static final Pattern EFEKTIF = Pattern.compile("(?i)\\btanggal\\s+efektif\\b");
	private static final Pattern ADDRESS = Pattern.compile("(?i)^(jl\\.?|jalan)\\s.*|.*\\btelp\\b.*");
	private static final Pattern TITLE = Pattern.compile("(?i)^#*\\s*(?:standar\\s+operasional\\s+prosedur|sop\\s*:)\\s*(.+)$");
	private static final Pattern CONJUNCTION_START = Pattern.compile("^(dan|atau|serta|tentang|yang|dengan|di|ke|dari|untuk)\\b.*");

	/** A line of a list at least this long was wrapped by the page: the next line continues its item. */
	private static final int WRAPPED_LINE = 45;

	/** A cell that is only a list's caption, perhaps with a heading mark, a second word or a colon. */
	private static final Map<IdentityList, Pattern> LIST_CAPTIONS = new EnumMap<>(IdentityList.class);
	static {
		for (IdentityList list : IdentityList.values()) {
			LIST_CAPTIONS.put(list,
					Pattern.compile("(?i)^#*\\s*(" + list.caption() + ")(\\s*/\\s*\\p{L}+|\\s+dan\\s+\\p{L}+)?\\s*:?\\s*$"));
		}
	}

	private final List<String> lines;
	private final String source;

	private OcrReader(List<String> lines, String source) {
		this.lines = lines;
		this.source = source;
	}

	/** The SOPs of the text, in order; none when it holds no "Nomor SOP" and no flowchart table. */
	public static List<DraftSop> read(String text, String source) {
		List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
		return new OcrReader(lines, source).read();
	}

	private List<DraftSop> read() {
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (NOMOR.matcher(lines.get(i)).find()) {
				starts.add(letterheadAbove(i, starts.isEmpty() ? 0 : starts.get(starts.size() - 1) + 1));
			}
		}
		if (starts.isEmpty()) {
			for (int i = 0; i < lines.size(); i++) {
				if (OcrFlowchart.isHeader(lines.get(i))) {
					starts.add(i);
					break;
				}
			}
		}
		List<DraftSop> sops = new ArrayList<>();
		for (int s = 0; s < starts.size(); s++) {
			int end = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
			DraftSop sop = new DraftSop();
			sop.source = starts.size() == 1 ? source : source + ", SOP ke-" + (s + 1);
			segment(sop, starts.get(s), end);
			if (sop.nomor != null || !sop.steps.isEmpty()) {
				sops.add(sop);
			}
		}
		new SetConsensus(sops).apply();
		return sops;
	}

	/** The letterhead's address stands a few lines above the "Nomor SOP". */
	private int letterheadAbove(int nomor, int floor) {
		int start = nomor;
		for (int i = nomor - 1; i >= Math.max(floor, nomor - 6); i--) {
			String line = lines.get(i);
			if (Texts.waktuMatcher(line).find() || OcrFlowchart.isHeader(line)) {
				break;
			}
			if (ADDRESS.matcher(line.strip()).matches()) {
				start = i;
			}
		}
		return start;
	}

	private void segment(DraftSop sop, int start, int end) {
		int flowchart = end;
		for (int i = start; i < end; i++) {
			if (OcrFlowchart.isHeader(lines.get(i))) {
				flowchart = i;
				break;
			}
		}
		String heading = null;
		int listsStart = flowchart;
		for (int i = start; i < flowchart; i++) {
			String line = lines.get(i);
			String plain = Texts.clean(line);
			Matcher title = TITLE.matcher(plain);
			if (title.matches()) {
				heading = Texts.clean(title.group(1));
			}
			if (listsStart == flowchart && labels(line).size() > 0) {
				listsStart = i;
			}
			if (ADDRESS.matcher(plain).matches() && sop.alamat == null) {
				sop.alamat = plain;
			}
			if (NOMOR.matcher(line).find()) {
				nomor(sop, after(line, NOMOR));
			} else if (PEMBUATAN.matcher(line).find()) {
				sop.tanggalPembuatan = date(sop, after(line, PEMBUATAN), "tanggal pembuatan");
			} else if (REVISI.matcher(line).find()) {
				sop.tanggalRevisi = date(sop, after(line, REVISI), "tanggal revisi");
			} else if (EFEKTIF.matcher(line).find()) {
				sop.tanggalEfektif = date(sop, after(line, EFEKTIF), "tanggal efektif");
			}
		}
		signature(sop, start, listsStart);
		judul(sop, start, listsStart, heading);
		lists(sop, listsStart, flowchart);
		if (flowchart < end) {
			OcrFlowchart.read(sop, lines, flowchart, end);
		}
	}

	private static String after(String line, Pattern label) {
		Matcher matcher = label.matcher(line);
		matcher.find();
		return line.substring(matcher.end());
	}

	/** "1:\t800/16\t/D-5/03/2024": the ":" an OCR read with a stroke, the gaps around "/" closed. */
	private static void nomor(DraftSop sop, String rest) {
		String value = rest.replaceFirst("^[\\s|:;1lI]*:\\s*", "").replaceAll("\\s*/\\s*", "/");
		value = Texts.clean(value.replace('\t', ' '));
		sop.nomor = value.isEmpty() ? null : value;
	}

	private static LocalDate date(DraftSop sop, String rest, String what) {
		String value = Texts.clean(rest.replace('\t', ' ')).replaceFirst("^[|:;1lI]*:\\s*", "");
		if (value.isEmpty() || value.matches("[-:]*")) {
			return null;
		}
		LocalDate date = Texts.date(value);
		if (date == null) {
			sop.guess(Place.TANGGAL, what + " terbaca \"" + value + "\", bukan tanggal yang dikenali; tidak diisi");
		}
		return date;
	}

	/** Jabatan, nama, pangkat and NIP: around "Disahkan oleh", cell by cell, up to the lists. */
	private void signature(DraftSop sop, int start, int end) {
		int signed = -1;
		for (int i = start; i < end && signed < 0; i++) {
			if (DISAHKAN.matcher(lines.get(i)).find()) {
				signed = i;
			}
		}
		if (signed < 0) {
			return;
		}
		List<String> cells = new ArrayList<>();
		Matcher label = DISAHKAN.matcher(lines.get(signed));
		label.find();
		cells.add(lines.get(signed).substring(0, label.start()));
		cells.addAll(List.of(lines.get(signed).substring(label.end()).split("\t")));
		boolean pastName = false;
		for (int i = signed + 1; i < end; i++) {
			String line = lines.get(i);
			if (NAMA.matcher(line).find()) {
				pastName = true;
			}
			// After "Nama SOP" only a NIP the OCR moved there belongs to the signature; the rest is the name.
			if (pastName && !line.matches("(?i).*\\bNIP\\b.*") || labels(line).size() > 0) {
				continue;
			}
			cells.addAll(List.of(line.split("\t")));
		}
		cells.replaceAll(cell -> Texts.clean(cell.replaceFirst("^\\s*[>#*-]+\\s*", "")));
		cells.removeIf(String::isEmpty);
		Signature signature = Signature.parse(cells);
		sop.jabatan = signature.jabatan();
		sop.nama = signature.nama();
		sop.pangkat = signature.pangkat();
		sop.nip = signature.nip();
	}

	/**
	 * The SOP's name from "Nama SOP" and the lines that continue it; checked word by word against the
	 * title above the flowchart, whose words replace those the OCR garbled.
	 */
	private void judul(DraftSop sop, int start, int end, String heading) {
		String name = "";
		for (int i = start; i < end; i++) {
			Matcher label = NAMA.matcher(lines.get(i));
			if (label.find()) {
				name = lines.get(i).substring(label.end());
				for (int j = i + 1; j < end && lines.get(j).startsWith("\t") && labels(lines.get(j)).isEmpty()
						&& !DISAHKAN.matcher(lines.get(j)).find(); j++) {
					name += " " + lines.get(j);
				}
				break;
			}
		}
		name = Texts.clean(name.replace('\t', ' ').replaceFirst("^[\\s:]+", ""));
		String title = heading == null ? null : Texts.allCaps(heading) ? Texts.titleCase(heading) : heading;
		if (name.isEmpty() || name.length() < 4) {
			if (title != null) {
				sop.judul = title;
				sop.guess(Place.JUDUL, "nama SOP tidak terbaca di tabel identitas; diambil dari judul flowchart \"" + heading + "\"");
			}
			return;
		}
		sop.judul = title == null ? name : corrected(sop, name, title);
	}

	private static String corrected(DraftSop sop, String name, String title) {
		String[] words = name.split(" ");
		String[] titleWords = title.split(" ");
		int shared = Math.min(words.length, titleWords.length);
		int same = 0;
		for (int i = 0; i < shared; i++) {
			same += Texts.sameWord(words[i], titleWords[i]) ? 1 : 0;
		}
		if (shared == 0 || same == shared || same * 10 < shared * 6) {
			return name;
		}
		List<String> fixed = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			if (i < shared && !Texts.sameWord(words[i], titleWords[i])) {
				String word = titleWords[i];
				fixed.add(Character.isUpperCase(words[i].charAt(0)) ? word : word.toLowerCase(Locale.ROOT));
				sop.guess(Place.JUDUL, "kata \"" + words[i] + "\" pada nama SOP dibaca \"" + word + "\" menurut judul flowchart");
			} else {
				fixed.add(words[i]);
			}
		}
		return String.join(" ", fixed);
	}

	/** The list labels a line holds, by the cell they stand in. */
	private static Map<Integer, IdentityList> labels(String line) {
		Map<Integer, IdentityList> found = new HashMap<>();
		String[] cells = line.split("\t", -1);
		for (int i = 0; i < cells.length; i++) {
			String cell = Texts.clean(cells[i]);
			for (IdentityList field : IdentityList.values()) {
				if (cell.length() < 45 && LIST_CAPTIONS.get(field).matcher(cell).matches()) {
					found.put(i, field);
				}
			}
		}
		return found;
	}

	/**
	 * The lists: a label alone on its line heads the lines below it; two labels side by side head two
	 * columns, the cells left of the second label's going to the first.
	 */
	private void lists(DraftSop sop, int start, int end) {
		Map<IdentityList, List<String>> collected = new HashMap<>();
		List<IdentityList> active = new ArrayList<>();
		int split = Integer.MAX_VALUE;
		for (int i = start; i < end; i++) {
			String line = lines.get(i);
			if (TITLE.matcher(Texts.clean(line)).matches()) {
				break;
			}
			Map<Integer, IdentityList> labels = labels(line);
			if (!labels.isEmpty()) {
				List<Integer> columns = labels.keySet().stream().sorted().toList();
				active = columns.stream().map(labels::get).toList();
				split = columns.size() > 1 ? Math.max(1, columns.get(1)) : Integer.MAX_VALUE;
				continue;
			}
			if (active.isEmpty() || line.isBlank()) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			long leftCells = Arrays.stream(cells).limit(Math.min(split, cells.length)).filter(cell -> !cell.isBlank()).count();
			if (leftCells > 1) {
				sop.guess(active.get(0).place(), "baris \"" + Texts.clean(line) + "\" terbaca dalam " + leftCells
						+ " sel; urutan katanya mungkin tertukar, periksa dengan hasil pindaian");
			}
			StringBuilder left = new StringBuilder();
			StringBuilder right = new StringBuilder();
			for (int c = 0; c < cells.length; c++) {
				(c < split ? left : right).append(c == 0 || c == split ? "" : " ").append(cells[c]);
			}
			collected.computeIfAbsent(active.get(0), key -> new ArrayList<>()).addAll(OcrText.listLines(left.toString()));
			if (active.size() > 1) {
				collected.computeIfAbsent(active.get(1), key -> new ArrayList<>()).addAll(OcrText.listLines(right.toString()));
			}
		}
		for (Map.Entry<IdentityList, List<String>> entry : collected.entrySet()) {
			entry.getKey().items(sop).addAll(items(sop, entry.getKey(), entry.getValue()));
		}
	}

	/** The items of a list; a numbered line opening with "dan", "tentang" and the like continues the item above. */
	private static List<String> items(DraftSop sop, IdentityList field, List<String> lines) {
		List<String> joined = new ArrayList<>();
		for (String line : lines) {
			String text = Texts.startsItem(line) ? Texts.withoutMarker(line) : line;
			if (!joined.isEmpty() && Texts.startsItem(line) && CONJUNCTION_START.matcher(text).matches()) {
				sop.guess(field.place(), "butir \"" + line + "\" dibaca sebagai lanjutan butir sebelumnya");
				joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + text);
			} else if (!text.chars().anyMatch(Character::isLetter)) {
				sop.guess(field.place(), "\"" + line + "\" tanpa huruf, dibuang sebagai sisa OCR");
			} else {
				joined.add(line);
			}
		}
		return Texts.items(joined, !field.sentences(), WRAPPED_LINE);
	}
}
