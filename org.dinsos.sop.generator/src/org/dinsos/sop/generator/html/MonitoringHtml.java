package org.dinsos.sop.generator.html;

import static org.dinsos.sop.generator.Markup.escape;
import static org.dinsos.sop.generator.Markup.lines;
import static org.dinsos.sop.generator.Markup.mm;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.MonitoringForms;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;

/**
 * The monitoring and evaluation forms of an SOP as XHTML: the monitoring table with one row per step
 * (Tabel 7 of the regulation), broken into pages where the forms' model says, its header on every page, then the evaluation
 * criteria to answer Ya or Tidak and the recommendations; each form's head has the box its assessor
 * signs in.
 */
public final class MonitoringHtml {

	private MonitoringHtml() {
	}

	/** A whole document holding the two forms of one SOP. */
	public static String document(Sop sop, DocumentSettings settings, Styles.Fonts fonts) {
		return Styles.page("Formulir Monitoring dan Evaluasi SOP " + sop.getJudul(),
				Styles.css(settings, fonts, Styles.PAGE_OF_PAGES) + css(), sections(sop, settings));
	}

	/** The print style of the forms, added to the shared one. */
	static String css() {
		return """
				section.formulir h1, section.lampiran h1 { font-size: 12pt; text-align: center; margin: 0 0 1mm 0; word-wrap: break-word; }
				p.keterangan-formulir { text-align: center; font-size: 8pt; margin: 0 0 3mm 0; }
				table.kepala-formulir { margin-bottom: 4mm; }
				table.kepala-formulir th { text-align: left; background: none; }
				table.kepala-formulir tr { height: %smm; }
				table.kepala-formulir td { vertical-align: middle; }
				table.kepala-formulir td.tanda-tangan { vertical-align: top; font-size: 7pt; color: #555; }
				table.formulir { -fs-table-paginate: paginate; }
				table.formulir tr { page-break-inside: avoid; }
				table.formulir td { font-size: %spt; line-height: %s; padding: %smm; }
				table.formulir tr.isian { height: %smm; }
				table.formulir.monitoring + table.formulir.monitoring { page-break-before: always; }
				table.formulir td.no { text-align: center; }
				table.rekomendasi { margin-top: 4mm; }
				section.lampiran p, section.lampiran ol { margin: 0 15mm 3mm 15mm; text-align: justify; }
				""".formatted(mm(MonitoringForms.HEAD_ROW_MM), mm(MonitoringForms.TABLE_PT), MonitoringForms.LINE_HEIGHT,
				mm(MonitoringForms.PADDING_MM), mm(MonitoringForms.ROW_MM));
	}

	/** The monitoring form, then the evaluation form, each from a new page. */
	public static String sections(Sop sop, DocumentSettings settings) {
		return monitoring(sop, settings) + "\n" + evaluation(sop, settings);
	}

	/** The appendix's first page: what the forms are and how they are filled in. */
	static String introduction() {
		return """
				<section class="lampiran" id="lampiran">
				<h1>%s</h1>
				<p>%s</p>
				<ol class="petunjuk">
				%s
				</ol>
				</section>""".formatted(escape(MonitoringForms.LAMPIRAN), escape(MonitoringForms.PENGANTAR),
				MonitoringForms.PETUNJUK.stream().map(item -> "<li>" + escape(item) + "</li>").collect(Collectors.joining("\n")));
	}

	/** The monitoring form: its head, then its table page by page as {@link MonitoringForms#monitoringPages} breaks it. */
	static String monitoring(Sop sop, DocumentSettings settings) {
		return """
				<section class="formulir monitoring" id="monitoring-%s">
				<h1>%s</h1>
				<p class="keterangan-formulir">%s</p>
				%s
				%s
				</section>""".formatted(escape(sop.getName()), escape(MonitoringForms.monitoringTitle(sop)),
				MonitoringForms.KETERANGAN_MONITORING, head(sop, "Dimonitor oleh", settings),
				MonitoringForms.monitoringPages(sop, settings).stream().map(steps -> monitoringTable(steps, settings))
						.collect(Collectors.joining("\n")));
	}

	/** One page's part of the monitoring table, under the column headings. */
	private static String monitoringTable(List<Langkah> steps, DocumentSettings settings) {
		return """
				<table class="formulir monitoring">
				%s
				<thead>
				<tr><th rowspan="2">No</th><th rowspan="2">Prosedur</th><th colspan="2">Penilaian terhadap penerapan</th>\
				<th rowspan="2">Catatan hasil penilaian</th><th rowspan="2">Tindakan yang harus diambil</th><th rowspan="2">Paraf penilai</th></tr>
				<tr><th>Berjalan dengan baik</th><th>Tidak berjalan dengan baik</th></tr>
				</thead>
				<tbody>
				%s
				</tbody>
				</table>""".formatted(colgroup(MonitoringForms.monitoringColumns(settings)),
				steps.stream().map(step -> step(step, settings)).collect(Collectors.joining("\n")));
	}

	/** One step to assess, in a row as high as the form's pages were measured with: its number and kegiatan, the rest left to the assessor. */
	private static String step(Langkah step, DocumentSettings settings) {
		return """
				<tr class="isian" style="height: %smm" data-langkah="%s"><td class="no">%s</td><td class="prosedur">%s</td>\
				<td class="centang"></td><td class="centang"></td><td></td><td></td><td></td></tr>"""
				.formatted(mm(MonitoringForms.rowHeight(step, settings)), escape(step.getName()), escape(step.getName()),
						lines(step.getKegiatan()));
	}

	static String evaluation(Sop sop, DocumentSettings settings) {
		List<Double> columns = MonitoringForms.evaluationColumns(settings);
		return """
				<section class="formulir evaluasi" id="evaluasi-%s">
				<h1>%s</h1>
				<p class="keterangan-formulir">%s</p>
				%s
				<table class="formulir evaluasi">
				%s
				<thead>
				<tr><th rowspan="2">No</th><th rowspan="2">Kriteria penilaian</th><th colspan="2">Penilaian</th><th rowspan="2">Catatan</th></tr>
				<tr><th>Ya</th><th>Tidak</th></tr>
				</thead>
				<tbody>
				%s
				</tbody>
				</table>
				<table class="formulir rekomendasi">
				%s
				<thead>
				<tr><th>No</th><th>Rekomendasi</th></tr>
				</thead>
				<tbody>
				%s
				</tbody>
				</table>
				</section>""".formatted(escape(sop.getName()), escape(MonitoringForms.evaluationTitle(sop)),
				MonitoringForms.KETERANGAN_EVALUASI, head(sop, "Dievaluasi oleh", settings), colgroup(columns),
				criteria(), colgroup(List.of(columns.get(0), MonitoringForms.usableWidth(settings) - columns.get(0))),
				recommendations());
	}

	private static String criteria() {
		return IntStream.range(0, MonitoringForms.KRITERIA.size()).mapToObj(i -> """
				<tr class="isian"><td class="no">%d</td><td class="kriteria">%s</td><td class="centang"></td><td class="centang"></td><td></td></tr>"""
				.formatted(i + 1, escape(MonitoringForms.KRITERIA.get(i)))).collect(Collectors.joining("\n"));
	}

	private static String recommendations() {
		return IntStream.rangeClosed(1, MonitoringForms.BARIS_REKOMENDASI)
				.mapToObj(n -> "<tr class=\"isian\"><td class=\"no\">%d</td><td></td></tr>".formatted(n))
				.collect(Collectors.joining("\n"));
	}

	/** Which SOP the form is about, blanks for who fills it in and when, and the box to sign in. */
	private static String head(Sop sop, String assessor, DocumentSettings settings) {
		return """
				<table class="kepala-formulir">
				%s
				<tr><th>Nomor SOP</th><td>%s</td><th>%s</th><td></td><td class="tanda-tangan" rowspan="2">Tanda tangan penilai</td></tr>
				<tr><th>Unit</th><td>%s</td><th>Tanggal</th><td></td></tr>
				</table>""".formatted(colgroup(MonitoringForms.headColumns(settings)),
				escape(sop.getNomor() == null ? "" : sop.getNomor()), assessor,
				escape(sop.getUnit() == null ? "" : sop.getUnit().getNama()));
	}

	private static String colgroup(List<Double> widths) {
		return widths.stream().map(width -> "<col style=\"width: %smm\"/>".formatted(mm(width)))
				.collect(Collectors.joining("", "<colgroup>", "</colgroup>"));
	}
}
