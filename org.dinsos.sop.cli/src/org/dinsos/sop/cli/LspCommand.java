package org.dinsos.sop.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.dinsos.sop.ide.server.MessageChecks;
import org.dinsos.sop.ide.server.ServerErrors;
import org.dinsos.sop.ide.server.SopServerModule;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `sop lsp`: the language server for VS Code and other editors, speaking LSP over stdin and stdout. */
@Command(name = "lsp", synopsisHeading = "Penggunaan: ",
		description = "Menjalankan server bahasa SOP (Language Server Protocol) lewat stdin/stdout, untuk VS Code dan editor lain.",
		footerHeading = "%nContoh:%n", footer = { "  java -jar sop.jar lsp" })
public class LspCommand implements Callable<Integer> {

	@Mixin
	private HelpOptions helpOptions;

	@Inject
	private Injector language;

	@Override
	public Integer call() throws Exception {
		// stdout carries only LSP messages: anything else printed goes to stderr, as the log does (see Logging).
		PrintStream lspOut = System.out;
		System.setOut(System.err);
		LanguageServerImpl server = Guice.createInjector(SopServerModule.of(language)).getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(System.in).setOutput(lspOut)
				.setExceptionHandler(ServerErrors::toResponseError).wrapMessages(new MessageChecks(server.supportedMethods().keySet()))
				.create();
		server.connect(launcher.getRemoteProxy());
		launcher.startListening().get();
		return 0;
	}
}
