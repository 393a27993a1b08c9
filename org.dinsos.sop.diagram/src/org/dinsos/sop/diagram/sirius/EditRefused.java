package org.dinsos.sop.diagram.sirius;

/**
 * A diagram gesture that the SOP's text does not take; the message says why, in Bahasa Indonesia. A service
 * throws it before it changes anything, so the text, the model and the diagram stay as they were. In Eclipse,
 * Sirius hands the exception of a tool's expression to its runtime loggers, and the one of
 * org.dinsos.sop.diagram.design shows the message to the user.
 */
public class EditRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EditRefused(String message) {
		super(message);
	}
}
