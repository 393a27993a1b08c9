package org.dinsos.sop.generator.html;

import static org.dinsos.sop.generator.Markup.escape;
import static org.dinsos.sop.generator.Markup.lines;
import static org.dinsos.sop.generator.Markup.mm;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dinsos.sop.diagram.layout.Lane;
import org.dinsos.sop.diagram.layout.Page;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.FlowchartTable.Cells;
import org.dinsos.sop.generator.FlowchartTable.Columns;
import org.dinsos.sop.generator.FlowchartTable.LaneHeading;
import org.dinsos.sop.generator.FlowchartTable;
import org.dinsos.sop.generator.svg.FlowchartSvg;
import org.dinsos.sop.generator.model.FlowchartText;
import org.dinsos.sop.generator.model.IdentityPage;
import org.dinsos.sop.generator.model.IdentityPage.Field;
import org.dinsos.sop.generator.model.IdentityPage.Section;
import org.dinsos.sop.generator.model.IdentityPage.Signature;
import org.dinsos.sop.sop.KolomFlowchart;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;

/**
 * One SOP in the SOP AP layout as XHTML: the identity page, then the flowchart table page by page, the
 * symbols drawn as SVG over the pelaksana columns. The same markup is printed to PDF and saved as HTML.
 */
public final class SopHtml {

	private SopHtml() {
	}

	/** A whole document holding one SOP. */
	public static String document(Sop sop, DocumentSettings settings, Styles.Fonts fonts) {
		return Styles.page(sop.getJudul(), Styles.css(settings, fonts, Styles.PAGE_OF_PAGES),
				sections(sop, settings));
	}

	/** The SOP's pages, to stand alone or inside a booklet. */
	public static String sections(Sop sop, DocumentSettings settings) {
		return identity(sop, settings) + "\n" + flowchart(new FlowchartTable(sop, settings), settings);
	}

	static String identity(Sop sop, DocumentSettings settings) {
		IdentityPage page = IdentityPage.of(sop, settings.conventions());
		List<Field> fields = page.fields();
		List<Section> sections = page.sections();
		return """
				<section class="identitas" id="sop-%s">
				<table class="identitas">
				<tr>
				<td class="kop" rowspan="6">%s<div class="unit">%s</div><div class="alamat">%s</div></td>
				%s
				</tr>
				%s
				%s
				%s
				<tr><th>%s</th><td class="pengesahan">%s</td></tr>
				<tr><th>%s</th><td class="nama-sop">%s</td></tr>
				</table>
				<table class="lampiran" style="font-size: %spt">
				%s
				%s
				%s
				</table>
				</section>""".formatted(escape(sop.getName()), Styles.logo(settings), escape(page.unit()), escape(page.alamat()),
				field(fields.get(0)), row(field(fields.get(1))), row(field(fields.get(2))), row(field(fields.get(3))),
				escape(IdentityPage.disahkanLabel()), signature(page.disahkan()), escape(IdentityPage.judulLabel()),
				escape(page.judul()), mm(page.listPt(settings)), sections(page, sections.get(0), sections.get(1)),
				sections(page, sections.get(2), sections.get(3)), sections(page, sections.get(4), sections.get(5)));
	}

	private static String field(Field field) {
		return "<th>%s</th><td>%s</td>".formatted(escape(field.label()), escape(field.value()));
	}

	private static String row(String cells) {
		return "<tr>" + cells + "</tr>";
	}

	/** Two headed lists side by side. */
	private static String sections(IdentityPage page, Section left, Section right) {
		return """
				<tr><th>%s</th><th>%s</th></tr>
				<tr><td>%s</td><td>%s</td></tr>""".formatted(escape(left.label()), escape(right.label()),
				list(page, left.items()), list(page, right.items()));
	}

	/** Jabatan, room to sign and stamp, then nama, pangkat and NIP. */
	private static String signature(Signature signature) {
		if (signature == null) {
			return "";
		}
		return """
				<div class="jabatan">%s</div><div class="ttd"></div><div class="nama-pejabat">%s</div>\
				<div>%s</div><div>%s</div>""".formatted(escape(signature.jabatan()), escape(signature.nama()),
				escape(signature.pangkat()), escape(signature.nip()));
	}

	/** The items numbered, or bulleted as the office prints lists; the office's empty mark when there is none. */
	private static String list(IdentityPage page, List<String> items) {
		if (items.isEmpty()) {
			return escape(page.conventions().emptyList());
		}
		String tag = page.conventions().bullets() ? "ul" : "ol";
		return "<" + tag + ">" + items.stream().map(item -> "<li>" + escape(item) + "</li>").collect(Collectors.joining())
				+ "</" + tag + ">";
	}

	static String flowchart(FlowchartTable table, DocumentSettings settings) {
		StringBuilder pages = new StringBuilder();
		List<Page> all = table.layout().pages();
		for (Page page : all) {
			boolean last = page.number() == all.size() - 1;
			pages.append("""
					<section class="flowchart" data-halaman="%d">
					<h2>%s<br/>%s</h2>
					<table class="alur">
					%s
					%s
					<tbody>
					%s%s
					</tbody>
					</table>
					</section>
					""".formatted(page.number() + 1, FlowchartText.JUDUL, escape(table.sop().getJudul().toUpperCase(Locale.ROOT)),
					colgroup(table.columns()), header(table, settings), rows(table, page),
					last ? total(table, settings) : ""));
		}
		return pages.toString().strip();
	}

	private static String colgroup(Columns columns) {
		StringBuilder cols = new StringBuilder("<colgroup>");
		cols.append(col(columns.no())).append(col(columns.kegiatan()));
		for (int i = 0; i < columns.lanes(); i++) {
			cols.append(col(columns.lane()));
		}
		cols.append(col(columns.kelengkapan())).append(col(columns.waktu())).append(col(columns.output()))
				.append(col(columns.keterangan()));
		return cols.append("</colgroup>").toString();
	}

	private static String col(double width) {
		return "<col style=\"width: %smm\"/>".formatted(mm(width));
	}

	private static String heading(FlowchartTable table, Lane lane) {
		LaneHeading heading = table.laneHeading(lane.label());
		return "<th class=\"lajur\" data-pelaksana=\"%s\" style=\"font-size: %spt\">%s</th>".formatted(escape(lane.id()),
				mm(heading.pt()), lines(heading.text()));
	}

	private static String header(FlowchartTable table, DocumentSettings settings) {
		List<Lane> lanes = table.layout().lanes();
		return """
				<thead>
				<tr><th rowspan="2">%s</th><th rowspan="2">%s</th><th colspan="%d">%s</th><th colspan="3">%s</th><th rowspan="2">%s</th></tr>
				<tr>%s<th>%s</th><th>%s</th><th>%s</th></tr>
				</thead>""".formatted(FlowchartText.NO, escape(FlowchartText.caption(KolomFlowchart.KEGIATAN, settings)),
				Math.max(1, table.columns().lanes()), escape(FlowchartText.caption(KolomFlowchart.PELAKSANA, settings)),
				FlowchartText.MUTU_BAKU, escape(FlowchartText.caption(KolomFlowchart.KETERANGAN, settings)),
				lanes.isEmpty() ? "<th></th>" : lanes.stream().map(lane -> heading(table, lane)).collect(Collectors.joining()),
				escape(FlowchartText.caption(KolomFlowchart.KELENGKAPAN, settings)),
				escape(FlowchartText.caption(KolomFlowchart.WAKTU, settings)),
				escape(FlowchartText.caption(KolomFlowchart.OUTPUT, settings)));
	}

	/**
	 * One row per step, an empty cell per lane, so that the table draws every row and lane line once; the
	 * page's drawing lies over the lane cells from the first one, the grid showing through it.
	 */
	private static String rows(FlowchartTable table, Page page) {
		StringBuilder rows = new StringBuilder();
		for (int row = page.first(); row <= page.last(); row++) {
			Langkah step = table.sop().getLangkah().get(row);
			Cells cells = table.fitted(step);
			double height = page.rowHeights().get(row - page.first());
			StringBuilder drawing = new StringBuilder();
			for (int lane = 0; lane < Math.max(1, table.columns().lanes()); lane++) {
				drawing.append(row == page.first() && lane == 0 ? """
						<td class="lajur"><div class="bagan"><div class="gambar">%s</div></div></td>"""
						.formatted(FlowchartSvg.page(table.layout(), page)) : "<td class=\"lajur\"></td>");
			}
			rows.append("""
					<tr class="langkah" data-langkah="%s" style="height: %smm"><td class="no">%s</td><td class="kegiatan">%s</td>%s\
					<td>%s</td><td class="waktu">%s</td><td>%s</td><td>%s</td></tr>
					""".formatted(escape(cells.no()), mm(height), escape(cells.no()), lines(cells.kegiatan()), drawing,
					lines(cells.kelengkapan()), escape(cells.waktu()), lines(cells.output()), lines(cells.keterangan())));
		}
		return rows.toString().strip();
	}

	/** The SOP's total waktu along its main path, under the last row. */
	private static String total(FlowchartTable table, DocumentSettings settings) {
		return """

				<tr class="jumlah"><td colspan="%d">%s</td><td class="waktu">%s</td><td colspan="2"></td></tr>"""
				.formatted(3 + Math.max(1, table.columns().lanes()), escape(FlowchartText.totalLabel(settings)),
						escape(FlowchartText.total(table.sop(), settings)));
	}
}
