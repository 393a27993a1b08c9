package org.dinsos.sop.importer;

/** A source that cannot be imported, with the reason in the user's words (Bahasa Indonesia). */
public final class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ImportException(String message) {
		super(message);
	}

	public ImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
