package org.dinsos.sop.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dinsos.sop.generator.checklist.Checklist;
import org.dinsos.sop.generator.checklist.ChecklistJson;
import org.dinsos.sop.generator.checklist.ChecklistMarkdown;
import org.dinsos.sop.query.Durations;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The checklist of an SOP as JSON (checked against its published schema) and as a Markdown task list. */
class ChecklistTest {

	private static final XtextResourceSet EXAMPLES = Sops.loadExamples();
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final JsonSchema SCHEMA = schema();

	static Stream<String> sops() {
		return Stream.of("lakip.sop", "renja.sop", "laporan-tahunan.sop", "pengukuran-kinerja.sop", "kak.sop");
	}

	private static JsonSchema schema() {
		try (InputStream in = Checklist.class.getResourceAsStream("/schema/checklist-1.schema.json")) {
			assertNotNull(in, "the schema is packaged in the generator bundle");
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static JsonNode json(Sop sop) throws IOException {
		return JSON.readTree(ChecklistJson.write(Checklist.of(sop, Durations.STANDARD_WORKDAY_HOURS)));
	}

	@ParameterizedTest
	@MethodSource("sops")
	void theJsonOfEveryExampleIsValidAgainstTheSchema(String file) throws IOException {
		Set<ValidationMessage> errors = SCHEMA.validate(json(Sops.sop(EXAMPLES, file)));
		assertEquals(Set.of(), errors, file);
	}

	@Test
	void theSchemaRejectsADecisionWithoutItsTidakExitAndAnUnknownField() throws IOException {
		JsonNode lakip = json(Sops.sop(EXAMPLES, "lakip.sop"));
		((ObjectNode) lakip.get("langkah").get(6)).remove("tidak");
		((ObjectNode) lakip).put("warna", "merah");
		List<String> errors = SCHEMA.validate(lakip).stream().map(ValidationMessage::getInstanceLocation)
				.map(Object::toString).sorted().toList();
		assertEquals(List.of("$", "$.langkah[6]"), errors);
	}

	@ParameterizedTest
	@MethodSource("sops")
	void everyStepCarriesItsActorMutuBakuAndWhereTheFlowGoes(String file) throws IOException {
		Sop sop = Sops.sop(EXAMPLES, file);
		JsonNode checklist = json(sop);
		assertEquals(sop.getName(), checklist.at("/sop/nama").asText());
		assertEquals(sop.getNomor(), checklist.at("/sop/nomor").asText());
		assertEquals(sop.getPelaksana().stream().map(p -> p.getName()).toList(),
				stream(checklist.get("pelaksana")).map(lane -> lane.get("id").asText()).toList());
		assertEquals(sop.getLangkah().size(), checklist.get("langkah").size());
		for (int i = 0; i < sop.getLangkah().size(); i++) {
			Langkah langkah = sop.getLangkah().get(i);
			JsonNode step = checklist.get("langkah").get(i);
			String where = file + " langkah " + langkah.getName();
			assertEquals(Integer.parseInt(langkah.getName()), step.get("nomor").asInt(), where);
			assertEquals(langkah.getPelaksana().getName(), step.get("pelaksana").asText(), where);
			assertEquals(langkah.getKegiatan(), step.get("kegiatan").asText(), where);
			assertEquals(langkah.getMutuBaku().getKelengkapan(), texts(step.get("kelengkapan")), where);
			assertEquals(langkah.getMutuBaku().getOutput(), texts(step.get("output")), where);
			BigDecimal menit = Durations.minutes(langkah.getMutuBaku().getWaktu(), Durations.STANDARD_WORKDAY_HOURS).orElseThrow();
			assertEquals(0, menit.compareTo(step.at("/waktu/menit").decimalValue()), where);
			if (langkah instanceof Keputusan keputusan) {
				assertEquals(keputusan.getYa().getName(), step.get("ya").asText(), where);
				assertEquals(keputusan.getTidak().getName(), step.get("tidak").asText(), where);
			} else if (i + 1 < sop.getLangkah().size()) {
				assertEquals(sop.getLangkah().get(i + 1).getName(), step.get("berikutnya").asText(), where);
			} else {
				assertFalse(step.has("berikutnya"), where);
			}
		}
	}

	@Test
	void lakipStartsAtStepOneAndAllowsItsStepsTheirTimeInMinutes() throws IOException {
		JsonNode lakip = json(Sops.sop(EXAMPLES, "lakip.sop"));
		assertEquals(1, lakip.get("mulai").asInt());
		assertEquals("1 jam", lakip.at("/langkah/2/waktu/jumlah").asText() + " " + lakip.at("/langkah/2/waktu/satuan").asText());
		assertEquals(60, lakip.at("/langkah/2/waktu/menit").asInt());
		assertEquals(1800, lakip.at("/langkah/4/waktu/menit").asInt(), "4 hari of 7,5 jam");
		assertEquals("keputusan", lakip.at("/langkah/6/jenis").asText());
	}

	@Test
	void theMarkdownIsATaskListWithOneBoxPerStep() {
		String markdown = ChecklistMarkdown.write(Checklist.of((Sop) Sops.root(Sops.parse("""
				sop Uji "Uji coba" {
					nomor "800/1/2024"
					pelaksana {
						kadis "Kepala Dinas"
						staf "Staf"
					}
					prosedur {
						1 mulai kadis "Memerintahkan"
							kelengkapan "Disposisi"
							waktu 10 menit
							output "Disposisi", "Catatan"
						2 keputusan staf "Memeriksa"
							waktu 1,5 jam
							ya ke 3
							tidak ke 1
						3 selesai kadis "Menandatangani"
							waktu 5 menit
					}
				}
				""")), Durations.STANDARD_WORKDAY_HOURS));
		assertEquals("""
				# Checklist SOP: Uji coba

				| | |
				|---|---|
				| Nomor SOP | 800/1/2024 |
				| Unit | - |
				| Waktu baku (jalur utama) | 1 jam 45 menit, 1 hari = 7,5 jam |
				| Pelaksana | Kepala Dinas, Staf |

				## Langkah

				- [ ] **1. Memerintahkan** (mulai)
				  - Pelaksana: Kepala Dinas
				  - Waktu: 10 menit
				  - Kelengkapan: Disposisi
				  - Output: Disposisi; Catatan
				  - Berikutnya: langkah 2

				- [ ] **2. Memeriksa** (keputusan)
				  - Pelaksana: Staf
				  - Waktu: 1,5 jam
				  - Ya: ke langkah 3; Tidak: ke langkah 1

				- [ ] **3. Menandatangani** (selesai)
				  - Pelaksana: Kepala Dinas
				  - Waktu: 5 menit
				  - Prosedur selesai

				""", markdown);
	}

	@Test
	void markupInAnSopStaysTextInMarkdownAndInJson() {
		Checklist checklist = Checklist.of((Sop) Sops.root(Sops.parse("""
				sop Uji "<img src=x onerror=alert(1)> **tebal** [tautan](http://x)" {
					pelaksana {
						kadis "Kepala | Dinas"
					}
					prosedur {
						1 selesai kadis "</script><script>alert(1)</script>"
							waktu 5 menit
					}
				}
				""")), Durations.STANDARD_WORKDAY_HOURS);
		String markdown = ChecklistMarkdown.write(checklist);
		assertTrue(markdown.contains("# Checklist SOP: &lt;img src=x onerror=alert(1)&gt; \\*\\*tebal\\*\\* \\[tautan\\](http://x)"), markdown);
		assertTrue(markdown.contains("| Pelaksana | Kepala \\| Dinas |"), markdown);
		String json = ChecklistJson.write(checklist);
		assertFalse(json.contains("<"), "no raw markup, so the JSON can sit in a script element: " + json);
		assertTrue(json.contains("\\u003c/script\\u003e"), json);
	}

	private static List<String> texts(JsonNode array) {
		return stream(array).map(JsonNode::asText).collect(Collectors.toList());
	}

	private static Stream<JsonNode> stream(JsonNode array) {
		return Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(array::get);
	}
}
