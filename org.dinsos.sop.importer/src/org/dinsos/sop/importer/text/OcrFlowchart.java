package org.dinsos.sop.importer.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dinsos.sop.importer.DraftSop;
import org.dinsos.sop.importer.DraftStep;
import org.dinsos.sop.importer.DraftStep.Kind;
import org.dinsos.sop.importer.Lanes;
import org.dinsos.sop.importer.Texts;

/**
 * The flowchart table of a scanned SOP as an OCR wrote it: one line per table row, cells separated by
 * tabs, though cells go missing, rows run over two pages, numbers are misread and a cell's lines run
 * together. The waktu cell anchors each row: the kelengkapan stands before it, the output after it, and
 * the pelaksana columns before the kelengkapan.
 */
final class OcrFlowchart {

	private static final Pattern KEGIATAN = Pattern.compile("(?i)^(kegiatan|ura[ij1l]an(\\s+prosedur)?|uraian\\s+kegiatan)\\b");
	private static final Pattern WAKTU_LABEL = Pattern.compile("(?i)^waktu$");
	private static final Pattern KELENGKAPAN_LABEL = Pattern.compile("(?i)^(kelengkapan|persyaratan|peralatan)\\b");
	private static final Pattern GROUP_LABEL = Pattern.compile("(?i)pelaks|sana$|^[mn]?[iu]?utu\\s*b[au]ku|^mutu|^pelaksana");
	private static final Pattern NUMBER = Pattern.compile("^([0-9lIOS]{1,3})\\s*\\.?$");
	private static final Pattern NUMBER_AND_TEXT = Pattern.compile("^(\\d{1,3})\\.?\\s+(\\p{L}.*)$");
	/** Lines of one cell that the OCR ran together are separated by runs of spaces. */
	private static final Pattern LINE_GAP = Pattern.compile("\\s{3,}");
	private static final Pattern INLINE_NUMBERED = Pattern.compile("(?:^|\\s)(?:\\d{1,2}|[Il])\\.\\s+");

	/** A row as read, before its cells are split into items and its lane decided. */
	private static final class Row {
		DraftStep step = new DraftStep();
		String numberRead;
		int kegiatanCell;
		int waktuCell;
		final List<String> kelengkapan = new ArrayList<>();
		final List<String> output = new ArrayList<>();
		final List<Integer> symbols = new ArrayList<>();
		final List<Integer> arrows = new ArrayList<>();
		final List<String> branchLabels = new ArrayList<>();
		final List<Integer> branchLanes = new ArrayList<>();
		/** Notes on the row's reading, made before its number is known. */
		final List<String> notes = new ArrayList<>();
	}

	private final DraftSop sop;
	private final List<Row> rows = new ArrayList<>();
	private int lanes;

	private OcrFlowchart(DraftSop sop) {
		this.sop = sop;
	}

	/** True when the line is the header of a flowchart table (its "Kegiatan" or "Uraian Prosedur" cell). */
	static boolean isHeader(String line) {
		return OcrText.cells(line).stream().anyMatch(cell -> KEGIATAN.matcher(cell).find());
	}

	/** Reads the table whose header is at {@code start}, up to {@code end}, into the SOP's lanes and steps. */
	static void read(DraftSop sop, List<String> lines, int start, int end) {
		OcrFlowchart table = new OcrFlowchart(sop);
		int labels = table.header(lines, start);
		for (int i = labels + 1; i < end; i++) {
			table.line(lines.get(i));
		}
		table.finish();
	}

	/** The lanes between the kegiatan and the kelengkapan; the header may take two lines. Returns its last line. */
	private int header(List<String> lines, int start) {
		int labels = start;
		if (OcrText.cells(lines.get(start)).stream().noneMatch(cell -> WAKTU_LABEL.matcher(cell).matches())
				&& start + 1 < lines.size()
				&& OcrText.cells(lines.get(start + 1)).stream().anyMatch(cell -> WAKTU_LABEL.matcher(cell).matches())) {
			labels = start + 1;
		}
		List<String> cells = OcrText.cells(lines.get(labels));
		int kegiatan = 1;
		int kelengkapan = cells.size();
		for (int i = 0; i < cells.size(); i++) {
			if (KEGIATAN.matcher(cells.get(i)).find()) {
				kegiatan = i;
			}
			if (kelengkapan == cells.size() && (KELENGKAPAN_LABEL.matcher(cells.get(i)).find() || WAKTU_LABEL.matcher(cells.get(i)).matches())) {
				kelengkapan = i;
			}
		}
		for (int i = kegiatan + 1; i < kelengkapan; i++) {
			String label = cells.get(i);
			if (!label.isEmpty() && !GROUP_LABEL.matcher(label).find()) {
				sop.lanes.add(label);
			}
		}
		lanes = sop.lanes.size();
		return labels;
	}

	private void line(String line) {
		if (line.isBlank()) {
			return;
		}
		List<String> raw = List.of(line.split("\t", -1));
		List<String> cells = OcrText.cells(line);
		int waktu = -1;
		for (int i = 1; i < cells.size() && waktu < 0; i++) {
			if (Texts.waktuCell(cells.get(i)) != null) {
				waktu = i;
			}
		}
		if (waktu < 0 && isHeader(line) || cells.stream().anyMatch(cell -> GROUP_LABEL.matcher(cell).find()) && waktu < 0
				&& !NUMBER.matcher(cells.get(0)).matches()) {
			return;
		}
		String first = cells.get(0);
		Matcher numberAndText = NUMBER_AND_TEXT.matcher(first);
		String number = NUMBER.matcher(first).matches() ? Texts.digits(first.replace(".", "").strip())
				: numberAndText.matches() ? numberAndText.group(1) : null;
		int kegiatanCell = numberAndText.matches() || number == null && !first.isEmpty() ? 0 : 1;
		if (waktu < 0 && number == null) {
			Matcher mashed = mashedWaktu(cells, kegiatanCell);
			if (mashed == null) {
				continueRow(raw, cells);
				return;
			}
		}
		Row row = new Row();
		row.numberRead = number;
		row.kegiatanCell = kegiatanCell;
		row.waktuCell = waktu;
		row.step.kegiatan = kegiatanCell < cells.size() ? (numberAndText.matches() ? Texts.clean(numberAndText.group(2)) : cells.get(kegiatanCell)) : "";
		rows.add(row);
		if (waktu >= 0) {
			Texts.Waktu parsed = Texts.waktuCell(cells.get(waktu));
			row.step.waktuJumlah = parsed.jumlah();
			row.step.waktuSatuan = parsed.satuan();
			addSegments(row.kelengkapan, raw, waktu - 1, kegiatanCell);
			addSegments(row.output, raw, waktu + 1, kegiatanCell);
			row.step.keterangan = keterangan(cells, waktu + 2);
			marks(row, cells);
		} else {
			mashed(row, cells);
		}
	}

	/** A waktu inside a cell with the kelengkapan before it and the output after it, as an OCR may run them together. */
	private static Matcher mashedWaktu(List<String> cells, int kegiatanCell) {
		for (int i = kegiatanCell + 1; i < cells.size(); i++) {
			Matcher matcher = Texts.waktuMatcher(cells.get(i));
			if (matcher.find()) {
				return matcher;
			}
		}
		return null;
	}

	private void mashed(Row row, List<String> cells) {
		for (int i = row.kegiatanCell + 1; i < cells.size(); i++) {
			Matcher matcher = Texts.waktuMatcher(cells.get(i));
			if (matcher.find()) {
				Texts.Waktu parsed = Texts.waktu(matcher.group(1), matcher.group(2));
				row.step.waktuJumlah = parsed.jumlah();
				row.step.waktuSatuan = parsed.satuan();
				row.kelengkapan.add(cells.get(i).substring(0, matcher.start()).strip());
				row.output.add(cells.get(i).substring(matcher.end()).strip());
				row.notes.add("kelengkapan, waktu dan output terbaca dalam satu sel (\"" + cells.get(i) + "\"); dipisah pada waktu");
				return;
			}
		}
		row.notes.add("waktu tidak terbaca");
	}

	private static void addSegments(List<String> segments, List<String> raw, int index, int kegiatanCell) {
		if (index <= kegiatanCell || index >= raw.size()) {
			return;
		}
		for (String segment : LINE_GAP.split(raw.get(index).strip())) {
			String text = OcrText.cell(segment);
			if (!text.isEmpty() && !text.matches("[-–—•]")) {
				segments.add(text);
			}
		}
	}

	private static String keterangan(List<String> cells, int from) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < cells.size(); i++) {
			text.append(' ').append(cells.get(i));
		}
		String result = Texts.clean(text.toString());
		return result.isEmpty() || result.matches("[-–—•.,]+") ? null : result;
	}

	/**
	 * The symbols and branch labels in the pelaksana cells, which stand right before the kelengkapan. A
	 * letter standing for a shape counts only in a row without arrows, where it is not an arrowhead.
	 */
	private void marks(Row row, List<String> cells) {
		List<Integer> letters = new ArrayList<>();
		for (int lane = 0; lane < lanes; lane++) {
			int cell = row.waktuCell - 1 - lanes + lane;
			if (cell <= row.kegiatanCell || cell >= cells.size()) {
				continue;
			}
			String text = cells.get(cell);
			if (OcrText.isShape(text)) {
				row.symbols.add(lane);
			} else if (OcrText.isLetterSymbol(text)) {
				letters.add(lane);
			}
			if (OcrText.isArrow(text)) {
				row.arrows.add(lane);
			}
			String label = OcrText.branchLabel(text);
			if (label != null) {
				row.branchLabels.add(label);
				row.branchLanes.add(lane);
			}
		}
		if (row.arrows.isEmpty()) {
			row.symbols.addAll(letters);
		}
	}

	/** A line without number and waktu continues the row above: its cells add to the same columns. */
	private void continueRow(List<String> raw, List<String> cells) {
		if (rows.isEmpty()) {
			return;
		}
		Row row = rows.get(rows.size() - 1);
		if (row.kegiatanCell < cells.size()) {
			row.step.kegiatan = Texts.clean(row.step.kegiatan + " " + cells.get(row.kegiatanCell));
		}
		if (row.waktuCell < 0) {
			return;
		}
		addSegments(row.kelengkapan, raw, row.waktuCell - 1, row.kegiatanCell);
		addSegments(row.output, raw, row.waktuCell + 1, row.kegiatanCell);
		String more = keterangan(cells, row.waktuCell + 2);
		if (more != null) {
			row.step.keterangan = joinWord(row.step.keterangan, more);
		}
	}

	/** A word cut at the cell's edge ("Dokum" / "en") is joined; other lines join with a space. */
	private static String joinWord(String before, String after) {
		if (before == null) {
			return after;
		}
		boolean cut = after.matches("^[a-z]{1,2}\\b.*") && !after.matches("^(di|ke)\\b.*") && before.matches(".*\\p{L}$");
		return Texts.clean(before + (cut ? "" : " ") + after);
	}

	private void finish() {
		List<String> known = knownPhrases();
		for (Row row : rows) {
			sop.steps.add(row.step);
			row.step.kelengkapan.addAll(items(row.kelengkapan, known));
			row.step.output.addAll(items(row.output, known));
		}
		numbers();
		decisions();
		terminators();
		for (int i = 0; i < rows.size(); i++) {
			lane(i);
		}
	}

	/** Every whole cell value and numbered item of the table: the vocabulary that tells where a run-together cell splits. */
	private List<String> knownPhrases() {
		Set<String> known = new LinkedHashSet<>();
		for (Row row : rows) {
			for (List<String> segments : List.of(row.kelengkapan, row.output)) {
				if (segments.size() == 1 && !INLINE_NUMBERED.matcher(segments.get(0)).find()) {
					known.add(key(segments.get(0)));
				}
				for (String segment : segments) {
					List<String> numbered = numbered(segment);
					if (numbered.size() > 1) {
						numbered.forEach(item -> known.add(key(item)));
					}
				}
			}
		}
		return new ArrayList<>(known);
	}

	/** The items of a cell from its segments: numbered items, known phrases, and runs of other segments joined. */
	private static List<String> items(List<String> segments, List<String> known) {
		List<String> pieces = new ArrayList<>();
		for (String segment : segments) {
			pieces.addAll(numbered(segment));
		}
		List<String> items = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		int i = 0;
		while (i < pieces.size()) {
			int match = -1;
			StringBuilder joined = new StringBuilder();
			for (int j = i; j < pieces.size(); j++) {
				joined.append(j == i ? "" : " ").append(pieces.get(j));
				if (known.contains(key(joined.toString()))) {
					match = j;
				}
			}
			boolean continues = !run.isEmpty() && Character.isLowerCase(pieces.get(i).charAt(0));
			if (match >= 0 && !continues) {
				flush(run, items);
				items.add(Texts.clean(String.join(" ", pieces.subList(i, match + 1))));
				i = match + 1;
			} else {
				run.append(run.isEmpty() ? "" : " ").append(pieces.get(i));
				i++;
			}
		}
		flush(run, items);
		List<String> distinct = new ArrayList<>();
		for (String item : items) {
			String text = item.replaceAll("[;,]+$", "").strip();
			if (!text.isEmpty() && !text.equals("-") && distinct.stream().noneMatch(seen -> key(seen).equals(key(text)))) {
				distinct.add(text);
			}
		}
		return distinct;
	}

	private static void flush(StringBuilder run, List<String> items) {
		if (!run.isEmpty()) {
			items.add(Texts.clean(run.toString()));
			run.setLength(0);
		}
	}

	/** "1. Dokumen KAK 2. Surat Pengantar" as its two items; a text without numbers as itself. */
	private static List<String> numbered(String text) {
		List<String> items = new ArrayList<>();
		for (String part : INLINE_NUMBERED.split(text)) {
			if (!part.isBlank()) {
				items.add(Texts.clean(part));
			}
		}
		return items;
	}

	private static String key(String text) {
		return Texts.clean(text).toLowerCase(Locale.ROOT);
	}

	/**
	 * The numbers as the authors wrote them, a duplicate or a jump kept; a number the OCR misread (one that
	 * runs backwards, "0" for 10, "900" for 9) or lost is read as the next in order, and the note says so.
	 */
	private void numbers() {
		int previous = 0;
		for (Row row : rows) {
			int expected = previous + 1;
			String read = row.numberRead;
			String number;
			if (read == null) {
				number = String.valueOf(expected);
				row.notes.add(0, "nomor langkah tidak terbaca; ditulis " + number + " menurut urutan baris");
			} else {
				int value = Integer.parseInt(read);
				boolean misread = value < previous || value > expected + 9 && read.startsWith(String.valueOf(expected));
				number = String.valueOf(misread ? expected : value);
				if (misread) {
					row.notes.add(0, "nomor langkah terbaca \"" + read + "\"; dibaca " + number + " menurut urutan baris");
				}
			}
			row.step.number = number;
			previous = Integer.parseInt(number);
			row.notes.forEach(note -> sop.guess(row.step, note));
		}
	}

	/** An SOP AP flowchart starts and ends with a terminator, which the OCR does not show: the first and last steps. */
	private void terminators() {
		if (rows.size() < 2) {
			return;
		}
		DraftStep first = rows.get(0).step;
		DraftStep last = rows.get(rows.size() - 1).step;
		if (first.kind == null) {
			first.kind = Kind.MULAI;
			sop.guess(first, "simbolnya tidak terbaca; langkah pertama ditulis mulai (flowchart SOP AP diawali terminator)");
		}
		if (last.kind == null) {
			last.kind = Kind.SELESAI;
			sop.guess(last, "simbolnya tidak terbaca; langkah terakhir ditulis selesai (flowchart SOP AP diakhiri terminator)");
		}
	}

	/**
	 * Decisions from the "ya" and "tidak" labels the OCR kept in the pelaksana cells: both on one row, or
	 * "tidak" on the row above and "ya" on the row below the diamond.
	 */
	private void decisions() {
		boolean[] used = new boolean[rows.size()];
		for (int i = 1; i + 1 < rows.size(); i++) {
			List<String> above = rows.get(i - 1).branchLabels;
			List<String> below = rows.get(i + 1).branchLabels;
			if (rows.get(i).branchLabels.isEmpty() && !above.isEmpty() && !below.isEmpty() && !above.equals(below)) {
				decide(i, above.contains("tidak") ? i - 1 : i + 1, above.contains("ya") ? i - 1 : i + 1);
				used[i - 1] = true;
				used[i + 1] = true;
			}
		}
		for (int i = 0; i < rows.size(); i++) {
			if (!used[i] && !rows.get(i).branchLabels.isEmpty() && rows.get(i).step.kind == null) {
				decide(i, Math.max(0, i - 1), Math.min(rows.size() - 1, i + 1));
			}
		}
	}

	private void decide(int at, int tidak, int ya) {
		DraftStep step = rows.get(at).step;
		step.kind = Kind.KEPUTUSAN;
		step.ya = rows.get(ya).step.number;
		step.tidak = rows.get(tidak).step.number;
		sop.guess(step, "keputusan dari label Ya/Tidak di kolom pelaksana; Ya ke " + step.ya + ", Tidak ke " + step.tidak
				+ " ditebak dari letak labelnya");
	}

	/**
	 * The lane: the pelaksana the kegiatan names; else the one column holding a symbol; else a decision's
	 * "ya" label; else what the kegiatan does (a head's order or signature, clerical work); else the one
	 * column an arrow on the row above points into; else the lane of the step before.
	 */
	private void lane(int index) {
		Row row = rows.get(index);
		DraftStep step = row.step;
		List<String> labels = sop.lanes;
		if (labels.isEmpty()) {
			return;
		}
		int named = Lanes.named(step.kegiatan, labels);
		if (named >= 0) {
			step.lane = named;
			step.laneEvidence = DraftStep.LaneEvidence.NAMED;
			return;
		}
		List<Integer> symbols = row.symbols.stream().distinct().toList();
		int yaLane = row.branchLabels.indexOf("ya");
		if (symbols.size() == 1) {
			step.lane = symbols.get(0);
			step.laneEvidence = DraftStep.LaneEvidence.SYMBOL;
			sop.guess(step, "pelaksana dari tanda di kolom " + labels.get(step.lane) + " pada hasil OCR");
		} else if (step.kind == Kind.KEPUTUSAN && yaLane >= 0) {
			step.lane = row.branchLanes.get(yaLane);
			sop.guess(step, "pelaksana dari label \"ya\" di kolom " + labels.get(step.lane));
		} else if (Lanes.headWork(step.kegiatan)) {
			step.lane = 0;
			sop.guess(step, "pelaksana tidak terbaca; kegiatan pimpinan, dibaca kolom pertama (" + labels.get(0) + ")");
		} else if (Lanes.clericalWork(step.kegiatan)) {
			step.lane = labels.size() - 1;
			sop.guess(step, "pelaksana tidak terbaca; pekerjaan administrasi, dibaca kolom terakhir (" + labels.get(step.lane) + ")");
		} else if (index > 0 && rows.get(index - 1).arrows.stream().distinct().count() == 1
				&& rows.get(index - 1).symbols.isEmpty()) {
			step.lane = rows.get(index - 1).arrows.get(0);
			sop.guess(step, "pelaksana tidak terbaca; anak panah di baris sebelumnya menuju kolom " + labels.get(step.lane));
		} else if (index > 0 && rows.get(index - 1).step.lane >= 0) {
			step.lane = rows.get(index - 1).step.lane;
			sop.guess(step, "pelaksana tidak terbaca; sama dengan langkah sebelumnya (" + labels.get(step.lane) + ")");
		} else {
			sop.guess(step, "pelaksana tidak terbaca; tidak diisi");
		}
	}
}
