package org.dinsos.sop.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's request manager (writes one after the other, each cancelling the requests before it; reads in
 * parallel after the writes before them), with the validation of what a write built as a read of its own
 * behind every write: a hover sent right after a change waits for the parse and link, not for validation.
 */
@Singleton
public class SopRequestManager extends RequestManager {

	private final DeferredValidation validation;

	@Inject
	public SopRequestManager(ExecutorService parallel, OperationCanceledManager operationCanceledManager, DeferredValidation validation) {
		super(parallel, operationCanceledManager);
		this.validation = validation;
	}

	@Override
	public synchronized <U, V> CompletableFuture<V> runWrite(Function0<? extends U> nonCancellable,
			Function2<? super CancelIndicator, ? super U, ? extends V> cancellable) {
		CompletableFuture<V> write = super.runWrite(nonCancellable, cancellable);
		runRead(validation::validatePending);
		return write;
	}
}
