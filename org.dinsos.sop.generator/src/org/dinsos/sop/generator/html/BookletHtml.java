package org.dinsos.sop.generator.html;

import static org.dinsos.sop.generator.Markup.escape;
import static org.dinsos.sop.generator.Markup.mm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Markup;
import org.dinsos.sop.generator.MonitoringForms;
import org.dinsos.sop.generator.ScratchFile;
import org.dinsos.sop.generator.model.DecreePage;
import org.dinsos.sop.generator.model.DecreePage.Row;
import org.dinsos.sop.sop.Buku;
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
		StringBuilder body = new StringBuilder();
		body(buku, settings, pageOfAnchor, body::append);
		return Styles.page(buku.getJudul(), css(settings, fonts), body.toString());
	}

	/**
	 * The same document with the font inside, written as it is made: each SOP's pages and each form are made,
	 * written and dropped, so that memory does not grow with the number of SOPs. The font, in the head, is cut
	 * to the characters of the whole body, known only at its end: the body waits in a {@link ScratchFile} and
	 * follows the head.
	 */
	public static void write(Buku buku, DocumentSettings settings, ToIntFunction<String> pageOfAnchor, OutputStream out)
			throws IOException {
		try (ScratchFile scratch = ScratchFile.create()) {
			BitSet characters = new BitSet();
			try (Writer waiting = new BufferedWriter(new OutputStreamWriter(scratch.appender(), StandardCharsets.UTF_8))) {
				body(buku, settings, pageOfAnchor, piece -> {
					characters.or(Styles.characters(piece));
					waiting.write(piece);
				});
			}
			Styles.Frame frame = Styles.frame(buku.getJudul(), css(settings, Styles.Fonts.EMBEDDED), () -> characters);
			out.write(frame.head().getBytes(StandardCharsets.UTF_8));
			scratch.copy(0, scratch.size(), out);
			out.write(frame.tail().getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Where the body goes, piece by piece: a string, which cannot fail, or a file, which can. */
	private interface Body<E extends Exception> {
		void append(String piece) throws E;
	}

	/**
	 * Cover, Keputusan, daftar isi and guide, every SOP, then the appendix and each SOP's two forms, handed on
	 * one after the other.
	 */
	private static <E extends Exception> void body(Buku buku, DocumentSettings settings, ToIntFunction<String> pageOfAnchor,
			Body<E> body) throws E {
		List<Sop> sops = sops(buku);
		body.append(cover(buku, settings) + "\n" + keputusan(buku) + "\n" + contents(sops, pageOfAnchor, "#") + "\n" + Guide.page()
				+ "\n");
		for (int i = 0; i < sops.size(); i++) {
			body.append((i == 0 ? "" : "\n") + SopHtml.sections(sops.get(i), settings));
		}
		if (sops.isEmpty()) {
			return;
		}
		body.append("\n" + MonitoringHtml.introduction());
		for (Sop sop : sops) {
			body.append("\n" + MonitoringHtml.monitoring(sop, settings));
			body.append("\n" + MonitoringHtml.evaluation(sop, settings));
		}
	}

	private static String css(DocumentSettings settings, Styles.Fonts fonts) {
		return Styles.css(settings, fonts, "counter(page)") + MonitoringHtml.css() + bookletCss(settings);
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
		return part(buku, settings, cover(buku, settings) + "\n" + keputusan(buku) + "\n"
				+ contents(sops(buku), pageOfAnchor, PART_LINK) + "\n" + Guide.page());
	}

	private static String part(Buku buku, DocumentSettings settings, String body) {
		return Styles.page(buku.getJudul(), Styles.css(settings, Styles.Fonts.RENDERER, "none") + MonitoringHtml.css() + bookletCss(settings),
				body);
	}

	private static List<Sop> sops(Buku buku) {
		return buku.getIsi().stream().filter(sop -> !sop.eIsProxy()).collect(Collectors.toList());
	}

	/**
	 * The booklet's own style. The Keputusan is set on portrait pages of the same paper, as decrees are, its
	 * width that of the portrait page's text: the renderer lays a document out as wide as its first page. Its
	 * lines and spacing are Word's (single spacing, 1.5 mm after a paragraph), so that it takes as many pages
	 * in the PDF as in the Word booklet.
	 */
	private static String bookletCss(DocumentSettings settings) {
		return """
				@page keputusan { size: %smm %smm; margin: 20mm %smm 14mm %smm; }
				section.keputusan { page: keputusan; width: %smm; font-size: 11pt; line-height: 1.15; }
				""".formatted(mm(settings.pageHeight()), mm(settings.pageWidth()), mm(DECREE_MARGIN), mm(DECREE_BINDING_MARGIN),
				mm(settings.pageHeight() - DECREE_MARGIN - DECREE_BINDING_MARGIN)) + BOOKLET_CSS;
	}

	/** The right margin of the Keputusan's pages, and the left one, wider for binding. */
	private static final double DECREE_MARGIN = 20;
	private static final double DECREE_BINDING_MARGIN = 25;

	private static final String BOOKLET_CSS = """
			section.sampul { text-align: center; padding-top: 25mm; }
			section.sampul h1 { font-size: 22pt; margin: 8mm 20mm; }
			section.sampul .unit { font-size: 14pt; }
			section.sampul .tahun { font-size: 14pt; margin-top: 6mm; }
			section.sampul .logo { width: 35mm; height: 35mm; }
			section.daftar-isi h1, section.panduan h1 { font-size: 13pt; text-align: center; }
			section.keputusan h1 { font-size: 12pt; text-align: center; margin: 0 0 6mm 0; }
			section.keputusan p.pejabat, section.keputusan p.memutuskan { text-align: center; font-weight: bold; margin: 4mm 0; }
			section.keputusan p.paragraf { text-align: justify; margin: 0 0 1.5mm 0; }
			table.diktum { margin-bottom: 2mm; }
			table.diktum td { border: none; padding: 0 0 1.5mm 0; text-align: justify; }
			div.penetapan { margin: 8mm 0 0 50%; page-break-inside: avoid; }
			div.penetapan .ttd { height: 22mm; }
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

	/** The decree as its format shows it: title, the official, considerations, diktum, where and when set, signature. */
	private static String keputusan(Buku buku) {
		if (buku.getKeputusan() == null) {
			return "";
		}
		DecreePage page = DecreePage.of(buku.getKeputusan());
		return """
				<section class="keputusan" id="keputusan">
				<h1>%s</h1>
				<p class="pejabat">%s</p>
				%s
				%s
				%s
				%s
				<div class="penetapan">
				%s
				<div class="jabatan">%s</div>
				<div class="ttd"></div>
				<div class="nama-pejabat">%s</div>
				<div>%s</div>
				<div>%s</div>
				</div>
				</section>""".formatted(page.title().stream().map(Markup::escape).collect(Collectors.joining("<br/>\n")),
				escape(page.official()), rows(page.considerations()),
				page.decides().isEmpty() ? "" : "<p class=\"memutuskan\">" + escape(page.decides()) + "</p>", rows(page.diktum()),
				page.paragraphs().stream().map(p -> "<p class=\"paragraf\">" + escape(p) + "</p>").collect(Collectors.joining("\n")),
				page.setting().stream().map(line -> "<div>" + escape(line) + "</div>").collect(Collectors.joining("\n")),
				escape(page.signature().jabatan()), escape(page.signature().nama()), escape(page.signature().pangkat()),
				escape(page.signature().nip()));
	}

	/** The label, a colon where a label stands, the item's mark and its text; a row without a mark gives it its room. */
	private static String rows(List<Row> rows) {
		if (rows.isEmpty()) {
			return "";
		}
		return rows.stream().map(row -> """
				<tr><td class="label">%s</td><td class="titik-dua">%s</td>%s</tr>""".formatted(escape(row.label()),
				row.label().isEmpty() ? "" : DecreePage.SEPARATOR,
				row.marker().isEmpty() ? "<td colspan=\"2\">" + escape(row.text()) + "</td>"
						: "<td class=\"tanda\">" + escape(row.marker()) + "</td><td>" + escape(row.text()) + "</td>"))
				.collect(Collectors.joining("\n", "<table class=\"diktum\">\n"
						+ "<colgroup><col style=\"width: 28mm\"/><col style=\"width: 4mm\"/><col style=\"width: 7mm\"/><col/></colgroup>\n",
						"\n</table>"));
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
