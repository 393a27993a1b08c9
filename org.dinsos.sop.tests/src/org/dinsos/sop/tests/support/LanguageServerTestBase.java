package org.dinsos.sop.tests.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.dinsos.sop.ide.server.DeferredValidation;
import org.dinsos.sop.ide.server.SopServerModule;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;
import org.junit.jupiter.api.Assertions;

import com.google.inject.Inject;
import com.google.inject.Module;

/**
 * The real language server in process, as VS Code runs it, on a workspace folder of its own: start it,
 * open SOP texts, ask, and read the diagnostics it published. Xtext's base shuts it down after each test.
 */
public abstract class LanguageServerTestBase extends AbstractLanguageServerTest {

	@Inject
	private DeferredValidation validation;

	protected LanguageServerTestBase() {
		super("sop");
	}

	@Override
	protected Module getServerModule() {
		return SopServerModule.of(Sops.INJECTOR);
	}

	/** Starts the server on an empty workspace. */
	protected void startOnEmptyWorkspace() {
		initialize();
	}

	/** Starts the server on a workspace holding a copy of the examples. */
	protected void startOnExamples() {
		startOnExamples(params -> {
		});
	}

	/** Starts the server on a copy of the examples, the client's initialize request set up by `client`. */
	protected void startOnExamples(Procedure1<? super InitializeParams> client) {
		for (Path example : Sops.exampleFiles()) {
			writeFile(example.getFileName().toString(), Sops.read(example));
		}
		initialize(client);
	}

	/** Opens a file of the workspace in the editor, with the given text (unsaved, as typed); its URI. */
	protected String openFile(String fileName, String text) {
		String uri = uri(fileName);
		open(uri, text);
		return uri;
	}

	/** Saves a new file into the workspace and opens it in the editor; its URI. */
	protected String openNewFile(String fileName, String text) {
		String uri = writeFile(fileName, text);
		open(uri, text);
		return uri;
	}

	protected String uri(String fileName) {
		return workspaceFile(fileName).toUri().toString();
	}

	protected Path workspaceFile(String fileName) {
		return root.toPath().resolve(fileName);
	}

	/**
	 * The diagnostics the server published, once it has validated what it built: the server validates after
	 * answering the reads queued behind a change, so a test asking right after a change waits for that.
	 */
	@Override
	protected Map<String, List<Diagnostic>> getDiagnostics() {
		try {
			languageServer.getRequestManager().runRead(validation::validatePending).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e);
		}
		return super.getDiagnostics();
	}

	/** The diagnostics the server last published for a file. */
	protected List<Diagnostic> diagnostics(String uri) {
		return getDiagnostics().get(uri);
	}

	/** The first diagnostic with the given code the server published for a file. */
	protected Diagnostic diagnostic(String uri, String code) {
		return diagnostics(uri).stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst().orElseThrow();
	}

	/** The position `column` characters into the first occurrence of `at`. */
	protected static Position position(String text, String at, int column) {
		int offset = text.indexOf(at);
		Assertions.assertTrue(offset >= 0, at);
		offset += column;
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		return new Position(line, offset - text.lastIndexOf('\n', offset - 1) - 1);
	}
}
