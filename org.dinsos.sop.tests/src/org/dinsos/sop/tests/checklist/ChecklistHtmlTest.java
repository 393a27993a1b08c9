package org.dinsos.sop.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dinsos.sop.generator.checklist.Checklist;
import org.dinsos.sop.generator.checklist.ChecklistHtml;
import org.dinsos.sop.generator.checklist.ChecklistJson;
import org.dinsos.sop.query.Durations;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.support.ReadBack;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The interactive checklist page as a browser receives it: one file with its style, script and checklist
 * inside, nothing to fetch, and no markup from the SOP. What the page does is tested in a real browser by
 * checklist/e2e/run.sh.
 */
class ChecklistHtmlTest {

	private static final XtextResourceSet EXAMPLES = Sops.loadExamples();
	private static final String JSON_SCRIPT = "<script type=\"application/json\" id=\"checklist\">\n";

	static Stream<String> sops() {
		return Stream.of("lakip.sop", "renja.sop", "laporan-tahunan.sop", "pengukuran-kinerja.sop", "kak.sop");
	}

	private static Checklist checklist(Sop sop) {
		return Checklist.of(sop, Durations.STANDARD_WORKDAY_HOURS);
	}

	/** The text of the embedded checklist script, as the page's script reads it. */
	private static String embeddedJson(String html) {
		int start = html.indexOf(JSON_SCRIPT) + JSON_SCRIPT.length();
		return html.substring(start, html.indexOf("</script>", start));
	}

	/** The page with its style and script bodies emptied: the markup around them, read as XML. */
	private static Document skeleton(String html) {
		return ReadBack.xml(html.replaceFirst("<!DOCTYPE html>", "")
				.replaceAll("(?s)(<(script|style)[^>]*>).*?(</\\2>)", "$1$3"));
	}

	private static List<String> all(String html, String regex) {
		List<String> found = new ArrayList<>();
		Matcher matcher = Pattern.compile(regex).matcher(html);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private static String text(Document page, String tag) {
		return page.getElementsByTagNameNS("*", tag).item(0).getTextContent();
	}

	@ParameterizedTest
	@MethodSource("sops")
	void theEmbeddedChecklistIsTheChecklistJson(String file) {
		Checklist checklist = checklist(Sops.sop(EXAMPLES, file));
		assertEquals(ChecklistJson.write(checklist), embeddedJson(ChecklistHtml.write(checklist)), file);
	}

	@Test
	void thePageIsOneFileThatFetchesNothing() {
		String html = ChecklistHtml.write(checklist(Sops.sop(EXAMPLES, "lakip.sop")));
		assertEquals(List.of(), all(html, "(?i)\\b(?:src|href|action|srcset|poster)\\s*="), "attributes that load something");
		assertEquals(List.of(), all(html, "(?i)https?:|@import|\\burl\\(|<link|<iframe|<img|<object|<embed"),
				"addresses and elements that load something");
		assertEquals(List.of("<script type=\"application/json\" id=\"checklist\">", "<script>"), all(html, "(?i)<script[^>]*>"),
				"the checklist and one inline script");
		assertEquals(2, all(html, "(?i)</script").size(), "no script ends early");
		assertEquals(List.of("<style>"), all(html, "(?i)<style[^>]*>"));
		assertFalse(html.contains("<!--"), "no comment opener, which changes how a browser reads a script");
	}

	@Test
	void theMarkupAroundTheScriptIsWellFormedWithTheControlsTheScriptUses() {
		Sop lakip = Sops.sop(EXAMPLES, "lakip.sop");
		Document page = skeleton(ChecklistHtml.write(checklist(lakip)));
		Element root = page.getDocumentElement();
		assertEquals("id", root.getAttribute("lang"));
		assertTrue(ReadBack.byAttribute(page, "name", "viewport").get(0).getAttribute("content").contains("width=device-width"));
		assertEquals("Checklist SOP: " + lakip.getJudul(), text(page, "title"));
		assertEquals(lakip.getJudul(), text(page, "h1"));
		for (String id : List.of("operator", "saya", "kartu", "daftar", "log", "unduh-csv", "unduh-json", "cetak", "ulang",
				"konfirmasi-ulang", "ulang-ya", "ulang-batal", "penyimpanan")) {
			assertEquals(1, ReadBack.byAttribute(page, "id", id).size(), id);
		}
		assertEquals("Mulai ulang", ReadBack.byAttribute(page, "id", "ulang").get(0).getTextContent());
	}

	@Test
	void markupInAnSopStaysTextAndNeverEndsTheScript() {
		Sop sop = (Sop) Sops.root(Sops.parse("""
				sop Uji "Uji </script><script>alert(1)</script> & 'kutip'" {
					unit "Dinas <b>Sosial</b>"
					nomor "<i>001</i>"
					pelaksana {
						kadis "Kepala <svg onload=alert(2)>"
					}
					prosedur {
						1 mulai kadis "<img src=x onerror=alert(3)>"
							kelengkapan "</SCRIPT><!--"
							waktu 5 menit
						2 selesai kadis "Mengarsipkan"
							waktu 5 menit
					}
				}
				"""));
		String html = ChecklistHtml.write(checklist(sop));
		assertEquals(2, all(html, "(?i)<script").size(), html);
		assertEquals(2, all(html, "(?i)</script").size(), html);
		assertEquals(List.of(), all(html, "(?i)<(img|svg|b|i)\\b|<!--"), "raw markup from the SOP");

		Document page = skeleton(html);
		assertEquals("Checklist SOP: " + sop.getJudul(), text(page, "title"));
		assertEquals(sop.getJudul(), text(page, "h1"));
		assertEquals(sop.getUnit().getNama(), ReadBack.byClass(page, "unit").get(0).getTextContent());
		assertTrue(ReadBack.byClass(page, "identitas").get(0).getTextContent().startsWith("Nomor SOP <i>001</i>"));

		JsonObject embedded = JsonParser.parseString(embeddedJson(html)).getAsJsonObject();
		JsonObject first = embedded.getAsJsonArray("langkah").get(0).getAsJsonObject();
		assertEquals(sop.getLangkah().get(0).getKegiatan(), first.get("kegiatan").getAsString());
		assertEquals("</SCRIPT><!--", first.getAsJsonArray("kelengkapan").get(0).getAsString());
		assertEquals(sop.getPelaksana().get(0).getLabel(),
				embedded.getAsJsonArray("pelaksana").get(0).getAsJsonObject().get("label").getAsString());
		assertFalse(embeddedJson(html).toLowerCase(Locale.ROOT).contains("<"), "the JSON carries no raw markup");
	}
}
