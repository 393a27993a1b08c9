package org.dinsos.sop.ide.server;

import java.util.concurrent.CompletableFuture;

import org.dinsos.sop.validation.SeverityPreferences;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceServiceProvider;

/**
 * Xtext's language server, also taking the client's SOP settings and the office's sop.properties, answering
 * an unknown request as such and refusing a change that does not fit the document.
 */
public class SopLanguageServer extends LanguageServerImpl {

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		settings().update(params.getInitializationOptions());
		return super.initialize(params);
	}

	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		settings().update(params.getSettings());
		super.didChangeConfiguration(params);
	}

	/** A changed sop.properties changes the severities of problems: every SOP is checked again. */
	@Override
	public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
		super.didChangeWatchedFiles(params);
		if (params.getChanges().stream().anyMatch(change -> change.getUri().endsWith("/" + SeverityPreferences.FILE))) {
			super.didChangeConfiguration(new DidChangeConfigurationParams());
		}
	}

	/** A request no part of the server knows is answered MethodNotFound, not as an internal error. */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!getExtensionProviders().containsKey(method)) {
			return CompletableFuture.failedFuture(ServerErrors.refusal(ResponseErrorCode.MethodNotFound,
					"Permintaan '" + method + "' tidak dikenal server bahasa SOP."));
		}
		return super.request(method, parameter);
	}

	/**
	 * A change whose range lies outside the document is refused as a whole: the server keeps the text it had
	 * and tells the user, since it cannot know what the editor holds.
	 */
	@Override
	protected Buildable toBuildable(DidChangeTextDocumentParams params) {
		try {
			return super.toBuildable(params);
		} catch (IndexOutOfBoundsException outside) {
			getLanguageClient().showMessage(new MessageParams(MessageType.Error, "Perubahan teks "
					+ params.getTextDocument().getUri() + " ditolak: posisinya di luar isi berkas. Server tetap memakai "
					+ "teks sebelumnya; tutup lalu buka lagi berkas ini."));
			return Buildable.NO_BUILD;
		}
	}

	/** The settings object of the SOP language, which its hover and code lens read. */
	private SopSettings settings() {
		IResourceServiceProvider language = getLanguagesRegistry().getResourceServiceProvider(URI.createURI("x.sop"));
		return language.get(SopSettings.class);
	}
}
