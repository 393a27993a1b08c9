package org.dinsos.sop.tests.diagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.StreamSupport;

import org.dinsos.sop.ide.diagram.SopDiagramService.DiagramEditParams;
import org.dinsos.sop.ide.diagram.SopDiagramService.DiagramParams;
import org.dinsos.sop.sop.JenisProses;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.support.LanguageServerTestBase;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The diagram view's requests to the real language server, read as the VS Code webview gets them: the
 * Sprotty JSON of each example's swimlanes, steps and arrows, problems as markers on the steps, a new
 * model after a change of the text.
 */
class DiagramServerTest extends LanguageServerTestBase {

	private static final String LAKIP = Sops.read(Sops.example("lakip.sop"));

	@Test
	void eachExampleHasALanePerPelaksanaANodePerStepAndTheYaTidakExitsOfEachDecision() throws Exception {
		XtextResourceSet examples = Sops.loadExamples();
		startOnExamples();
		for (Path file : Sops.exampleFiles()) {
			if (!(Sops.resource(examples, file).getContents().get(0) instanceof Sop sop)) {
				continue;
			}
			String uri = openFile(file.getFileName().toString(), Sops.read(file));
			JsonObject graph = diagram(uri);
			String name = file.getFileName().toString();
			Assertions.assertEquals("graph", graph.get("type").getAsString(), name);

			Assertions.assertEquals(sop.getPelaksana().stream().map(p -> "pelaksana:" + p.getName()).toList(),
					ids(graph, "lane"), name);
			Assertions.assertEquals(sop.getLangkah().stream().map(l -> "langkah:" + l.getName()).toList(),
					ids(graph, "node:"), name);
			for (Langkah langkah : sop.getLangkah()) {
				JsonObject node = element(graph, "langkah:" + langkah.getName());
				Assertions.assertEquals(expectedType(langkah), node.get("type").getAsString(), name + " " + langkah.getName());
				Assertions.assertEquals("pelaksana:" + langkah.getPelaksana().getName(), laneUnder(graph, node),
						name + " " + langkah.getName());
				if (langkah instanceof Keputusan keputusan) {
					Assertions.assertEquals(List.of("langkah:" + keputusan.getYa().getName(), "Ya"),
							exit(graph, langkah, "ya"), name + " " + langkah.getName());
					Assertions.assertEquals(List.of("langkah:" + keputusan.getTidak().getName(), "Tidak"),
							exit(graph, langkah, "tidak"), name + " " + langkah.getName());
				}
			}
			Assertions.assertEquals(0, markers(graph).stream().filter(m -> m.contains("error")).count(),
					name + " has no error: " + markers(graph));
		}
	}

	@Test
	void lakipShowsItsFourLanesItsTerminatorsAndTheCorrectionLoop() throws Exception {
		JsonObject graph = diagram(openLakip(LAKIP));
		Assertions.assertEquals(List.of("Kepala Dinas", "Sekretaris", "Fungsional Perencana", "Staf"),
				children(graph, "lane").stream().map(lane -> lane.get("label").getAsString()).toList());
		Assertions.assertEquals(List.of("langkah:1", "langkah:11"), ids(graph, "node:terminator"));
		Assertions.assertEquals(List.of("langkah:7"), ids(graph, "node:keputusan"));
		JsonObject step2 = element(graph, "langkah:2");
		Assertions.assertEquals("sekretaris", step2.get("pelaksana").getAsString());
		Assertions.assertEquals("2 jam", step2.get("waktu").getAsString());
		// The kegiatan drawn in the rectangle, in five lines at most, and complete for the tooltip and the palette.
		Assertions.assertEquals(List.of("2. Membuat format", "pengumpulan data", "dan informasi", "kinerja dari",
				"masing-masing…"), strings(step2.getAsJsonArray("lines")));
		Assertions.assertEquals("Membuat format pengumpulan data dan informasi kinerja dari masing-masing bidang dan sekretariat",
				step2.get("kegiatan").getAsString());
		// The step's text: from its number on line 64 (0-based 63) to the end of its output.
		Assertions.assertEquals(63, step2.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
		Assertions.assertEquals(66, step2.getAsJsonObject("range").getAsJsonObject("end").get("line").getAsInt());
		Assertions.assertEquals(List.of("langkah:6", "Tidak"), exit(graph, element(graph, "langkah:7"), "tidak"));
		Assertions.assertEquals(11, children(graph, "edge").size(), "one arrow out of each of the nine other steps before the last, two out of the decision");
	}

	@Test
	void aBrokenStepCarriesItsProblemOnItsNode() throws Exception {
		String uri = openLakip(LAKIP.replace("1 mulai kadis", "1 mulai kadiz"));
		JsonObject graph = diagram(uri);
		Assertions.assertEquals(List.of("langkah:1/masalah error Pelaksana 'kadiz' belum dideklarasikan; tambahkan di bagian "
				+ "pelaksana, misalnya: kadiz \"Nama Jabatan\"."),
				markers(graph).stream().filter(m -> m.contains(" error ")).toList());
	}

	@Test
	void anSopWithoutStepsYetShowsItsEmptyLanes() throws Exception {
		startOnExamples();
		JsonObject graph = diagram(openFile("baru.sop", """
				sop Baru "SOP baru" {
					pelaksana {
						kadis "Kepala Dinas"
						staf "Staf"
					}
					prosedur {
					}
				}
				"""));
		Assertions.assertEquals(List.of("pelaksana:kadis", "pelaksana:staf"), ids(graph, "lane"));
		Assertions.assertEquals(List.of(), ids(graph, "node:"));
		Assertions.assertEquals("pelaksana:staf", laneUnder(graph, element(graph, "pelaksana:staf")));
	}

	@Test
	void theDiagramFollowsEveryChangeOfTheText() throws Exception {
		String uri = openLakip(LAKIP);
		Assertions.assertEquals("sekretaris", element(diagram(uri), "langkah:2").get("pelaksana").getAsString());

		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(LAKIP.replace("2 sekretaris", "2 staf")))));
		JsonObject changed = diagram(uri);
		Assertions.assertEquals(2, changed.get("revision").getAsInt());
		Assertions.assertEquals("staf", element(changed, "langkah:2").get("pelaksana").getAsString());
		Assertions.assertEquals("pelaksana:staf", laneUnder(changed, element(changed, "langkah:2")));
	}

	@Test
	void draggingAStepOntoAnotherLaneAnswersTheEditThatMakesThatPelaksanaItsActor() throws Exception {
		String uri = openLakip(LAKIP);
		WorkspaceEdit edit = diagramEdit(uri, "{\"kind\": \"moveToLane\", \"step\": 2, \"pelaksana\": \"staf\"}");
		TextDocumentEdit change = edit.getDocumentChanges().get(0).getLeft();
		Assertions.assertEquals(uri + " version 1", change.getTextDocument().getUri() + " version " + change.getTextDocument().getVersion(),
				"the edit is for the text the client has");
		Assertions.assertEquals(LAKIP.replace("\t\t2 sekretaris \"Membuat", "\t\t2 staf \"Membuat"), Sops.applyEdits(LAKIP, change.getEdits()));
	}

	@Test
	void aRefusedGestureAnswersWhy() {
		String uri = openLakip(LAKIP);
		ExecutionException refused = Assertions.assertThrows(ExecutionException.class,
				() -> diagramEdit(uri, "{\"kind\": \"connectBranch\", \"step\": 2, \"branch\": \"ya\", \"to\": 5}"));
		Assertions.assertEquals("Langkah 2 bukan keputusan; hanya keputusan yang punya cabang Ya dan Tidak.", refused.getCause().getMessage());
		ExecutionException unknown = Assertions.assertThrows(ExecutionException.class,
				() -> diagramEdit(uri, "{\"kind\": \"flyAway\", \"step\": 2}"));
		Assertions.assertTrue(unknown.getCause().getMessage().startsWith("Jenis perubahan \"flyAway\" tidak dikenal"), unknown.getCause().getMessage());
	}

	/** The workspace of the examples, with lakip.sop open in the editor with the given text. */
	private String openLakip(String text) {
		startOnExamples();
		return openFile("lakip.sop", text);
	}

	/** The model as the client reads it: the server's answer written as the language server writes JSON. */
	private JsonObject diagram(String uri) throws Exception {
		Object graph = languageServer.request("sop/diagram", new DiagramParams(uri)).get();
		return new MessageJsonHandler(languageServer.supportedMethods()).getGson().toJsonTree(graph).getAsJsonObject();
	}

	private WorkspaceEdit diagramEdit(String uri, String operation) throws Exception {
		return (WorkspaceEdit) languageServer.request("sop/diagramEdit",
				new DiagramEditParams(uri, JsonParser.parseString(operation).getAsJsonObject())).get();
	}

	private static String expectedType(Langkah langkah) {
		return langkah instanceof Keputusan ? "node:keputusan"
				: langkah instanceof Proses proses && proses.getJenis() != null && proses.getJenis() != JenisProses.PROSES
						? "node:terminator" : "node:proses";
	}

	private static List<String> exit(JsonObject graph, Langkah langkah, String cabang) {
		return exit(graph, element(graph, "langkah:" + langkah.getName()), cabang);
	}

	/** Where a decision's exit goes and what its label reads. */
	private static List<String> exit(JsonObject graph, JsonObject node, String cabang) {
		JsonObject edge = children(graph, "edge").stream()
				.filter(e -> e.get("sourceId").getAsString().equals(node.get("id").getAsString())
						&& e.has("cabang") && cabang.equals(e.get("cabang").getAsString()))
				.findFirst().orElseThrow(() -> new AssertionError(node.get("id") + " has no " + cabang + " exit"));
		return List.of(edge.get("targetId").getAsString(),
				edge.getAsJsonArray("children").get(0).getAsJsonObject().get("text").getAsString());
	}

	/** The lane under the centre of a node. */
	private static String laneUnder(JsonObject graph, JsonObject node) {
		double centre = x(node) + node.getAsJsonObject("size").get("width").getAsDouble() / 2;
		return children(graph, "lane").stream()
				.filter(lane -> x(lane) < centre && centre < x(lane) + lane.getAsJsonObject("size").get("width").getAsDouble())
				.map(lane -> lane.get("id").getAsString()).findFirst().orElse("no lane");
	}

	private static double x(JsonObject element) {
		return element.getAsJsonObject("position").get("x").getAsDouble();
	}

	/** Every marker of the diagram as "id severity message". */
	private static List<String> markers(JsonObject graph) {
		List<String> markers = new ArrayList<>();
		for (JsonObject element : children(graph, "")) {
			for (JsonObject child : children(element, "marker")) {
				for (JsonElement issue : child.getAsJsonArray("issues")) {
					markers.add(child.get("id").getAsString() + " " + issue.getAsJsonObject().get("severity").getAsString()
							+ " " + issue.getAsJsonObject().get("message").getAsString());
				}
			}
		}
		return markers;
	}

	private static JsonObject element(JsonObject graph, String id) {
		return children(graph, "").stream().filter(e -> id.equals(e.get("id").getAsString())).findFirst()
				.orElseThrow(() -> new AssertionError("no element " + id));
	}

	private static List<String> ids(JsonObject graph, String typePrefix) {
		return children(graph, typePrefix).stream().map(e -> e.get("id").getAsString()).toList();
	}

	private static List<JsonObject> children(JsonObject parent, String typePrefix) {
		if (!parent.has("children")) {
			return List.of();
		}
		return StreamSupport.stream(parent.getAsJsonArray("children").spliterator(), false).map(JsonElement::getAsJsonObject)
				.filter(e -> e.get("type").getAsString().startsWith(typePrefix)).toList();
	}

	private static List<String> strings(JsonArray array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonElement::getAsString).toList();
	}
}
