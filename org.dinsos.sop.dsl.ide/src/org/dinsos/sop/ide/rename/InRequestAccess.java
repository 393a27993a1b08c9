package org.dinsos.sop.ide.rename;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;

/**
 * The server's access for code that runs inside a read request: a file is read right there instead of in a
 * read request of its own, which a change queued meanwhile would keep waiting for this one to end.
 */
final class InRequestAccess implements ILanguageServerAccess {

	private final ILanguageServerAccess server;

	InRequestAccess(ILanguageServerAccess server) {
		this.server = server;
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		try {
			return CompletableFuture.completedFuture(server.doSyncRead(uri, function));
		} catch (RuntimeException failed) {
			return CompletableFuture.failedFuture(failed);
		}
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		return server.doSyncRead(uri, function);
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		return server.doReadIndex(function);
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		server.addBuildListener(listener);
	}

	@Override
	public void removeBuildListener(IBuildListener listener) {
		server.removeBuildListener(listener);
	}

	@Override
	public LanguageClient getLanguageClient() {
		return server.getLanguageClient();
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return server.newLiveScopeResourceSet(uri);
	}

	@Override
	public InitializeParams getInitializeParams() {
		return server.getInitializeParams();
	}

	@Override
	public InitializeResult getInitializeResult() {
		return server.getInitializeResult();
	}
}
