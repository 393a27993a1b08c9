package org.dinsos.sop.generator.html;

import static org.dinsos.sop.generator.Markup.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.dinsos.sop.generator.Dates;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.MonitoringForms;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.KeputusanKepala;
import org.dinsos.sop.sop.Sop;

/**
 * The buku SOP as XHTML: cover, the Keputusan that adopts the SOPs, daftar isi with the page each SOP
 * and form starts on (as the PDF booklet prints them, see {@code BookletPages}), a one-page guide to reading an SOP AP flowchart, every SOP, then the
 * appendix of monitoring and evaluation forms, two per SOP.
 */
public final class BookletHtml {

	private BookletHtml() {
	}

	/** The whole booklet as one document, its daftar isi giving the page of each part's anchor. */
	public static String document(Buku buku, DocumentSettings settings, Styles.Fonts fonts, ToIntFunction<String> pageOfAnchor) {
		List<Sop> sops = sops(buku);
		String body = cover(buku, settings) + "\n" + keputusan(buku.getKeputusan()) + "\n" + contents(sops, pageOfAnchor, "#") + "\n"
				+ Guide.page() + "\n" + sops.stream().map(sop -> SopHtml.sections(sop, settings))
						.collect(Collectors.joining("\n"))
				+ MonitoringHtml.appendix(sops, settings);
		return Styles.page(buku.getJudul(), Styles.css(settings, fonts, "counter(page)") + MonitoringHtml.css() + BOOKLET_CSS,
				body);
	}

	/**
	 * A stretch of the booklet that starts on a new page and is printed on its own: the anchor the daftar isi
	 * links to, and its XHTML, made when asked for.
	 */
	public record Part(String anchor, Supplier<String> xhtml) {
	}

	/** How the front printed on its own links to a part's anchor. */
	public static final String PART_LINK = "sop-bagian://";

	/**
	 * The booklet after its daftar isi and guide, in printing order, each SOP and form a part of its own;
	 * the pages have no footer, the printer numbers them once the parts are put together.
	 */
	public static List<Part> body(Buku buku, DocumentSettings settings) {
		List<Sop> sops = sops(buku);
		List<Part> parts = new ArrayList<>();
		for (Sop sop : sops) {
			parts.add(new Part("sop-" + sop.getName(), () -> part(buku, settings, SopHtml.sections(sop, settings))));
		}
		if (!sops.isEmpty()) {
			parts.add(new Part("lampiran", () -> part(buku, settings, MonitoringHtml.introduction())));
		}
		for (Sop sop : sops) {
			parts.add(new Part("monitoring-" + sop.getName(), () -> part(buku, settings, MonitoringHtml.monitoring(sop, settings))));
			parts.add(new Part("evaluasi-" + sop.getName(), () -> part(buku, settings, MonitoringHtml.evaluation(sop, settings))));
		}
		return parts;
	}

	/** Cover, Keputusan, daftar isi and guide, the daftar isi giving the page of each part's anchor. */
	public static String front(Buku buku, DocumentSettings settings, ToIntFunction<String> pageOfAnchor) {
		return part(buku, settings, cover(buku, settings) + "\n" + keputusan(buku.getKeputusan()) + "\n"
				+ contents(sops(buku), pageOfAnchor, PART_LINK) + "\n" + Guide.page());
	}

	private static String part(Buku buku, DocumentSettings settings, String body) {
		return Styles.page(buku.getJudul(), Styles.css(settings, Styles.Fonts.RENDERER, "none") + MonitoringHtml.css() + BOOKLET_CSS,
				body);
	}

	private static List<Sop> sops(Buku buku) {
		return buku.getIsi().stream().filter(sop -> !sop.eIsProxy()).collect(Collectors.toList());
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
	 * Each SOP, then the appendix and its forms, with the page each starts on, linked to its anchor: `link`
	 * is "#" in the one document, {@link #PART_LINK} in a front printed apart from the parts.
	 */
	private static String contents(List<Sop> sops, ToIntFunction<String> pageOfAnchor, String link) {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < sops.size(); i++) {
			Sop sop = sops.get(i);
			String anchor = "sop-" + sop.getName();
			rows.append("""
					<tr class="isi" data-sop="%s"><td class="urut">%d.</td><td><a href="%s">%s</a><br/>Nomor: %s</td>\
					<td class="halaman"><a href="%s">%d</a></td></tr>
					""".formatted(escape(sop.getName()), i + 1, link + escape(anchor), escape(sop.getJudul()),
					escape(sop.getNomor() == null ? "-" : sop.getNomor()), link + escape(anchor), pageOfAnchor.applyAsInt(anchor)));
		}
		if (!sops.isEmpty()) {
			rows.append(entry("lampiran", "lampiran", escape(MonitoringForms.LAMPIRAN), pageOfAnchor, link));
		}
		for (Sop sop : sops) {
			rows.append(entry("formulir", "monitoring-" + sop.getName(), "Formulir Monitoring SOP " + escape(sop.getJudul()), pageOfAnchor, link));
			rows.append(entry("formulir", "evaluasi-" + sop.getName(), "Formulir Evaluasi SOP " + escape(sop.getJudul()), pageOfAnchor, link));
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
	private static String entry(String kind, String anchor, String text, ToIntFunction<String> pageOfAnchor, String link) {
		return """
				<tr class="isi %s"><td class="urut"></td><td><a href="%s">%s</a></td>\
				<td class="halaman"><a href="%s">%d</a></td></tr>
				""".formatted(kind, link + escape(anchor), text, link + escape(anchor), pageOfAnchor.applyAsInt(anchor));
	}
}
