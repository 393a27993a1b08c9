package org.dinsos.sop.generator;

import java.awt.Font;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dinsos.sop.conversion.SopValueConverters;
import org.dinsos.sop.diagram.layout.SwimlaneLayout;
import org.dinsos.sop.diagram.layout.SwimlaneLayouter;
import org.dinsos.sop.generator.model.Conventions;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Waktu;

/**
 * The flowchart table of the SOP AP format, `No | Kegiatan | one column per pelaksana | Kelengkapan |
 * Waktu | Output | Keterangan`, measured for the page: column widths, the text of each cell, and the
 * swimlane layout whose rows are as high as their text needs. Every document format draws from it.
 */
public final class FlowchartTable {

	public static final double MARGIN = 10;
	public static final double FONT_PT = 8;
	public static final double PADDING = 1.5;
	public static final double LINE_HEIGHT = FONT_PT * 1.25 * 25.4 / 72;
	/** The type size of a lane's heading, smaller for a pelaksana whose longest word would not fit otherwise. */
	public static final double LANE_HEADING_PT = 7;

	/** The room Word leaves at each side of a cell's text by default (0.19 cm), more than the PDF's padding. */
	private static final double WORD_CELL_MARGIN = 1.9;
	private static final double LEAST_LANE_HEADING_PT = 5.5;

	private static final double NO = 8;
	private static final double KELENGKAPAN = 34;
	private static final double WAKTU = 15;
	private static final double OUTPUT = 34;
	private static final double KETERANGAN = 20;
	private static final double MIN_KEGIATAN = 45;
	private static final double MIN_LANE = 16;
	/** What a flowchart page holds besides its rows: margins, the title, the two header rows and the total row. */
	private static final double PAGE_FURNITURE = 58;

	/** Column widths in millimetres. */
	public record Columns(double no, double kegiatan, double lane, int lanes, double kelengkapan, double waktu,
			double output, double keterangan) {
	}

	/** The texts of one row, outside the lanes. */
	public record Cells(String no, String kegiatan, String kelengkapan, String waktu, String output, String keterangan) {
	}

	/** A lane's heading: the pelaksana's name and the size it is set in, bold. */
	public record LaneHeading(String text, double pt) {
	}

	private final Sop sop;
	private final Conventions conventions;
	private final Columns columns;
	private final SwimlaneLayout layout;
	/** Each step's texts as printed: measured once, though the layout and every format ask for them. */
	private final Map<Langkah, Cells> fitted = new ConcurrentHashMap<>();
	private final Map<Langkah, Double> textHeights = new ConcurrentHashMap<>();

	public FlowchartTable(Sop sop, DocumentSettings settings) {
		this.sop = sop;
		this.conventions = settings.conventions();
		this.columns = columns(sop.getPelaksana().size(), settings.pageWidth() - 2 * MARGIN);
		// Measuring the steps' texts is most of a long SOP's layout, and each step's is its own: on every core.
		sop.getLangkah().parallelStream().forEach(this::textHeight);
		this.layout = SwimlaneLayouter.layout(sop, columns.lane(), settings.stepsPerPage(),
				settings.pageHeight() - PAGE_FURNITURE, this::textHeight);
	}

	public Sop sop() {
		return sop;
	}

	public Columns columns() {
		return columns;
	}

	public SwimlaneLayout layout() {
		return layout;
	}

	/** The lanes share what the fixed columns leave, after Kegiatan takes its part. */
	static Columns columns(int lanes, double usable) {
		double rest = usable - NO - KELENGKAPAN - WAKTU - OUTPUT - KETERANGAN;
		int laneCount = Math.max(1, lanes);
		double kegiatan = Math.max(MIN_KEGIATAN, rest * 0.4);
		double lane = (rest - kegiatan) / laneCount;
		if (lane < MIN_LANE) {
			lane = MIN_LANE;
			kegiatan = rest - MIN_LANE * laneCount;
		}
		return new Columns(NO, kegiatan, lane, lanes, KELENGKAPAN, WAKTU, OUTPUT, KETERANGAN);
	}

	/**
	 * The texts of a row as the table prints them: a word too wide for its column is cut with a hyphen
	 * (in the narrower of the PDF's and Word's cells), so that no renderer breaks it without one.
	 */
	public Cells fitted(Langkah step) {
		return fitted.computeIfAbsent(step, this::printed);
	}

	private Cells printed(Langkah step) {
		Cells cells = cells(step);
		return new Cells(cells.no(), fit(cells.kegiatan(), columns.kegiatan()), fit(cells.kelengkapan(), columns.kelengkapan()),
				fit(cells.waktu(), columns.waktu()), fit(cells.output(), columns.output()),
				fit(cells.keterangan(), columns.keterangan()));
	}

	private static String fit(String text, double column) {
		return TextMeasure.hyphenated(text, column - 2 * WORD_CELL_MARGIN, FONT_PT);
	}

	/**
	 * A lane's heading: at {@link #LANE_HEADING_PT}, or smaller until the pelaksana's longest word fits the
	 * lane; a word that does not fit even at the least size is cut with a hyphen.
	 */
	public LaneHeading laneHeading(String label) {
		double width = columns.lane() - 2 * WORD_CELL_MARGIN;
		double pt = LANE_HEADING_PT;
		while (pt > LEAST_LANE_HEADING_PT && !fits(label, width, pt)) {
			pt -= 0.5;
		}
		return new LaneHeading(TextMeasure.hyphenated(label, width, Fonts.bold().deriveFont((float) pt)), pt);
	}

	private static boolean fits(String label, double width, double pt) {
		Font font = Fonts.bold().deriveFont((float) pt);
		return Arrays.stream(label.split("\\s+")).allMatch(word -> TextMeasure.width(font, word) <= width);
	}

	/** A step's texts, an empty one as the office's conventions print it. */
	public Cells cells(Langkah step) {
		return new Cells(step.getName(), conventions.cell(step.getKegiatan()),
				conventions.cell(list(step.getMutuBaku().getKelengkapan())), conventions.cell(waktu(step.getMutuBaku().getWaktu())),
				conventions.cell(list(step.getMutuBaku().getOutput())),
				conventions.cell(step.getKeterangan() == null ? "" : step.getKeterangan()));
	}

	public static String waktu(Waktu waktu) {
		return waktu == null ? "" : SopValueConverters.decimal(waktu.getJumlah()) + " " + waktu.getSatuan();
	}

	/** One item as it is; several numbered (or bulleted, as the office prints lists), one per line. */
	private String list(List<String> items) {
		if (items.size() < 2) {
			return items.isEmpty() ? "" : items.get(0);
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < items.size(); i++) {
			text.append(i == 0 ? "" : "\n").append(conventions.marker(i)).append(" ").append(items.get(i));
		}
		return text.toString();
	}

	/** The height the row's tallest cell needs, in millimetres. */
	private double textHeight(Langkah step) {
		return textHeights.computeIfAbsent(step, this::measure);
	}

	private double measure(Langkah step) {
		Cells cells = fitted(step);
		int lines = Math.max(lines(cells.kegiatan(), columns.kegiatan()),
				Math.max(lines(cells.kelengkapan(), columns.kelengkapan()),
						Math.max(lines(cells.waktu(), columns.waktu()),
								Math.max(lines(cells.output(), columns.output()), lines(cells.keterangan(), columns.keterangan())))));
		return lines * LINE_HEIGHT + 2 * PADDING + 1;
	}

	private static int lines(String text, double width) {
		return text.isEmpty() ? 0 : TextMeasure.lines(text, width - 2 * PADDING, FONT_PT).size();
	}
}
