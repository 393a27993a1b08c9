package org.dinsos.sop.ide.server;

import java.util.concurrent.CompletableFuture;

import org.dinsos.sop.validation.SeverityPreferences;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceServiceProvider;

/** Xtext's language server, also taking the client's SOP settings and the office's sop.properties. */
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

	/** The settings object of the SOP language, which its hover and code lens read. */
	private SopSettings settings() {
		IResourceServiceProvider language = getLanguagesRegistry().getResourceServiceProvider(URI.createURI("x.sop"));
		return language.get(SopSettings.class);
	}
}
