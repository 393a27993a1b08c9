package org.dinsos.sop.diagram.edit;

import java.util.List;

import org.dinsos.sop.text.TextEdit;

/**
 * What an edit operation comes to: either refused, with the reason in Bahasa Indonesia and no edits,
 * or the replacements to make in the file's text, each relative to the text the operation was given.
 */
public record EditResult(String refusal, List<TextEdit> edits) {

	public static EditResult refused(String refusal) {
		return new EditResult(refusal, List.of());
	}

	public static EditResult accepted(List<TextEdit> edits) {
		return new EditResult(null, List.copyOf(edits));
	}

	public boolean isRefused() {
		return refusal != null;
	}
}
