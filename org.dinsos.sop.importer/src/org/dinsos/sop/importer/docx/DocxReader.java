package org.dinsos.sop.importer.docx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dinsos.sop.importer.DraftSop;
import org.dinsos.sop.importer.DraftSop.Place;
import org.dinsos.sop.importer.DraftStep;
import org.dinsos.sop.importer.DraftStep.Kind;
import org.dinsos.sop.importer.IdentityList;
import org.dinsos.sop.importer.Signature;
import org.dinsos.sop.importer.Texts;
import org.dinsos.sop.importer.docx.FlowchartColumns.Column;
import org.dinsos.sop.importer.docx.FlowchartColumns.Role;
import org.dinsos.sop.importer.docx.TableGrid.Cell;

/**
 * The SOPs of a Word document in the SOP AP layout: each identity table (Nomor SOP, Nama SOP, Disahkan
 * oleh, the lists) starts an SOP, and the flowchart tables after it, however many pages they run over,
 * give its pelaksana and steps. Tables of other kinds (a booklet's guide, its monitoring forms) are
 * passed over.
 */
public final class DocxReader {

	private static final Pattern LABEL_NOMOR = Pattern.compile("^nomor\\s+sop\\b");
	private static final Pattern LABEL_NAMA = Pattern.compile("^nama\\s+sop\\b");
	private static final Pattern LABEL_DISAHKAN = Pattern.compile("^disahkan\\s+oleh\\b");
	private static final Pattern LABEL_PEMBUATAN = Pattern.compile("^tanggal\\s+pembuatan\\b");
	private static final Pattern LABEL_REVISI = Pattern.compile("^tanggal\\s+revisi\\b");
	private static final Pattern LABEL_EFEKTIF = Pattern.compile("^tanggal\\s+efektif\\b");
	private static final Pattern ADDRESS = Pattern.compile("^(jl\\.?|jalan|alamat)\\b|telp|telepon|kode pos|e-?mail", Pattern.CASE_INSENSITIVE);
	/** "Ya: ke langkah 8", "Tidak → 6", "tidak, kembali ke langkah 6": a branch and its target. */
	private static final Pattern BRANCH = Pattern.compile(
			"\\b(ya|tidak)\\b\\s*[:=,\\-–→>]*\\s*(?:(?:kembali|lanjut)\\s+)?(?:ke\\s+)?(?:langkah|no\\.?|nomor)?\\s*(\\d{1,3})\\b",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern BRANCH_LABEL = Pattern.compile("^(ya|tidak)$", Pattern.CASE_INSENSITIVE);
	private static final Pattern LANJUT = Pattern.compile("\\blanjut\\s+ke\\s+(?:langkah\\s+)?(\\d{1,3})\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern STEP_NUMBER = Pattern.compile("^(\\d{1,3})\\s*\\.?$");
	private static final Pattern TOTAL = Pattern.compile("^(jumlah|total)\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern MARK = Pattern.compile("^[xXvV√✓✔●○◯■□◆◇♦•*]+$");
	private static final Pattern FLOWCHART_TITLE = Pattern.compile("^(standar operasional prosedur|sop)\\s*:?\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);

	/** Each list's caption at the start of a cell's (lower-case) text. */
	private static final Map<IdentityList, Pattern> LIST_CAPTIONS = new EnumMap<>(IdentityList.class);
	static {
		for (IdentityList list : IdentityList.values()) {
			LIST_CAPTIONS.put(list, Pattern.compile("^(?:" + list.caption() + ")"));
		}
	}

	private final XWPFDocument doc;
	private final String source;
	private final List<DraftSop> sops = new ArrayList<>();
	private DraftSop current;
	private FlowchartColumns columns;
	private int columnCount;
	private final List<String> paragraphs = new ArrayList<>();

	private DocxReader(XWPFDocument doc, String source) {
		this.doc = doc;
		this.source = source;
	}

	/** The SOPs the document holds, in order; none when it holds no identity or flowchart table. */
	public static List<DraftSop> read(XWPFDocument doc, String source) {
		DocxReader reader = new DocxReader(doc, source);
		for (IBodyElement element : doc.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				String text = Texts.clean(paragraph.getText());
				if (!text.isEmpty()) {
					reader.paragraphs.add(text);
				}
			} else if (element instanceof XWPFTable table) {
				reader.table(new TableGrid(table, doc));
			}
		}
		List<DraftSop> found = reader.sops;
		for (int i = 0; i < found.size(); i++) {
			found.get(i).source = found.size() == 1 ? source : source + ", SOP ke-" + (i + 1);
		}
		return found;
	}

	private void table(TableGrid grid) {
		if (isIdentity(grid)) {
			current = new DraftSop();
			sops.add(current);
			columns = null;
			identity(grid);
			paragraphs.clear();
			return;
		}
		FlowchartColumns found = FlowchartColumns.find(grid.rows());
		if (found != null) {
			if (current == null || current.steps.size() > 0 && titleChanged()) {
				current = new DraftSop();
				sops.add(current);
			}
			if (current.lanes.isEmpty()) {
				current.lanes.addAll(found.lanes());
			}
			if (current.judul == null) {
				flowchartTitle().ifPresent(title -> current.judul = title);
			}
			columns = found;
			columnCount = grid.columns();
			rows(grid.rows().subList(found.headerRows(), grid.rows().size()));
		} else if (columns != null && grid.columns() == columnCount && startsWithStep(grid)) {
			rows(grid.rows());
		} else {
			columns = null;
		}
		paragraphs.clear();
	}

	/** A flowchart table after another SOP's steps, under a new title, is a new SOP without identity page. */
	private boolean titleChanged() {
		return flowchartTitle().map(title -> current.judul != null && !title.equalsIgnoreCase(current.judul)).orElse(false);
	}

	/** The SOP's name from the title above a flowchart ("STANDAR OPERASIONAL PROSEDUR" / the name). */
	private Optional<String> flowchartTitle() {
		for (int i = 0; i < paragraphs.size(); i++) {
			Matcher title = FLOWCHART_TITLE.matcher(paragraphs.get(i));
			if (title.matches()) {
				String rest = Texts.clean(title.group(2));
				String name = !rest.isEmpty() ? rest : i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : "";
				if (!name.isEmpty()) {
					return Optional.of(Texts.allCaps(name) ? Texts.titleCase(name) : name);
				}
			}
		}
		return Optional.empty();
	}

	/** A flowchart table without header continues the one before only when its first row is a step with a waktu. */
	private boolean startsWithStep(TableGrid grid) {
		if (grid.rows().isEmpty()) {
			return false;
		}
		List<Cell> row = grid.rows().get(0);
		return row.stream().anyMatch(cell -> Texts.waktuCell(cell.text()) != null);
	}

	// The identity page.

	private static boolean isIdentity(TableGrid grid) {
		boolean nama = false;
		boolean signed = false;
		for (List<Cell> row : grid.rows()) {
			for (Cell cell : row) {
				String text = FlowchartColumns.normal(firstLine(cell));
				nama |= LABEL_NAMA.matcher(text).find();
				signed |= LABEL_DISAHKAN.matcher(text).find();
			}
		}
		return nama || signed;
	}

	private void identity(TableGrid grid) {
		List<List<Cell>> rows = grid.rows();
		List<Cell> used = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			List<Cell> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				Cell cell = row.get(c);
				if (cell.continued()) {
					continue;
				}
				String label = FlowchartColumns.normal(firstLine(cell));
				List<String> value = value(row, c, used);
				if (LABEL_NOMOR.matcher(label).find()) {
					current.nomor = blankToNull(Texts.clean(String.join(" ", value)));
					used.add(cell);
				} else if (LABEL_PEMBUATAN.matcher(label).find()) {
					current.tanggalPembuatan = date(value, "tanggal pembuatan");
					used.add(cell);
				} else if (LABEL_REVISI.matcher(label).find()) {
					current.tanggalRevisi = date(value, "tanggal revisi");
					used.add(cell);
				} else if (LABEL_EFEKTIF.matcher(label).find()) {
					current.tanggalEfektif = date(value, "tanggal efektif");
					used.add(cell);
				} else if (LABEL_DISAHKAN.matcher(label).find()) {
					Signature signature = Signature.parse(value);
					current.jabatan = signature.jabatan();
					current.nama = signature.nama();
					current.pangkat = signature.pangkat();
					current.nip = signature.nip();
					used.add(cell);
				} else if (LABEL_NAMA.matcher(label).find()) {
					judul(Texts.clean(String.join(" ", value)));
					used.add(cell);
				} else {
					for (IdentityList field : IdentityList.values()) {
						if (LIST_CAPTIONS.get(field).matcher(label).find()) {
							list(field, cell, rows, r);
							used.add(cell);
						}
					}
				}
			}
		}
		letterhead(rows, used);
	}

	/** The value beside a label: the rest of its own cell after a ":", or the next cells of the row. */
	private static List<String> value(List<Cell> row, int index, List<Cell> used) {
		Cell label = row.get(index);
		List<String> own = new ArrayList<>(label.lines());
		String first = own.isEmpty() ? "" : own.remove(0);
		int colon = first.indexOf(':');
		if (colon >= 0 && !first.substring(colon + 1).isBlank()) {
			own.add(0, first.substring(colon + 1));
		}
		if (!String.join("", own).isBlank()) {
			return own;
		}
		for (int c = index + 1; c < row.size(); c++) {
			Cell next = row.get(c);
			String text = next.text();
			if (text.matches("\\s*:?\\s*") && c + 1 < row.size()) {
				continue;
			}
			used.add(next);
			List<String> lines = new ArrayList<>(next.lines());
			if (!lines.isEmpty()) {
				lines.set(0, lines.get(0).replaceFirst("^\\s*:\\s*", ""));
			}
			return lines;
		}
		return List.of();
	}

	private LocalDate date(List<String> value, String what) {
		String text = Texts.clean(String.join(" ", value));
		if (text.isEmpty() || text.equals("-")) {
			return null;
		}
		LocalDate date = Texts.date(text);
		if (date == null) {
			current.guess(Place.TANGGAL, what + " terbaca \"" + text + "\", bukan tanggal yang dikenali; tidak diisi");
		}
		return date;
	}

	private void judul(String text) {
		if (text.isEmpty()) {
			return;
		}
		if (Texts.allCaps(text)) {
			current.judul = Texts.titleCase(text);
			current.guess(Place.JUDUL, "nama SOP tertulis dengan huruf kapital (\"" + text + "\"); huruf besar-kecilnya ditebak");
		} else {
			current.judul = text;
		}
	}

	/** A list's items: the rest of the label's cell, else the cell under the label. */
	private void list(IdentityList field, Cell label, List<List<Cell>> rows, int r) {
		List<String> lines = new ArrayList<>(label.lines());
		String first = lines.remove(0);
		int colon = first.indexOf(':');
		if (colon >= 0 && !first.substring(colon + 1).isBlank()) {
			lines.add(0, first.substring(colon + 1));
		}
		if (lines.isEmpty() && r + 1 < rows.size()) {
			Cell below = TableGrid.at(rows.get(r + 1), label.column());
			if (below != null && !isLabel(below)) {
				lines = below.lines();
			}
		}
		field.items(current).addAll(Texts.items(lines, !field.sentences(), Texts.PARAGRAPHS));
	}

	private static boolean isLabel(Cell cell) {
		String text = FlowchartColumns.normal(firstLine(cell));
		for (Pattern caption : LIST_CAPTIONS.values()) {
			if (caption.matcher(text).find()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The unit's name and address from the letterhead cell: the lines above the address (a "LOGO"
	 * placeholder aside), and the address.
	 */
	private void letterhead(List<List<Cell>> rows, List<Cell> used) {
		for (List<Cell> row : rows) {
			for (Cell cell : row) {
				if (used.contains(cell) || cell.continued() || cell.text().isBlank() || isLabel(cell)) {
					continue;
				}
				List<String> names = new ArrayList<>();
				for (String line : cell.lines()) {
					String text = Texts.clean(line);
					if (ADDRESS.matcher(text).find()) {
						current.alamat = text;
					} else if (!text.isEmpty() && current.alamat == null && !text.equalsIgnoreCase("logo")) {
						names.add(text);
					}
				}
				if (!names.isEmpty()) {
					String name = names.get(names.size() - 1);
					if (names.size() > 1) {
						current.guess(Place.UNIT, "kop memuat " + names.size() + " baris (" + String.join(" / ", names)
								+ "); baris terakhir dibaca sebagai nama unit");
					}
					current.unit = Texts.allCaps(name) ? Texts.titleCase(name) : name;
				}
				return;
			}
		}
	}

	private static String firstLine(Cell cell) {
		return cell.lines().isEmpty() ? "" : cell.lines().get(0);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() || text.equals("-") ? null : text;
	}

	// The flowchart.

	private void rows(List<List<Cell>> rows) {
		for (List<Cell> row : rows) {
			if (row.stream().allMatch(cell -> cell.text().isBlank() && cell.symbols().isEmpty()) || FlowchartColumns.isHeader(row)) {
				continue;
			}
			String firstText = row.stream().map(Cell::text).filter(text -> !text.isBlank()).findFirst().orElse("");
			if (TOTAL.matcher(firstText).find()) {
				continue;
			}
			row(row);
		}
	}

	private void row(List<Cell> row) {
		String number = null;
		String kegiatan = "";
		List<String> kelengkapan = List.of();
		List<String> output = List.of();
		String waktu = "";
		String keterangan = "";
		StringBuilder branches = new StringBuilder();
		List<Integer> symbols = new ArrayList<>();
		List<Symbol> kinds = new ArrayList<>();
		boolean labelled = false;
		for (Cell cell : row) {
			Column column = columns.at(cell.column());
			if (column == null || cell.continued() && column.role() != Role.LANE) {
				continue;
			}
			switch (column.role()) {
				case NO -> {
					Matcher matcher = STEP_NUMBER.matcher(Texts.clean(cell.text()));
					number = matcher.matches() ? matcher.group(1) : null;
				}
				case KEGIATAN -> kegiatan = Texts.clean(cell.text().replace('\n', ' '));
				case KELENGKAPAN -> kelengkapan = cell.lines();
				case WAKTU -> waktu = Texts.clean(cell.text());
				case OUTPUT -> output = cell.lines();
				case KETERANGAN -> keterangan = Texts.clean(cell.text().replace('\n', ' '));
				case LANE -> {
					int lane = columns.laneIndex(column);
					String text = Texts.clean(cell.text().replace('\n', ' '));
					branches.append(' ').append(text);
					for (Symbol symbol : cell.symbols()) {
						if (symbol.isStep()) {
							symbols.add(lane);
							kinds.add(symbol);
						}
					}
					String rest = BRANCH.matcher(LANJUT.matcher(text).replaceAll("")).replaceAll("").replaceAll("[/|]", " ").strip();
					if (!rest.isEmpty() && MARK.matcher(rest).matches()) {
						symbols.add(lane);
						kinds.add(Symbol.MARK);
					}
					labelled |= BRANCH_LABEL.matcher(rest).matches();
				}
				default -> {
				}
			}
		}
		Texts.Waktu parsedWaktu = Texts.waktuCell(waktu);
		if (parsedWaktu == null) {
			Matcher inside = Texts.waktuMatcher(waktu);
			parsedWaktu = inside.find() ? Texts.waktu(inside.group(1), inside.group(2)) : null;
		}
		boolean continuation = number == null && parsedWaktu == null && symbols.isEmpty() && !current.steps.isEmpty();
		if (continuation) {
			DraftStep previous = current.steps.get(current.steps.size() - 1);
			previous.kegiatan = Texts.clean(previous.kegiatan + " " + kegiatan);
			appendItems(previous.kelengkapan, kelengkapan);
			appendItems(previous.output, output);
			if (!keterangan.isEmpty()) {
				previous.keterangan = Texts.clean((previous.keterangan == null ? "" : previous.keterangan) + " " + keterangan);
			}
			return;
		}
		DraftStep step = new DraftStep();
		current.steps.add(step);
		step.number = number;
		step.kegiatan = kegiatan;
		step.kelengkapan.addAll(Texts.items(kelengkapan, false, Texts.PARAGRAPHS));
		step.output.addAll(Texts.items(output, false, Texts.PARAGRAPHS));
		if (parsedWaktu != null) {
			step.waktuJumlah = parsedWaktu.jumlah();
			step.waktuSatuan = parsedWaktu.satuan();
		} else if (!waktu.isEmpty() && !waktu.equals("-")) {
			current.guess(step, "waktu terbaca \"" + waktu + "\", bukan waktu yang dikenali; tidak diisi");
		}
		if (number == null) {
			String guessed = String.valueOf(previousNumber() + 1);
			current.guess(step, "nomor langkah tidak tertulis; ditulis " + guessed + " menurut urutan baris");
			step.number = guessed;
		}
		lane(step, symbols, kinds);
		branches(step, branches + " " + keterangan, labelled, kinds.contains(Symbol.PROCESS) || kinds.contains(Symbol.TERMINATOR));
		step.keterangan = keterangan(keterangan);
	}

	private int previousNumber() {
		for (int i = current.steps.size() - 2; i >= 0; i--) {
			String number = current.steps.get(i).number;
			if (number != null && number.matches("\\d+")) {
				return Integer.parseInt(number);
			}
		}
		return 0;
	}

	/** Items of a cell split over two pages: the first line continues the last item, unless it is numbered. */
	private static void appendItems(List<String> items, List<String> lines) {
		List<String> more = new ArrayList<>(lines);
		if (more.isEmpty()) {
			return;
		}
		if (!items.isEmpty() && !Texts.startsItem(more.get(0))) {
			items.set(items.size() - 1, Texts.clean(items.get(items.size() - 1) + " " + more.remove(0)));
		}
		items.addAll(Texts.items(more, false, Texts.PARAGRAPHS));
	}

	/** The step's lane is the column holding its symbol; its kind is the symbol's shape. */
	private void lane(DraftStep step, List<Integer> lanes, List<Symbol> kinds) {
		if (lanes.isEmpty()) {
			if (!current.lanes.isEmpty()) {
				current.guess(step, "tidak ada simbol di kolom pelaksana; pelaksana tidak diisi");
			}
			return;
		}
		int chosen = 0;
		for (int i = 0; i < kinds.size(); i++) {
			if (kinds.get(i) != Symbol.MARK) {
				chosen = i;
				break;
			}
		}
		step.lane = lanes.get(chosen);
		step.laneEvidence = DraftStep.LaneEvidence.SYMBOL;
		long distinct = lanes.stream().distinct().count();
		if (distinct > 1) {
			current.guess(step, "simbol di " + distinct + " kolom pelaksana; dibaca kolom " + current.lanes.get(step.lane));
		}
		Symbol symbol = kinds.get(chosen);
		if (symbol == Symbol.DECISION) {
			step.kind = Kind.KEPUTUSAN;
		} else if (symbol == Symbol.TERMINATOR) {
			step.kind = current.steps.size() == 1 ? Kind.MULAI : Kind.SELESAI;
		}
	}

	/** Ya/Tidak targets from the text under the symbol, a connector's label or the Keterangan. */
	private void branches(DraftStep step, String text, boolean labelled, boolean shaped) {
		Matcher lanjut = LANJUT.matcher(text);
		if (lanjut.find() && step.kind != Kind.KEPUTUSAN) {
			step.lanjut = lanjut.group(1);
		}
		Matcher branch = BRANCH.matcher(text);
		while (branch.find()) {
			if (branch.group(1).equalsIgnoreCase("ya")) {
				step.ya = branch.group(2);
			} else {
				step.tidak = branch.group(2);
			}
		}
		// A bare "Ya" or "Tidak" beside a process or terminator symbol labels an arrow passing by, not this step.
		if (step.kind == null && (step.ya != null || step.tidak != null || labelled && !shaped)) {
			step.kind = Kind.KEPUTUSAN;
		}
		if (step.kind == Kind.KEPUTUSAN) {
			step.lanjut = null;
			if (step.ya == null) {
				current.guess(step, "keputusan tanpa tujuan Ya yang terbaca; Ya diisi ke langkah berikutnya");
				step.ya = String.valueOf(Integer.parseInt(step.number.replaceAll("\\D", "0")) + 1);
			}
			if (step.tidak == null) {
				current.guess(step, "keputusan tanpa tujuan Tidak yang terbaca; Tidak diisi ke langkah sebelumnya");
				step.tidak = String.valueOf(Math.max(1, Integer.parseInt(step.number.replaceAll("\\D", "0")) - 1));
			}
		}
	}

	/** The Keterangan without the branch texts already read into ya/tidak. */
	private static String keterangan(String text) {
		String rest = BRANCH.matcher(LANJUT.matcher(text).replaceAll("")).replaceAll("").replaceAll("^[\\s/,;.-]+|[\\s/,;]+$", "");
		return rest.isBlank() || rest.equals("-") ? null : rest;
	}
}
