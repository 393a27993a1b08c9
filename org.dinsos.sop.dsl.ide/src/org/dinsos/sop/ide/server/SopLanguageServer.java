package org.dinsos.sop.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceServiceProvider;

/** Xtext's language server, also taking the client's SOP settings (the working-day length). */
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

	/** The settings object of the SOP language, which its hover and code lens read. */
	private SopSettings settings() {
		IResourceServiceProvider language = getLanguagesRegistry().getResourceServiceProvider(URI.createURI("x.sop"));
		return language.get(SopSettings.class);
	}
}
