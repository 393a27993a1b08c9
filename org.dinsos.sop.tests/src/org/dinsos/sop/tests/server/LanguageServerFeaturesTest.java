package org.dinsos.sop.tests.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.dinsos.sop.ide.server.SopCommandService;
import org.dinsos.sop.tests.support.LanguageServerTestBase;
import org.dinsos.sop.tests.support.ReadBack;
import org.dinsos.sop.tests.support.Sops;
import org.dinsos.sop.validation.SopIssueCodes;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The editor features a VS Code user gets from the real language server, on a workspace holding a
 * copy of the bundled examples (the five SOPs and their booklet).
 */
class LanguageServerFeaturesTest extends LanguageServerTestBase {

	private static final String LAKIP = Sops.read(Sops.example("lakip.sop"));

	/** Starts the server on the examples as VS Code starts it, with the given initializationOptions. */
	private void startWorkspace(Object initializationOptions) {
		startOnExamples(params -> {
			params.setInitializationOptions(initializationOptions);
			// As VS Code does: the outline is a tree.
			DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
			symbols.setHierarchicalDocumentSymbolSupport(true);
			TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
			textDocument.setDocumentSymbol(symbols);
			params.getCapabilities().setTextDocument(textDocument);
			// As VS Code does: the client runs the server's workspace commands.
			WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
			workspace.setExecuteCommand(new ExecuteCommandCapabilities());
			workspace.setWorkspaceFolders(true);
			params.getCapabilities().setWorkspace(workspace);
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toPath().toUri().toString(), "examples")));
		});
	}

	@Test
	void theGenerateCommandWritesTheDocumentBesideTheSopAndPreviewAnswersItsHtml() throws Exception {
		startWorkspace(JsonParser.parseString("{\"kertas\": \"F4\", \"jamKerjaPerHari\": 8}"));
		String uri = openFile("lakip.sop", LAKIP);
		Object written = languageServer.executeCommand(new ExecuteCommandParams(SopCommandService.WRITE_DOCUMENT, List.of(uri, "pdf"))).get();
		Path pdf = workspaceFile("lakip.pdf");
		Assertions.assertEquals(pdf.toString(), written);
		String text = String.join(" ", ReadBack.pdfPages(Files.readAllBytes(pdf)));
		Assertions.assertTrue(text.contains("800/16/D-5/03/2024"), text);
		Assertions.assertTrue(ReadBack.squeeze(text).contains("Jumlahwaktu(jalurutama,1harikerja=8jam)"), text);
		Assertions.assertEquals(LAKIP, Sops.read(workspaceFile("lakip.sop")));

		String html = (String) languageServer.executeCommand(new ExecuteCommandParams(SopCommandService.RENDER_PREVIEW, List.of(uri))).get();
		Assertions.assertTrue(html.contains("size: 330mm 215mm"), "F4 from the client's settings");
		Assertions.assertTrue(html.contains("PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)"));
	}

	@Test
	void theChecklistCommandWritesTheChecklistBesideTheSopWithTheClientsWorkingDay() throws Exception {
		startWorkspace(JsonParser.parseString("{\"jamKerjaPerHari\": 8}"));
		String uri = openFile("lakip.sop", LAKIP);
		Object written = languageServer.executeCommand(new ExecuteCommandParams(SopCommandService.WRITE_CHECKLIST, List.of(uri, "json"))).get();
		Path json = workspaceFile("lakip.checklist.json");
		Assertions.assertEquals(json.toString(), written);
		JsonObject checklist = JsonParser.parseString(Sops.read(json)).getAsJsonObject();
		Assertions.assertEquals(8, checklist.getAsJsonObject("sop").get("jamKerjaPerHari").getAsInt());
		JsonObject step5 = checklist.getAsJsonArray("langkah").get(4).getAsJsonObject();
		Assertions.assertEquals(4 * 8 * 60, step5.getAsJsonObject("waktu").get("menit").getAsInt(), "4 hari of 8 jam");

		Object page = languageServer.executeCommand(new ExecuteCommandParams(SopCommandService.WRITE_CHECKLIST, List.of(uri))).get();
		Assertions.assertEquals(workspaceFile("lakip.checklist.html").toString(), page, "the interactive page when no format is given");
		Assertions.assertTrue(Sops.read(Path.of((String) page)).contains("Mengoreksi Dokumen LAKIP"));

		ExecutionException refused = Assertions.assertThrows(ExecutionException.class,
				() -> languageServer.executeCommand(new ExecuteCommandParams(SopCommandService.WRITE_CHECKLIST, List.of(uri, "xml"))).get());
		Assertions.assertEquals("Format checklist tidak dikenal: xml (pilih html, json atau md).", refused.getCause().getMessage());
	}

	@Test
	void theGenerateCommandRefusesAnSopWithErrors() {
		startWorkspace(null);
		String uri = openFile("lakip.sop", LAKIP.replace("1 mulai kadis", "1 mulai kadiz"));
		ExecutionException refused = Assertions.assertThrows(ExecutionException.class,
				() -> languageServer.executeCommand(new ExecuteCommandParams(SopCommandService.WRITE_DOCUMENT, List.of(uri, "docx"))).get());
		Assertions.assertEquals("Dokumen tidak dibuat: SOP ini masih memiliki 1 kesalahan (lihat panel Problems). Perbaiki dulu kesalahannya.",
				refused.getCause().getMessage());
		Assertions.assertFalse(Files.exists(workspaceFile("lakip.docx")));
	}

	@Test
	void aStepWithAnUndeclaredActorIsReportedInTheProblemsWithItsCode() {
		startWorkspace(null);
		String uri = openFile("lakip.sop", LAKIP.replace("1 mulai kadis", "1 mulai kadiz"));
		List<Diagnostic> errors = diagnostics(uri).stream()
				.filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
		Assertions.assertEquals(1, errors.size(), errors::toString);
		Assertions.assertEquals(SopIssueCodes.PELAKSANA_TIDAK_DIKENAL, errors.get(0).getCode().getLeft());
		Assertions.assertEquals("Pelaksana 'kadiz' belum dideklarasikan; tambahkan di bagian pelaksana, misalnya: kadiz \"Nama Jabatan\".", errors.get(0).getMessage());
		Assertions.assertEquals(new Range(new Position(57, 10), new Position(57, 15)), errors.get(0).getRange());
		Assertions.assertEquals(List.of(), diagnostics(uri("buku.sop")));
	}

	@Test
	void completionOffersThePelaksanaAtAStepsActor() throws Exception {
		startWorkspace(null);
		String text = LAKIP.replace("1 mulai kadis \"", "1 mulai  \"");
		String uri = openFile("lakip.sop", text);
		Assertions.assertEquals(List.of("kadis · Kepala Dinas", "sekretaris · Sekretaris", "perencana · Fungsional Perencana", "staf · Staf"),
				completion(uri, text, "1 mulai ", CompletionItemKind.Variable));
	}

	@Test
	void completionOffersStepNumbersWithTheirKegiatanAtBranchTargets() throws Exception {
		startWorkspace(null);
		String text = LAKIP.replace("ya ke 8", "ya ke ");
		String uri = openFile("lakip.sop", text);
		List<String> targets = completion(uri, text, "ya ke ", CompletionItemKind.Reference);
		Assertions.assertEquals(11, targets.size(), targets::toString);
		Assertions.assertEquals("1 · Memerintahkan penyusunan LAKIP", targets.get(0));
		Assertions.assertEquals("8 · Menyampaikan Dokumen LAKIP kepada Kepala Dinas untuk memintakan persetujuan", targets.get(7));
	}

	@Test
	void completionOffersTimeUnitsMatchingWhatIsTyped() throws Exception {
		startWorkspace(null);
		String text = LAKIP.replace("waktu 2 jam", "waktu 2 m");
		String uri = openFile("lakip.sop", text);
		Assertions.assertEquals(List.of("menit · satuan waktu", "minggu · satuan waktu"),
				completion(uri, text, "waktu 2 m", CompletionItemKind.Unit));
	}

	@Test
	void completionOffersTheOtherSopsOfTheWorkspaceAtKeterkaitan() throws Exception {
		startWorkspace(null);
		String text = LAKIP.replace("keterkaitan {\n", "keterkaitan {\n\t\tprasyarat sop \n");
		String uri = openFile("lakip.sop", text);
		Assertions.assertEquals(List.of("Kak · SOP nomor 800/20/D-5/03/2024", "LaporanTahunan · SOP nomor 800/18/D-5/03/2024",
				"PengukuranKinerja · SOP nomor 800/19/D-5/03/2024", "Renja · SOP nomor 800/17/D-5/03/2024"),
				completion(uri, text, "prasyarat sop ", CompletionItemKind.Module).stream().sorted().toList());
	}

	@Test
	void completionOffersKeywordsAndSnippetsOfWholeConstructs() throws Exception {
		startWorkspace(null);
		String text = LAKIP.replace("\t\t\toutput \"Dokumen LAKIP\"\n\t}\n}", "\t\t\toutput \"Dokumen LAKIP\"\n\t\t\n\t}\n}");
		String uri = openFile("lakip.sop", text);
		int line = (int) text.substring(0, text.lastIndexOf("\t\t\n\t}\n}")).chars().filter(c -> c == '\n').count();
		List<CompletionItem> items = languageServer.completion(new CompletionParams(new TextDocumentIdentifier(uri),
				new Position(line, 2))).get().getRight().getItems();
		CompletionItem step = items.stream().filter(i -> "langkah".equals(i.getLabel())).findFirst().orElseThrow();
		Assertions.assertEquals(InsertTextFormat.Snippet, step.getInsertTextFormat());
		Assertions.assertEquals("12 ${1:pelaksana} \"${2:Kegiatan}\"\n\tkelengkapan \"${3}\"\n\twaktu ${4:10} "
				+ "${5|menit,jam,hari,hari kerja,minggu,bulan|}\n\toutput \"${6}\"", step.getTextEdit().getLeft().getNewText());
		Assertions.assertEquals("Langkah keputusan baru nomor 12 dengan cabang Ya dan Tidak", items.stream()
				.filter(i -> "keputusan".equals(i.getLabel()) && i.getKind() == CompletionItemKind.Snippet)
				.findFirst().orElseThrow().getDetail());

		String empty = openNewFile("baru.sop", "");
		List<String> atStart = languageServer.completion(new CompletionParams(new TextDocumentIdentifier(empty), new Position(0, 0)))
				.get().getRight().getItems().stream().map(i -> i.getLabel() + " " + i.getKind()).toList();
		Assertions.assertEquals(List.of("SOP baru Snippet", "buku Keyword", "sop Keyword"), atStart.stream().sorted().toList());
	}

	@Test
	void completionOffersTheSkeletonOfABookletsKeputusan() throws Exception {
		startWorkspace(null);
		String buku = Sops.read(Sops.example("buku.sop"));
		String text = buku.substring(0, buku.indexOf("\tkeputusan")) + "\t\n" + buku.substring(buku.indexOf("\tisi {"));
		String uri = openFile("buku.sop", text);
		int line = (int) text.substring(0, text.indexOf("\t\n\tisi {")).chars().filter(c -> c == '\n').count();
		CompletionItem keputusan = languageServer.completion(new CompletionParams(new TextDocumentIdentifier(uri),
				new Position(line, 1))).get().getRight().getItems().stream().filter(i -> "keputusan baru".equals(i.getLabel()))
				.findFirst().orElseThrow();
		Assertions.assertEquals(InsertTextFormat.Snippet, keputusan.getInsertTextFormat());
		String inserted = keputusan.getTextEdit().getLeft().getNewText();
		Assertions.assertTrue(inserted.startsWith("keputusan \"${1:Standar Operasional Prosedur"), inserted);
		Assertions.assertTrue(inserted.contains("\tditetapkan di \"${3:Metro}\" tanggal ${4:2024-01-02}\n"
				+ "\tditandatangani oleh \"${5:Kepala Dinas}\"\n\t\tnama \"${6}\"\n\t\tpangkat \"${7}\"\n\t\tnip \"${8}\"\n"), inserted);
	}

	@Test
	void hoverOverAStepShowsItsActorTimeOutputAndBranches() throws Exception {
		startWorkspace(null);
		String uri = openFile("lakip.sop", LAKIP);
		Assertions.assertEquals("""
				**Langkah 7** (keputusan): Mengoreksi Dokumen LAKIP

				Pelaksana: Kepala Dinas (kadis)

				Waktu: 1 hari

				Output: Dokumen LAKIP

				Ya → langkah 8: Menyampaikan Dokumen LAKIP kepada Kepala Dinas untuk memintakan persetujuan; \
				Tidak → langkah 6: Membuat Dokumen LAKIP""", hover(uri, LAKIP, "\t\t7 keputusan", 2));
		Assertions.assertEquals("""
				**Langkah 2** (proses): Membuat format pengumpulan data dan informasi kinerja dari masing-masing bidang dan sekretariat

				Pelaksana: Sekretaris (sekretaris)

				Waktu: 2 jam

				Output: Format penyusunan LAKIP

				Lanjut ke langkah 3: Menyampaikan format pengumpulan data dan informasi kinerja kepada masing-masing bidang dan sekretariat""",
				hover(uri, LAKIP, "\t\t2 sekretaris", 2));
	}

	@Test
	void hoverOverAPelaksanaShowsItsStepsAndTheirTime() throws Exception {
		startWorkspace(null);
		String uri = openFile("lakip.sop", LAKIP);
		Assertions.assertEquals("""
				**Kepala Dinas** (pelaksana kadis)

				Langkah: 1, 7, 9

				Waktu semua langkahnya: 1 hari 20 menit""", hover(uri, LAKIP, "1 mulai kadis", 9));
	}

	@Test
	void hoverOverTheSopNameShowsItsTotalTimeAtTheConfiguredWorkingDay() throws Exception {
		startWorkspace(null);
		String uri = openFile("lakip.sop", LAKIP);
		Assertions.assertEquals("""
				**SOP Lakip**: Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP)

				Jumlah waktu 8 hari 1 jam 5 menit · 11 langkah (jalur utama, 1 hari kerja = 7,5 jam)""",
				hover(uri, LAKIP, "sop Lakip", 5));

		JsonObject eightHours = new JsonObject();
		eightHours.addProperty("jamKerjaPerHari", 8);
		JsonObject settings = new JsonObject();
		settings.add("sop", eightHours);
		languageServer.didChangeConfiguration(new DidChangeConfigurationParams(settings));
		Assertions.assertEquals("""
				**SOP Lakip**: Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP)

				Jumlah waktu 8 hari 35 menit · 11 langkah (jalur utama, 1 hari kerja = 8 jam)""",
				hover(uri, LAKIP, "sop Lakip", 5));
	}

	@Test
	void codeLensShowsTheTotalTimeOverTheSopWithTheWorkingDayFromInitializationOptions() throws Exception {
		JsonObject options = new JsonObject();
		options.addProperty("jamKerjaPerHari", 8);
		startWorkspace(options);
		String uri = openFile("lakip.sop", LAKIP);
		List<? extends CodeLens> lenses = languageServer.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))).get();
		Assertions.assertEquals(1, lenses.size());
		Assertions.assertEquals("Jumlah waktu 8 hari 35 menit · 11 langkah", lenses.get(0).getCommand().getTitle());
		Assertions.assertEquals(new Range(new Position(2, 4), new Position(2, 9)), lenses.get(0).getRange());
	}

	@Test
	void definitionOfAnActorABranchTargetAndAnSopInTheBookletLeadsToTheirDeclarations() throws Exception {
		startWorkspace(null);
		String lakip = openFile("lakip.sop", LAKIP);
		Assertions.assertEquals(List.of(lakip + " 51:2-51:7"), definition(lakip, LAKIP, "9 kadis", 2));
		Assertions.assertEquals(List.of(lakip + " 94:2-94:3"), definition(lakip, LAKIP, "ya ke 8", 6));
		String bukuText = Sops.read(Sops.example("buku.sop"));
		String buku = openFile("buku.sop", bukuText);
		Assertions.assertEquals(List.of(lakip + " 2:4-2:9"), definition(buku, bukuText, "\t\tLakip", 3));
	}

	@Test
	void referencesOfAnActorAStepAndAnSopAreFoundAcrossFiles() throws Exception {
		startWorkspace(null);
		String lakip = openFile("lakip.sop", LAKIP);
		Assertions.assertEquals(List.of(lakip + " 57:10-57:15", lakip + " 87:14-87:19", lakip + " 99:4-99:9"),
				references(lakip, LAKIP, "\t\tkadis \"Kepala Dinas\"", 3));
		Assertions.assertEquals(List.of(lakip + " 92:12-92:13"), references(lakip, LAKIP, "\t\t6 perencana", 2));
		String buku = Sops.read(Sops.example("buku.sop"));
		long isi = buku.substring(0, buku.indexOf("\t\tLakip\n")).chars().filter(c -> c == '\n').count();
		Assertions.assertEquals(List.of(uri("buku.sop") + " " + isi + ":2-" + isi + ":7"), references(lakip, LAKIP, "sop Lakip", 5));
	}

	@Test
	void renamingAnSopUpdatesTheBookletToo() throws Exception {
		startWorkspace(null);
		String lakip = openFile("lakip.sop", LAKIP);
		WorkspaceEdit edit = languageServer.rename(new RenameParams(new TextDocumentIdentifier(lakip),
				position(LAKIP, "sop Lakip", 5), "LakipDinsos")).get();
		Map<String, String> changed = applyAll(edit);
		Assertions.assertEquals(Map.of(lakip, LAKIP.replace("sop Lakip ", "sop LakipDinsos "), uri("buku.sop"),
				Sops.read(Sops.example("buku.sop")).replace("\t\tLakip\n", "\t\tLakipDinsos\n")), changed);
	}

	@Test
	void renamingAPelaksanaUpdatesEveryStepItActsIn() throws Exception {
		startWorkspace(null);
		String lakip = openFile("lakip.sop", LAKIP);
		WorkspaceEdit edit = languageServer.rename(new RenameParams(new TextDocumentIdentifier(lakip),
				position(LAKIP, "1 mulai kadis", 9), "kepala")).get();
		Assertions.assertEquals(Map.of(lakip, LAKIP.replace("\t\tkadis \"Kepala", "\t\tkepala \"Kepala")
				.replace("1 mulai kadis", "1 mulai kepala").replace("7 keputusan kadis", "7 keputusan kepala")
				.replace("9 kadis", "9 kepala")), applyAll(edit));
	}

	@Test
	void theOutlineShowsTheSopItsPelaksanaAndItsSteps() throws Exception {
		startWorkspace(null);
		String uri = openFile("lakip.sop", LAKIP);
		List<DocumentSymbol> symbols = languageServer.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
				.get().stream().map(s -> s.getRight()).toList();
		Assertions.assertEquals(1, symbols.size());
		DocumentSymbol sop = symbols.get(0);
		Assertions.assertEquals("Lakip Module Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP)",
				sop.getName() + " " + sop.getKind() + " " + sop.getDetail());
		List<String> children = sop.getChildren().stream().map(s -> s.getName() + " " + s.getKind() + " " + s.getDetail()).toList();
		Assertions.assertEquals(15, children.size(), children::toString);
		Assertions.assertEquals(List.of("kadis Field Kepala Dinas", "sekretaris Field Sekretaris",
				"perencana Field Fungsional Perencana", "staf Field Staf",
				"Langkah 1 Event mulai: Memerintahkan penyusunan LAKIP"), children.subList(0, 5));
		Assertions.assertEquals("Langkah 7 Event keputusan: Mengoreksi Dokumen LAKIP", children.get(10));
		Assertions.assertEquals(SymbolKind.Event, sop.getChildren().get(14).getKind());
	}

	@Test
	void blocksAndCommentsFold() throws Exception {
		startWorkspace(null);
		String uri = openFile("lakip.sop", LAKIP);
		List<FoldingRange> ranges = languageServer.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))).get();
		List<String> folds = ranges.stream().sorted(Comparator.comparingInt(FoldingRange::getStartLine))
				.map(r -> r.getStartLine() + "-" + r.getEndLine()).collect(Collectors.toList());
		// The runs of comment lines (0-1, 17-18, ...), the SOP (2-115), the blocks of the identity page (dasar hukum
		// 12-26 ... pencatatan 47-49), pelaksana (50-55), prosedur (56-114) and every step (57-60, 63-66, ...).
		Assertions.assertEquals(List.of("0-1", "2-115", "12-26", "17-18", "23-24", "27-30", "32-34", "35-42", "44-46", "47-49",
				"50-55", "56-114", "57-60", "61-62", "63-66", "67-68", "69-72", "73-76", "77-80", "81-84", "85-86", "87-92",
				"94-98", "99-103", "104-105", "106-109", "110-113"), folds);
		Assertions.assertEquals("comment", ranges.stream().filter(r -> r.getStartLine() == 0).findFirst().orElseThrow().getKind());
	}

	@Test
	void formattingRestoresTheCanonicalLayout() throws Exception {
		startWorkspace(null);
		String messy = LAKIP.replace("\n\t\t\t", "\n   ").replace("waktu 10 menit", "waktu   10    menit");
		String uri = openFile("lakip.sop", messy);
		List<? extends org.eclipse.lsp4j.TextEdit> edits = languageServer.formatting(new DocumentFormattingParams(
				new TextDocumentIdentifier(uri), new FormattingOptions(4, false))).get();
		Assertions.assertEquals(LAKIP, Sops.applyEdits(messy, edits));
	}

	private List<String> completion(String uri, String text, String before, CompletionItemKind kind) throws Exception {
		return languageServer.completion(new CompletionParams(new TextDocumentIdentifier(uri), position(text, before, before.length())))
				.get().getRight().getItems().stream().filter(i -> i.getKind() == kind)
				.map(i -> i.getLabel() + " · " + i.getDetail()).toList();
	}

	private String hover(String uri, String text, String at, int column) throws Exception {
		Hover hover = languageServer.hover(new HoverParams(new TextDocumentIdentifier(uri), position(text, at, column))).get();
		return hover.getContents().getRight().getValue();
	}

	private List<String> definition(String uri, String text, String at, int column) throws Exception {
		return languageServer.definition(new DefinitionParams(new TextDocumentIdentifier(uri), position(text, at, column))).get()
				.getLeft().stream().map(LanguageServerFeaturesTest::location).toList();
	}

	private List<String> references(String uri, String text, String at, int column) throws Exception {
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(uri), position(text, at, column), new ReferenceContext(false));
		return languageServer.references(params).get().stream().map(LanguageServerFeaturesTest::location).sorted().toList();
	}

	private static String location(Location location) {
		Range range = location.getRange();
		return location.getUri() + " " + range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-"
				+ range.getEnd().getLine() + ":" + range.getEnd().getCharacter();
	}

	/** The texts of the workspace files a workspace edit changes, after the change. */
	private Map<String, String> applyAll(WorkspaceEdit edit) {
		Map<String, String> changed = new java.util.HashMap<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> changed.put(uri, Sops.applyEdits(current(uri), edits)));
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().forEach(change -> {
				String uri = change.getLeft().getTextDocument().getUri();
				changed.put(uri, Sops.applyEdits(current(uri), change.getLeft().getEdits()));
			});
		}
		return changed;
	}

	private String current(String uri) {
		return uri.equals(uri("lakip.sop")) ? LAKIP : Sops.read(Sops.example(uri.substring(uri.lastIndexOf('/') + 1)));
	}
}
