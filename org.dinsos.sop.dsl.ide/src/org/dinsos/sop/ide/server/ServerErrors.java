package org.dinsos.sop.ide.server;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * What a client reads when a request fails: the reason in Bahasa Indonesia, never a Java stack trace. A
 * refusal the server gives on purpose keeps its code and message; anything else is an internal error whose
 * details go to the server's log (stderr) only.
 */
public final class ServerErrors {

	private static final Logger LOG = Logger.getLogger(ServerErrors.class);

	static final String INTERNAL = "Server bahasa SOP gagal menjawab permintaan ini karena kesalahan di dalam server; "
			+ "rinciannya ada di log server.";

	private ServerErrors() {
	}

	/** The error answered for a request that failed with the throwable; for lsp4j's launcher. */
	public static ResponseError toResponseError(Throwable throwable) {
		Throwable cause = throwable;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof ResponseErrorException refusal) {
			ResponseError error = refusal.getResponseError();
			return new ResponseError(error.getCode(), error.getMessage(), null);
		}
		LOG.error("Permintaan gagal", cause);
		return new ResponseError(ResponseErrorCode.InternalError, INTERNAL, null);
	}

	static ResponseErrorException refusal(ResponseErrorCode code, String message) {
		return new ResponseErrorException(new ResponseError(code, message, null));
	}
}
