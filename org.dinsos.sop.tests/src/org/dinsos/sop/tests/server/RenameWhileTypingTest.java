package org.dinsos.sop.tests.server;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.dinsos.sop.ide.server.SopLanguageServer;
import org.dinsos.sop.ide.server.SopServerModule;
import org.dinsos.sop.tests.support.LanguageServerTestBase;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.inject.Module;

/**
 * A change typed while the server works on a rename (F2, then typing on before the box opens): the server
 * answers the rename, takes the change, and goes on answering. The server here holds each rename at its
 * start until the test has typed, so that the change always comes in the middle.
 */
class RenameWhileTypingTest extends LanguageServerTestBase {

	private static final String LAKIP = Sops.read(Sops.example("lakip.sop"));
	private static final String TYPED = "// diubah\n";
	private static final int SECONDS = 30;

	private static CountDownLatch renameStarted;
	private static CountDownLatch changeTyped;

	/** The language server, holding a rename in its read request until the test has typed a change. */
	public static class HesitantServer extends SopLanguageServer {

		@Override
		protected Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameParams params,
				CancelIndicator cancelIndicator) {
			hold();
			return super.prepareRename(params, cancelIndicator);
		}

		@Override
		protected WorkspaceEdit rename(RenameParams params, CancelIndicator cancelIndicator) {
			hold();
			return super.rename(params, cancelIndicator);
		}

		private static void hold() {
			renameStarted.countDown();
			try {
				changeTyped.await(SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	protected Module getServerModule() {
		return Modules2.mixin(SopServerModule.of(Sops.INJECTOR),
				binder -> binder.bind(LanguageServerImpl.class).to(HesitantServer.class));
	}

	@BeforeEach
	void startAsVsCodeDoes() {
		renameStarted = new CountDownLatch(1);
		changeTyped = new CountDownLatch(1);
		startOnExamples(params -> {
			// VS Code asks for the range to rename before it opens the rename box.
			TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
			textDocument.setRename(new RenameCapabilities(true, false));
			params.getCapabilities().setTextDocument(textDocument);
		});
	}

	@Test
	void aChangeTypedWhileTheRenameBoxOpensLeavesTheServerAnswering() throws Exception {
		String lakip = openFile("lakip.sop", LAKIP);
		TextDocumentIdentifier document = new TextDocumentIdentifier(lakip);
		CompletableFuture<?> prepared = languageServer.prepareRename(new PrepareRenameParams(document, declarationOfKadis(0)));
		typeWhileHeld(lakip);
		answered(prepared, "textDocument/prepareRename");
		Assertions.assertEquals(new Range(declarationOfKadis(1), new Position(declarationOfKadis(1).getLine(), 7)),
				languageServer.prepareRename(new PrepareRenameParams(document, declarationOfKadis(1)))
						.get(SECONDS, TimeUnit.SECONDS).getFirst());
	}

	@Test
	void aChangeTypedWhileARenameIsComputedLeavesTheServerAnswering() throws Exception {
		String lakip = openFile("lakip.sop", LAKIP);
		TextDocumentIdentifier document = new TextDocumentIdentifier(lakip);
		CompletableFuture<?> renamed = languageServer.rename(new RenameParams(document, declarationOfKadis(0), "kepala"));
		typeWhileHeld(lakip);
		answered(renamed, "textDocument/rename");
		WorkspaceEdit edit = languageServer.rename(new RenameParams(document, declarationOfKadis(1), "kepala"))
				.get(SECONDS, TimeUnit.SECONDS);
		Assertions.assertEquals(4, edit.getChanges().get(lakip).size(), "the rename's edits: " + edit);
	}

	/** Where "kadis" is declared, `linesAdded` lines below its place in the example. */
	private static Position declarationOfKadis(int linesAdded) {
		Position declared = position(LAKIP, "\t\tkadis \"Kepala", 2);
		return new Position(declared.getLine() + linesAdded, declared.getCharacter());
	}

	/** Types a comment line at the top of the file once the server holds the rename, then lets it go on. */
	private void typeWhileHeld(String uri) throws InterruptedException {
		Assertions.assertTrue(renameStarted.await(SECONDS, TimeUnit.SECONDS), "the server did not start the rename");
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(new Range(new Position(0, 0), new Position(0, 0)), TYPED))));
		changeTyped.countDown();
	}

	/** The request is answered, or cancelled by the change as VS Code expects; not left waiting. */
	private static void answered(CompletableFuture<?> request, String method) throws InterruptedException {
		try {
			request.get(SECONDS, TimeUnit.SECONDS);
		} catch (ExecutionException | CancellationException cancelledByTheChange) {
			// Either answer lets VS Code go on.
		} catch (TimeoutException e) {
			Assertions.fail(method + " sent before the change got no answer in " + SECONDS + " s: the server stopped answering");
		}
	}
}
