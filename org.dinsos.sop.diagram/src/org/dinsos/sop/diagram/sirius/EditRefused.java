package org.dinsos.sop.diagram.sirius;

/**
 * A diagram gesture that the SOP's text does not take; the message says why, in Bahasa Indonesia.
 * Thrown out of a Sirius tool, it rolls the tool's command back and shows the message.
 */
public class EditRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EditRefused(String message) {
		super(message);
	}
}
