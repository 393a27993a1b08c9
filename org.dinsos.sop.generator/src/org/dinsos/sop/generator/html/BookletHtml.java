package org.dinsos.sop.generator.html;

import static org.dinsos.sop.generator.Markup.escape;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dinsos.sop.generator.Dates;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.MonitoringForms;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.KeputusanKepala;
import org.dinsos.sop.sop.Sop;

/**
 * The buku SOP as XHTML: cover, the Keputusan that adopts the SOPs, daftar isi with each SOP's page
 * (filled in by the PDF renderer), a one-page guide to reading an SOP AP flowchart, every SOP, then the
 * appendix of monitoring and evaluation forms, two per SOP.
 */
public final class BookletHtml {

	private BookletHtml() {
	}

	public static String document(Buku buku, DocumentSettings settings, Styles.Fonts fonts) {
		List<Sop> sops = buku.getIsi().stream().filter(sop -> !sop.eIsProxy()).collect(Collectors.toList());
		String body = cover(buku, settings) + "\n" + keputusan(buku.getKeputusan()) + "\n" + contents(sops) + "\n"
				+ Guide.page() + "\n" + sops.stream().map(sop -> SopHtml.sections(sop, settings))
						.collect(Collectors.joining("\n"))
				+ MonitoringHtml.appendix(sops, settings);
		return Styles.page(buku.getJudul(), Styles.css(settings, fonts, "counter(page)") + MonitoringHtml.css() + BOOKLET_CSS,
				body);
	}

	private static final String BOOKLET_CSS = """
			section.sampul { text-align: center; padding-top: 25mm; }
			section.sampul h1 { font-size: 22pt; margin: 8mm 20mm; }
			section.sampul .unit { font-size: 14pt; }
			section.sampul .tahun { font-size: 14pt; margin-top: 6mm; }
			section.sampul .logo { width: 35mm; height: 35mm; }
			section.keputusan h1, section.daftar-isi h1, section.panduan h1 { font-size: 13pt; text-align: center; }
			section.keputusan p { text-align: justify; margin: 0 15mm 3mm 15mm; }
			table.daftar-isi td { border: none; border-bottom: 0.2mm dotted #777; }
			table.daftar-isi td.urut { width: 8mm; }
			table.daftar-isi td.halaman { width: 20mm; text-align: right; }
			table.daftar-isi a { color: #000; text-decoration: none; }
			table.daftar-isi a.halaman::after { content: target-counter(attr(href), page); }
			table.daftar-isi tr.lampiran td { font-weight: bold; padding-top: 3mm; }
			table.daftar-isi tr.formulir td { padding-left: 5mm; }
			table.panduan td.simbol { width: 40mm; text-align: center; vertical-align: middle; }
			""";

	private static String cover(Buku buku, DocumentSettings settings) {
		return """
				<section class="sampul">
				%s
				<h1>%s</h1>
				<div class="unit">%s</div>
				<div class="alamat">%s</div>
				<div class="tahun">%s</div>
				</section>""".formatted(Styles.logo(settings), escape(buku.getJudul().toUpperCase(Locale.ROOT)),
				escape(buku.getUnit() == null ? "" : buku.getUnit().getNama().toUpperCase(Locale.ROOT)),
				escape(buku.getUnit() == null || buku.getUnit().getAlamat() == null ? "" : buku.getUnit().getAlamat()),
				buku.getTahun() == 0 ? "" : "TAHUN " + buku.getTahun());
	}

	private static String keputusan(KeputusanKepala keputusan) {
		if (keputusan == null) {
			return "";
		}
		String nomor = keputusan.getNomor() == null ? "" : "<p class=\"nomor\">Nomor: " + escape(keputusan.getNomor()) + "</p>";
		String tanggal = keputusan.getTanggal() == null ? "" : "<p class=\"tanggal\">Tanggal: " + Dates.text(keputusan.getTanggal()) + "</p>";
		return """
				<section class="keputusan">
				<h1>%s</h1>
				%s%s
				%s
				</section>""".formatted(escape(keputusan.getJudul()), nomor, tanggal,
				keputusan.getParagraf().stream().map(p -> "<p>" + escape(p) + "</p>").collect(Collectors.joining("\n")));
	}

	/**
	 * Each SOP, then the appendix and its forms, with the page each starts on, resolved by the renderer
	 * from the link target.
	 */
	private static String contents(List<Sop> sops) {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < sops.size(); i++) {
			Sop sop = sops.get(i);
			rows.append("""
					<tr class="isi" data-sop="%s"><td class="urut">%d.</td><td><a href="#sop-%s">%s</a><br/>Nomor: %s</td>\
					<td class="halaman"><a class="halaman" href="#sop-%s"></a></td></tr>
					""".formatted(escape(sop.getName()), i + 1, escape(sop.getName()), escape(sop.getJudul()),
					escape(sop.getNomor() == null ? "-" : sop.getNomor()), escape(sop.getName())));
		}
		if (!sops.isEmpty()) {
			rows.append(entry("lampiran", "lampiran", escape(MonitoringForms.LAMPIRAN)));
		}
		for (Sop sop : sops) {
			rows.append(entry("formulir", "monitoring-" + escape(sop.getName()), "Formulir Monitoring SOP " + escape(sop.getJudul())));
			rows.append(entry("formulir", "evaluasi-" + escape(sop.getName()), "Formulir Evaluasi SOP " + escape(sop.getJudul())));
		}
		return """
				<section class="daftar-isi">
				<h1>DAFTAR ISI</h1>
				<table class="daftar-isi">
				%s
				</table>
				</section>""".formatted(rows.toString().strip());
	}

	/** A line of the daftar isi without a number: the appendix, or one of its forms. */
	private static String entry(String kind, String target, String text) {
		return """
				<tr class="isi %s"><td class="urut"></td><td><a href="#%s">%s</a></td>\
				<td class="halaman"><a class="halaman" href="#%s"></a></td></tr>
				""".formatted(kind, target, text, target);
	}
}
