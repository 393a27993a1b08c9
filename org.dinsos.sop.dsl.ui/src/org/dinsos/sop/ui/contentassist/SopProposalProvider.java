package org.dinsos.sop.ui.contentassist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dinsos.sop.ide.contentassist.SopContentProposalProvider;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.xtext.ui.editor.contentassist.ConfigurableCompletionProposal;
import org.eclipse.xtext.ui.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ui.editor.contentassist.UiToIdeContentProposalProvider;

/**
 * The editor's completion: the language server's proposals ({@link SopContentProposalProvider}: keywords, the
 * pelaksana at a step's actor, step numbers at branch targets, time units, SOPs of the workspace, snippets of
 * whole constructs), through Xtext's bridge from the Eclipse editor to the generic IDE provider.
 *
 * A snippet is written in the LSP snippet syntax (tab stops ${1:text}, choices ${2|a,b|}); the Eclipse editor
 * inserts it as plain text with each tab stop's default or first choice, indented like the line it goes into,
 * and selects the first tab stop's text.
 */
public class SopProposalProvider extends UiToIdeContentProposalProvider {

	/** ${1:default}, ${1|first,second|}, ${1} or $1. */
	private static final Pattern TAB_STOP = Pattern.compile("\\$\\{(\\d+)(?::([^}]*)|\\|([^|}]*)[^}]*\\|)?}|\\$(\\d+)");

	@Override
	protected ConfigurableCompletionProposal doCreateProposal(String proposal, StyledString displayString, Image image,
			int priority, ContentAssistContext context) {
		if (proposal == null || !TAB_STOP.matcher(proposal).find()) {
			return super.doCreateProposal(proposal, displayString, image, priority, context);
		}
		String indented = proposal.replace("\n", "\n" + indentation(context));
		StringBuilder text = new StringBuilder();
		int selectionStart = -1;
		int selectionLength = 0;
		Matcher matcher = TAB_STOP.matcher(indented);
		int end = 0;
		while (matcher.find()) {
			text.append(indented, end, matcher.start());
			String value = matcher.group(2) != null ? matcher.group(2)
					: matcher.group(3) != null ? matcher.group(3).split(",")[0] : "";
			if (selectionStart < 0) {
				selectionStart = text.length();
				selectionLength = value.length();
			}
			text.append(value);
			end = matcher.end();
		}
		text.append(indented.substring(end));
		ConfigurableCompletionProposal result = super.doCreateProposal(text.toString(), displayString, image, priority,
				context);
		if (result != null && selectionStart >= 0) {
			result.setCursorPosition(selectionStart);
			result.setSelectionStart(result.getReplacementOffset() + selectionStart);
			result.setSelectionLength(selectionLength);
		}
		return result;
	}

	/** The leading white space of the line the proposal goes into. */
	private static String indentation(ContentAssistContext context) {
		IDocument document = context.getDocument();
		try {
			IRegion line = document.getLineInformationOfOffset(context.getOffset());
			String head = document.get(line.getOffset(), line.getLength());
			int i = 0;
			while (i < head.length() && (head.charAt(i) == ' ' || head.charAt(i) == '\t')) {
				i++;
			}
			return head.substring(0, i);
		} catch (BadLocationException e) {
			return "";
		}
	}
}
