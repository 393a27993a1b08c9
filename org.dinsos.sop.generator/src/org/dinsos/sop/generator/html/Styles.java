package org.dinsos.sop.generator.html;

import static org.dinsos.sop.generator.Markup.escape;
import static org.dinsos.sop.generator.Markup.mm;

import java.util.Base64;
import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dinsos.sop.files.LogoFile.Picture;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.FlowchartTable;
import org.dinsos.sop.generator.model.IdentityPage;

/** The page frame and print style shared by the SOP document and the booklet. */
public final class Styles {

	/** Where the fonts come from: inside the HTML file itself, or given to the PDF renderer. */
	public enum Fonts {
		EMBEDDED, RENDERER
	}

	/** The footer of a document that stands alone: "Halaman 2 dari 5". */
	static final String PAGE_OF_PAGES = "\"Halaman \" counter(page) \" dari \" counter(pages)";

	private Styles() {
	}

	/**
	 * Where the CSS of a file that carries the font gets its faces: filled in by {@link #page} once the
	 * document's text is known, with only the glyphs that text needs.
	 */
	private static final String FONT_FACES = "/* @font-face */";

	static String page(String title, String css, String body) {
		Frame frame = frame(title, css, () -> characters(body));
		return frame.head() + body + frame.tail();
	}

	/** The characters of a text, each once. */
	static BitSet characters(String text) {
		BitSet used = new BitSet();
		for (int i = 0; i < text.length();) {
			int character = text.codePointAt(i);
			used.set(character);
			i += Character.charCount(character);
		}
		return used;
	}

	/** What a page has before its body and after it. */
	record Frame(String head, String tail) {
	}

	/**
	 * The page around a body written apart from it: only the body's characters are needed (the font is cut to
	 * them), asked for when the page carries the font; the body itself need not be at hand.
	 */
	static Frame frame(String title, String css, Supplier<BitSet> bodyCharacters) {
		String style = css.contains(FONT_FACES) ? css.replace(FONT_FACES, fontFaces(title, css, bodyCharacters.get())) : css;
		return new Frame("""
				<!DOCTYPE html>
				<html xmlns="http://www.w3.org/1999/xhtml" lang="id">
				<head>
				<meta charset="UTF-8"/>
				<title>%s</title>
				<style>
				%s
				</style>
				</head>
				<body>
				""".formatted(escape(title), style), """

				</body>
				</html>
				""");
	}

	/** Print CSS for landscape pages of the settings' paper; `footer` is the CSS `content` of the page footer. */
	static String css(DocumentSettings settings, Fonts fonts, String footer) {
		return """
				%s
				@page { size: %smm %smm; margin: %smm %smm 14mm %smm;
				  @bottom-right { content: %s; font-family: "Liberation Sans"; font-size: 7pt; } }
				body { font-family: "Liberation Sans", Arial, sans-serif; font-size: %spt; margin: 0; }
				section { page-break-after: always; }
				section:last-child { page-break-after: auto; }
				table { border-collapse: collapse; width: 100%%; table-layout: fixed; }
				th, td { border: 0.2mm solid #000; padding: %smm; vertical-align: top; word-wrap: break-word; }
				th { background: #f0f0f0; font-weight: bold; text-align: center; vertical-align: middle; }
				ol { margin: 0; padding-left: 5mm; }
				table.identitas th { width: 38mm; text-align: left; }
				td.kop { width: 70mm; text-align: center; vertical-align: middle; }
				.logo { width: 24mm; height: 24mm; margin: 0 auto 3mm auto; }
				.logo.kosong { border: 0.3mm dashed #777; color: #777; line-height: 24mm; font-size: 7pt; }
				.unit { font-weight: bold; font-size: 11pt; }
				.alamat { font-size: 8pt; margin-top: 2mm; }
				.pengesahan .ttd { height: 18mm; }
				.nama-pejabat { font-weight: bold; text-decoration: underline; }
				.nama-sop { font-weight: bold; }
				table.lampiran { margin-top: 4mm; line-height: %s; }
				table.lampiran th { text-align: left; background: none; }
				h2 { font-size: 10pt; text-align: center; margin: 0 0 2mm 0; }
				table.alur { font-size: %spt; width: %smm; }
				table.alur td { line-height: 1.25; }
				table.alur td.no, table.alur td.waktu { text-align: center; }
				table.alur td.lajur { padding: 0; line-height: 0; vertical-align: top; }
				table.alur div.bagan { position: relative; height: 0; }
				table.alur div.gambar { position: absolute; top: 0; left: 0; }
				table.alur th.lajur { font-size: 7pt; }
				tr.jumlah td { font-weight: bold; background: #f7f7f7; }
				""".formatted(fonts == Fonts.EMBEDDED ? FONT_FACES : "", mm(settings.pageWidth()), mm(settings.pageHeight()),
				mm(FlowchartTable.MARGIN), mm(FlowchartTable.MARGIN), mm(FlowchartTable.MARGIN), footer,
				fmt(FlowchartTable.FONT_PT + 1), mm(FlowchartTable.PADDING), mm(IdentityPage.LIST_LINE_HEIGHT),
				fmt(FlowchartTable.FONT_PT),
				mm(settings.pageWidth() - 2 * FlowchartTable.MARGIN));
	}

	private static String fmt(double points) {
		return String.format(Locale.ROOT, "%.1f", points);
	}

	/**
	 * The bundled font inside the file, so that a browser shows and prints it without the font installed:
	 * each face cut down to the characters of the text (and printable ASCII, for what a reader may type
	 * into a copy), which keeps the file small.
	 */
	private static String fontFaces(String title, String css, BitSet bodyCharacters) {
		BitSet used = characters(title + css);
		used.or(bodyCharacters);
		used.set(0x20, 0x7f);
		Set<Integer> characters = used.stream().boxed().collect(Collectors.toCollection(TreeSet::new));
		// Each face is cut on its own, side by side.
		return Stream.of(new Face(org.dinsos.sop.generator.Fonts.REGULAR, "normal", "normal"),
				new Face(org.dinsos.sop.generator.Fonts.BOLD, "bold", "normal"),
				new Face(org.dinsos.sop.generator.Fonts.ITALIC, "normal", "italic")).parallel()
				.map(face -> face.css(characters)).collect(Collectors.joining());
	}

	/** A face of the bundled font: its file, and the weight and style CSS knows it by. */
	private record Face(String resource, String weight, String style) {

		String css(Set<Integer> characters) {
			return "@font-face { font-family: \"Liberation Sans\"; font-weight: %s; font-style: %s; src: url(data:font/ttf;base64,%s); }\n"
					.formatted(weight, style, Base64.getEncoder().encodeToString(org.dinsos.sop.generator.Fonts.subset(resource, characters)));
		}
	}

	/** The unit's logo inside the file (only a PNG or JPEG picture), or a marked empty box where it goes. */
	static String logo(DocumentSettings settings) {
		if (settings.logo() == null) {
			return "<div class=\"logo kosong\">LOGO</div>";
		}
		Picture logo = settings.logoPicture();
		return "<img class=\"logo\" alt=\"Logo\" src=\"data:%s;base64,%s\"/>".formatted(logo.type().mediaType,
				Base64.getEncoder().encodeToString(logo.bytes()));
	}
}
