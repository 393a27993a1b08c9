package org.dinsos.sop.tests.server;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.dinsos.sop.tests.support.LanguageServerTestBase;
import org.dinsos.sop.tests.support.Sops;
import org.dinsos.sop.validation.SopIssueCodes;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The real language server, in process: what a VS Code user gets for the validator's problems. */
class LanguageServerTest extends LanguageServerTestBase {

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
		String uri = openUji();
		List<String> codes = diagnostics(uri).stream().map(d -> d.getCode().getLeft()).sorted().toList();
		// No identity, an unknown actor, an unknown unit, a gap in the numbers, a decision without Ya (so
		// that step 4 is never reached and steps 1 and 3 never reach the end).
		Assertions.assertEquals(List.of(SopIssueCodes.BUNTU, SopIssueCodes.BUNTU, SopIssueCodes.TIDAK_TERJANGKAU,
				SopIssueCodes.IDENTITAS_KOSONG, SopIssueCodes.IDENTITAS_KOSONG, SopIssueCodes.IDENTITAS_KOSONG,
				SopIssueCodes.IDENTITAS_KOSONG, SopIssueCodes.KEPUTUSAN_TANPA_YA, SopIssueCodes.NOMOR_LANGKAH_TERLEWAT,
				SopIssueCodes.PELAKSANA_TIDAK_DIKENAL, SopIssueCodes.SATUAN_TIDAK_DIKENAL), codes);
		Diagnostic unit = diagnostic(uri, SopIssueCodes.SATUAN_TIDAK_DIKENAL);
		Assertions.assertEquals("Satuan waktu 'mnt' tidak dikenal; maksudnya 'menit'? Gunakan menit, jam, hari, hari kerja, minggu atau bulan.",
				unit.getMessage());
		Assertions.assertEquals(new Range(new Position(6, 12), new Position(6, 15)), unit.getRange());
	}

	/**
	 * The server validates after answering the reads behind a change; a change of another file right after
	 * cancels that validation, and the first file still gets the diagnostics of its new text.
	 */
	@Test
	void aFileChangedRightBeforeAnotherStillGetsTheDiagnosticsOfItsNewText() throws Exception {
		String uji = openUji();
		String lain = openNewFile("lain.sop", SOP.replace("sop Uji", "sop Lain"));
		Assertions.assertTrue(codes(diagnostics(uji)).contains(SopIssueCodes.SATUAN_TIDAK_DIKENAL));
		published.clear();

		change(uji, SOP.replace("waktu 90 mnt", "waktu 90 menit"));
		change(lain, SOP.replace("sop Uji", "sop Lain").replace("waktu 1 jam", "waktu 2 jam"));

		Assertions.assertTrue(publishes(uji, diagnostics -> !codes(diagnostics).contains(SopIssueCodes.SATUAN_TIDAK_DIKENAL)),
				"no diagnostics of the changed text of uji.sop");
	}

	/**
	 * A file opened as saved is answered from what the workspace build parsed, not parsed again; an edit after
	 * that, and a file opened with an unsaved change, show the editor's text.
	 */
	@Test
	void aFileOpenedAsSavedOrWithAnUnsavedChangeHasTheDiagnosticsOfTheEditorsText() throws Exception {
		String fixed = SOP.replace("waktu 90 mnt", "waktu 90 menit");
		String uri = writeFile("uji.sop", SOP);
		startOnEmptyWorkspace();
		Assertions.assertTrue(codes(diagnostics(uri)).contains(SopIssueCodes.SATUAN_TIDAK_DIKENAL));

		open(uri, SOP);
		change(uri, fixed);
		Assertions.assertTrue(publishes(uri, diagnostics -> !codes(diagnostics).contains(SopIssueCodes.SATUAN_TIDAK_DIKENAL)),
				"no diagnostics of the edit after opening the saved file");

		close(uri);
		Assertions.assertTrue(publishes(uri, diagnostics -> codes(diagnostics).contains(SopIssueCodes.SATUAN_TIDAK_DIKENAL)),
				"no diagnostics of the saved text after closing");
		open(uri, fixed);
		Assertions.assertTrue(publishes(uri, diagnostics -> !codes(diagnostics).contains(SopIssueCodes.SATUAN_TIDAK_DIKENAL)),
				"no diagnostics of the unsaved change the file was opened with");
	}

	@Test
	void everyQuickFixIsACodeActionThatEditsTheText() throws Exception {
		String uri = openUji();
		Assertions.assertEquals("""
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
						kabid "Kabid"
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
				""", applyFix(uri, SopIssueCodes.PELAKSANA_TIDAK_DIKENAL, "Tambahkan pelaksana ini ke bagian pelaksana"));
		Assertions.assertEquals("""
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai kabid "Memerintahkan"
							waktu 90 menit
						3 keputusan kadis "Memeriksa"
							waktu 1 jam
							tidak ke 1
						4 selesai kadis "Mengarsipkan"
							waktu 10 menit
					}
				}
				""", applyFix(uri, SopIssueCodes.SATUAN_TIDAK_DIKENAL, "Ganti dengan satuan yang dikenal"));
		Assertions.assertEquals("""
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai kabid "Memerintahkan"
							waktu 90 mnt
						2 keputusan kadis "Memeriksa"
							waktu 1 jam
							tidak ke 1
						3 selesai kadis "Mengarsipkan"
							waktu 10 menit
					}
				}
				""", applyFix(uri, SopIssueCodes.NOMOR_LANGKAH_TERLEWAT, "Nomori ulang semua langkah 1..n"));
		Assertions.assertEquals("""
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai kabid "Memerintahkan"
							waktu 90 mnt
						3 keputusan kadis "Memeriksa"
							waktu 1 jam
							ya ke 4
							tidak ke 1
						4 selesai kadis "Mengarsipkan"
							waktu 10 menit
					}
				}
				""", applyFix(uri, SopIssueCodes.KEPUTUSAN_TANPA_YA, "Tambahkan cabang Ya"));
	}

	/** Every diagnostics notification of the server, in the order sent. */
	private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

	@Override
	public void notify(String method, Object parameter) {
		super.notify(method, parameter);
		if (parameter instanceof PublishDiagnosticsParams diagnostics) {
			published.add(diagnostics);
		}
	}

	private void change(String uri, String text) {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** Whether the server publishes, within a minute of each other, diagnostics of the file that are as wanted. */
	private boolean publishes(String uri, Predicate<List<Diagnostic>> wanted) throws InterruptedException {
		for (PublishDiagnosticsParams next = published.poll(1, TimeUnit.MINUTES); next != null; next = published.poll(1, TimeUnit.MINUTES)) {
			if (next.getUri().equals(uri) && wanted.test(next.getDiagnostics())) {
				return true;
			}
		}
		return false;
	}

	private static List<String> codes(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.getCode().getLeft()).toList();
	}

	private String openUji() {
		startOnEmptyWorkspace();
		return openNewFile("uji.sop", SOP);
	}

	/** Asks the server for the code actions of one diagnostic and applies the one with the label. */
	private String applyFix(String uri, String code, String label) throws Exception {
		Diagnostic diagnostic = diagnostic(uri, code);
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		CodeAction action = languageServer.codeAction(params).get().stream().filter(Either::isRight).map(Either::getRight)
				.filter(a -> label.equals(a.getTitle())).findFirst().orElseThrow();
		return Sops.applyEdits(SOP, action.getEdit().getChanges().get(uri));
	}
}
