package org.dinsos.sop.tests;

import java.util.List;
import java.util.concurrent.ExecutionException;

import org.dinsos.sop.ide.server.SopServerModule;
import org.dinsos.sop.text.TextEdit;
import org.dinsos.sop.validation.SopIssueCodes;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import com.google.inject.Module;

/** The real language server, in process: what a VS Code user gets for the validator's problems. */
class LanguageServerTest extends AbstractLanguageServerTest {

	LanguageServerTest() {
		super("sop");
	}

	@Override
	protected Module getServerModule() {
		return SopServerModule.of(Sops.INJECTOR);
	}

	private static final String SOP = """
			sop Uji "Uji" {
				pelaksana {
					kadis "Kepala Dinas"
				}
				prosedur {
					1 mulai kabid "Memerintahkan"
						waktu 90 mnt
					3 keputusan kadis "Memeriksa"
						waktu 1 jam
						tidak ke 1
					4 selesai kadis "Mengarsipkan"
						waktu 10 menit
				}
			}
			""";

	@Test
	void diagnosticsArePublishedWithTheirCodes() {
		String uri = openUji(SOP);
		List<String> codes = getDiagnostics().get(uri).stream().map(d -> d.getCode().getLeft()).sorted().toList();
		// No identity, an unknown actor, an unknown unit, a gap in the numbers, a decision without Ya (so
		// that step 4 is never reached and steps 1 and 3 never reach the end).
		Assertions.assertEquals(List.of(SopIssueCodes.BUNTU, SopIssueCodes.BUNTU, SopIssueCodes.TIDAK_TERJANGKAU,
				SopIssueCodes.IDENTITAS_KOSONG, SopIssueCodes.IDENTITAS_KOSONG, SopIssueCodes.IDENTITAS_KOSONG,
				SopIssueCodes.IDENTITAS_KOSONG, SopIssueCodes.KEPUTUSAN_TANPA_YA, SopIssueCodes.NOMOR_LANGKAH_TERLEWAT,
				SopIssueCodes.PELAKSANA_TIDAK_DIKENAL, SopIssueCodes.SATUAN_TIDAK_DIKENAL), codes);
		Diagnostic unit = getDiagnostics().get(uri).stream()
				.filter(d -> SopIssueCodes.SATUAN_TIDAK_DIKENAL.equals(d.getCode().getLeft())).findFirst().orElseThrow();
		Assertions.assertEquals("Satuan waktu 'mnt' tidak dikenal; maksudnya 'menit'? Gunakan menit, jam, hari, hari kerja, minggu atau bulan.",
				unit.getMessage());
		Assertions.assertEquals(new Range(new Position(6, 12), new Position(6, 15)), unit.getRange());
	}

	@Test
	void everyQuickFixIsACodeActionThatEditsTheText() throws Exception {
		String uri = openUji(SOP);
		Assertions.assertEquals(SOP.replace("\t\tkadis \"Kepala Dinas\"\n", "\t\tkadis \"Kepala Dinas\"\n\t\tkabid \"Kabid\"\n"),
				applyFix(uri, SopIssueCodes.PELAKSANA_TIDAK_DIKENAL, "Tambahkan pelaksana ini ke bagian pelaksana"));
		Assertions.assertEquals(SOP.replace("90 mnt", "90 menit"),
				applyFix(uri, SopIssueCodes.SATUAN_TIDAK_DIKENAL, "Ganti dengan satuan yang dikenal"));
		Assertions.assertEquals(SOP.replace("3 keputusan", "2 keputusan").replace("4 selesai", "3 selesai"),
				applyFix(uri, SopIssueCodes.NOMOR_LANGKAH_TERLEWAT, "Nomori ulang semua langkah 1..n"));
		Assertions.assertEquals(SOP.replace("\t\t\ttidak ke 1", "\t\t\tya ke 4\n\t\t\ttidak ke 1"),
				applyFix(uri, SopIssueCodes.KEPUTUSAN_TANPA_YA, "Tambahkan cabang Ya"));
	}

	private String openUji(String text) {
		initialize();
		String uri = writeFile("uji.sop", text);
		open(uri, text);
		return uri;
	}

	/** Asks the server for the code actions of one diagnostic and applies the one with the label. */
	private String applyFix(String uri, String code, String label) throws InterruptedException, ExecutionException {
		Diagnostic diagnostic = getDiagnostics().get(uri).stream().filter(d -> code.equals(d.getCode().getLeft()))
				.findFirst().orElseThrow();
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> actions = languageServer.codeAction(params).get();
		CodeAction action = actions.stream().filter(Either::isRight).map(Either::getRight)
				.filter(a -> label.equals(a.getTitle())).findFirst().orElseThrow();
		List<org.eclipse.lsp4j.TextEdit> edits = action.getEdit().getChanges().get(uri);
		return TextEdit.apply(SOP, edits.stream().map(edit -> new TextEdit(offset(edit.getRange().getStart()),
				offset(edit.getRange().getEnd()) - offset(edit.getRange().getStart()), edit.getNewText())).toList());
	}

	private static int offset(Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = SOP.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
