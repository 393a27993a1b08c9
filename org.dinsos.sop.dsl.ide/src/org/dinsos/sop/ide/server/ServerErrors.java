package org.dinsos.sop.ide.server;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * What a client reads when a request fails: the reason in Bahasa Indonesia, never a Java stack trace or an
 * English text of a library. A refusal the server gives on purpose ({@link #refusal}) keeps its code and
 * message; an error of Xtext or lsp4j keeps its code and is told in Bahasa Indonesia by that code; any other
 * exception is an internal error. The original text and stack trace go to the server's log (stderr) only.
 */
public final class ServerErrors {

	private static final Logger LOG = Logger.getLogger(ServerErrors.class);

	static final String INTERNAL = "Server bahasa SOP gagal menjawab permintaan ini karena kesalahan di dalam server; "
			+ "rinciannya ada di log server.";

	private ServerErrors() {
	}

	/** An error the SOP server answers on purpose: its message is written for the user. */
	private static final class Answer extends ResponseError {
		Answer(int code, String message) {
			super(code, message, null);
		}
	}

	/** The error answered for a request that failed with the throwable; for lsp4j's launcher. */
	public static ResponseError toResponseError(Throwable throwable) {
		Throwable cause = throwable;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof ResponseErrorException refusal) {
			return inBahasa(refusal.getResponseError());
		}
		LOG.error("Permintaan gagal", cause);
		return new Answer(ResponseErrorCode.InternalError.getValue(), INTERNAL);
	}

	/** A refusal of the SOP server, with the reason for the user. */
	public static ResponseErrorException refusal(ResponseErrorCode code, String message) {
		return new ResponseErrorException(new Answer(code.getValue(), message));
	}

	/**
	 * The error as the client may read it: a refusal of the SOP server as it is; any other (lsp4j's answer to
	 * a message it cannot read, Xtext's refusals) with its code, told in Bahasa Indonesia, without data.
	 */
	static ResponseError inBahasa(ResponseError error) {
		if (error instanceof Answer) {
			return error;
		}
		LOG.warn("Galat untuk klien: " + error.getCode() + " " + error.getMessage() + (error.getData() == null ? "" : " " + error.getData()));
		return new Answer(error.getCode(), message(error.getCode()));
	}

	private static String message(int code) {
		if (code == ResponseErrorCode.ParseError.getValue()) {
			return "Pesan ini tidak dapat dibaca server bahasa SOP: isinya bukan JSON-RPC yang sah atau parameternya tidak "
					+ "berbentuk seperti yang diminta LSP.";
		}
		if (code == ResponseErrorCode.InvalidRequest.getValue()) {
			return "Pesan ini bukan permintaan JSON-RPC yang sah.";
		}
		if (code == ResponseErrorCode.InvalidParams.getValue()) {
			return "Parameter permintaan ini tidak sesuai dengan yang diminta LSP.";
		}
		if (code == ResponseErrorCode.MethodNotFound.getValue()) {
			return "Permintaan ini tidak dikenal server bahasa SOP.";
		}
		if (code == ResponseErrorCode.RequestCancelled.getValue()) {
			return "Permintaan ini dibatalkan.";
		}
		if (code == ResponseErrorCode.ContentModified.getValue()) {
			return "Isi berkas berubah sebelum permintaan ini selesai; mintalah lagi.";
		}
		if (code == ResponseErrorCode.ServerNotInitialized.getValue()) {
			return "Server bahasa SOP belum siap: kirim initialize lebih dulu.";
		}
		return "Server bahasa SOP tidak dapat menjalankan permintaan ini; rinciannya ada di log server.";
	}
}
