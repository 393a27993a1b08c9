package org.dinsos.sop.generator.html;

import static org.dinsos.sop.generator.Markup.escape;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dinsos.sop.generator.model.SymbolGuide;
import org.dinsos.sop.generator.model.SymbolGuide.Simbol;

/** The one-page guide of a booklet: the five symbols of an SOP AP flowchart and what each means. */
final class Guide {

	private Guide() {
	}

	static String page() {
		return """
				<section class="panduan">
				<h1>%s</h1>
				<p>%s</p>
				<table class="panduan">
				<tr>%s</tr>
				%s
				</table>
				</section>""".formatted(escape(SymbolGuide.JUDUL), escape(SymbolGuide.PENGANTAR),
				SymbolGuide.KOLOM.stream().map(kolom -> "<th>" + escape(kolom) + "</th>").collect(Collectors.joining()),
				Stream.of(Simbol.values()).map(simbol -> "<tr><td class=\"simbol\">%s</td><td>%s</td><td>%s</td></tr>"
						.formatted(svg(simbol), escape(simbol.nama()), escape(simbol.arti()))).collect(Collectors.joining("\n")));
	}

	private static String svg(Simbol simbol) {
		String content = switch (simbol) {
			case TERMINATOR -> "<rect x=\"2\" y=\"3\" width=\"26\" height=\"8\" rx=\"4\" ry=\"4\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.35\"/>";
			case PROSES -> "<rect x=\"2\" y=\"2.5\" width=\"26\" height=\"9\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.35\"/>";
			case KEPUTUSAN -> "<polygon points=\"15,1 28,7 15,13 2,7\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.35\"/>";
			case ANAK_PANAH -> "<line x1=\"3\" y1=\"7\" x2=\"25\" y2=\"7\" stroke=\"#000\" stroke-width=\"0.3\"/>"
					+ "<polygon points=\"27,7 24,5.5 24,8.5\" fill=\"#000\"/>";
			case PENGHUBUNG -> "<polygon points=\"11,2 19,2 19,9 15,12 11,9\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.35\"/>"
					+ "<text x=\"15\" y=\"7.8\" text-anchor=\"middle\" font-size=\"3.5\">A</text>";
		};
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30mm\" height=\"14mm\" viewBox=\"0 0 30 14\">" + content + "</svg>";
	}
}
