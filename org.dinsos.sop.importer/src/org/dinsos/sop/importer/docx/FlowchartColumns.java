package org.dinsos.sop.importer.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.dinsos.sop.importer.Texts;
import org.dinsos.sop.importer.docx.TableGrid.Cell;

/**
 * The columns of a flowchart table, found by their headers as offices write them: "No", "Kegiatan" or
 * "Uraian Prosedur", the pelaksana (under "Pelaksana", or the columns between the kegiatan and the Mutu
 * Baku), "Kelengkapan", "Waktu", "Output", "Keterangan" or "Ket". A column may be missing or extra.
 */
final class FlowchartColumns {

	enum Role {
		NO, KEGIATAN, LANE, KELENGKAPAN, WAKTU, OUTPUT, KETERANGAN, OTHER
	}

	/** A column: its grid range, its role, and for a lane its header. */
	record Column(int start, int span, Role role, String label) {
		boolean covers(int gridColumn) {
			return gridColumn >= start && gridColumn < start + span;
		}
	}

	static final Pattern KEGIATAN = Pattern.compile("\\b(kegiatan|uraian|prosedur|aktivitas|tahapan)\\b");
	private static final Pattern NO = Pattern.compile("^(no|no\\.|nomor|nmr|no\\. urut)$");
	private static final Pattern KELENGKAPAN = Pattern.compile("\\b(kelengkapan|persyaratan|perlengkapan|peralatan|bahan|input)\\b");
	private static final Pattern WAKTU = Pattern.compile("\\bwaktu\\b");
	private static final Pattern OUTPUT = Pattern.compile("\\b(output|keluaran)\\b");
	private static final Pattern KETERANGAN = Pattern.compile("^(ket\\.?|keterangan|catatan)$");
	private static final Pattern MUTU_BAKU = Pattern.compile("\\bmutu\\s*baku\\b");
	private static final Pattern PELAKSANA = Pattern.compile("\\bpelaksana\\b");
	private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$");

	private final List<Column> columns;
	private final int headerRows;

	private FlowchartColumns(List<Column> columns, int headerRows) {
		this.columns = columns;
		this.headerRows = headerRows;
	}

	List<Column> columns() {
		return columns;
	}

	/** How many rows from the first the header takes (a row numbering the columns included). */
	int headerRows() {
		return headerRows;
	}

	List<String> lanes() {
		return columns.stream().filter(column -> column.role() == Role.LANE).map(Column::label).toList();
	}

	/** The column a grid column belongs to, or null. */
	Column at(int gridColumn) {
		for (Column column : columns) {
			if (column.covers(gridColumn)) {
				return column;
			}
		}
		return null;
	}

	int laneIndex(Column column) {
		int index = 0;
		for (Column each : columns) {
			if (each == column) {
				return index;
			}
			if (each.role() == Role.LANE) {
				index++;
			}
		}
		return -1;
	}

	/** True when a row repeats the header (as tables split over pages do). */
	static boolean isHeader(List<Cell> row) {
		boolean kegiatan = false;
		boolean waktu = false;
		for (Cell cell : row) {
			String text = normal(cell.text());
			kegiatan |= text.length() < 40 && KEGIATAN.matcher(text).find();
			waktu |= text.length() < 40 && (WAKTU.matcher(text).find() || MUTU_BAKU.matcher(text).find() || PELAKSANA.matcher(text).find());
		}
		return kegiatan && waktu;
	}

	/** The columns of a table whose header starts at its first rows, or null when it has none. */
	static FlowchartColumns find(List<List<Cell>> rows) {
		int start = -1;
		for (int i = 0; i < Math.min(rows.size(), 4) && start < 0; i++) {
			if (rows.get(i).stream().anyMatch(cell -> KEGIATAN.matcher(normal(cell.text())).find())) {
				start = i;
			}
		}
		if (start < 0) {
			return null;
		}
		int end = start + 1;
		while (end < rows.size() && end <= start + 2 && isHeaderContinuation(rows.get(end))) {
			end++;
		}
		int labelRow = end - 1;
		while (labelRow > start && isNumbering(rows.get(labelRow))) {
			labelRow--;
		}
		List<Cell> lowest = rows.get(labelRow);
		List<Column> columns = new ArrayList<>();
		int kegiatan = -1;
		int mutuBaku = Integer.MAX_VALUE;
		for (Cell cell : lowest) {
			List<String> texts = new ArrayList<>();
			for (int r = start; r < end; r++) {
				for (Cell above : rows.get(r)) {
					if (above.column() <= cell.column() && above.column() + above.span() >= cell.column() + cell.span()) {
						String text = normal(above.text());
						if (!text.isEmpty() && !COLUMN_NUMBER.matcher(text).matches() && !texts.contains(text)) {
							texts.add(text);
						}
					}
				}
			}
			String own = texts.isEmpty() ? "" : texts.get(texts.size() - 1);
			Role role = role(own);
			if (role == Role.KEGIATAN) {
				kegiatan = columns.size();
			}
			if (role == Role.KELENGKAPAN || role == Role.WAKTU || role == Role.OUTPUT || texts.stream().anyMatch(t -> MUTU_BAKU.matcher(t).find())) {
				mutuBaku = Math.min(mutuBaku, columns.size());
			}
			boolean underPelaksana = texts.stream().anyMatch(t -> PELAKSANA.matcher(t).find());
			columns.add(new Column(cell.column(), cell.span(), role == Role.OTHER && underPelaksana ? Role.LANE : role,
					label(cell)));
		}
		if (kegiatan < 0 || columns.stream().noneMatch(column -> column.role() == Role.WAKTU)) {
			return null;
		}
		for (int i = kegiatan + 1; i < Math.min(mutuBaku, columns.size()); i++) {
			Column column = columns.get(i);
			if (column.role() == Role.OTHER) {
				columns.set(i, new Column(column.start(), column.span(), Role.LANE, column.label()));
			}
		}
		return new FlowchartColumns(columns, end);
	}

	/** A second or third header row: the pelaksana's and the Mutu Baku's labels, or the columns' numbers. */
	private static boolean isHeaderContinuation(List<Cell> row) {
		boolean labels = false;
		for (Cell cell : row) {
			String text = normal(cell.text());
			if (Texts.waktuCell(text) != null) {
				return false;
			}
			labels |= text.length() < 40 && role(text) != Role.OTHER && role(text) != Role.NO;
		}
		return labels || isNumbering(row);
	}

	/** "(1) (2) (3) ...": a row numbering the columns. */
	private static boolean isNumbering(List<Cell> row) {
		return row.stream().map(cell -> normal(cell.text())).filter(text -> !text.isEmpty())
				.allMatch(text -> COLUMN_NUMBER.matcher(text).matches())
				&& row.stream().anyMatch(cell -> !cell.text().isBlank());
	}

	private static Role role(String text) {
		if (NO.matcher(text).matches()) {
			return Role.NO;
		}
		if (KEGIATAN.matcher(text).find()) {
			return Role.KEGIATAN;
		}
		if (KELENGKAPAN.matcher(text).find()) {
			return Role.KELENGKAPAN;
		}
		if (WAKTU.matcher(text).find()) {
			return Role.WAKTU;
		}
		if (OUTPUT.matcher(text).find()) {
			return Role.OUTPUT;
		}
		if (KETERANGAN.matcher(text).matches()) {
			return Role.KETERANGAN;
		}
		return Role.OTHER;
	}

	private static String label(Cell cell) {
		return Texts.clean(cell.text().replace('\n', ' '));
	}

	static String normal(String text) {
		return Texts.clean(text).toLowerCase(Locale.ROOT).replaceAll("[:]$", "");
	}
}
