package org.dinsos.sop.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dinsos.sop.quickfix.QuickFix;
import org.dinsos.sop.text.TextEdit;
import org.eclipse.xtext.ui.editor.model.IXtextDocument;
import org.eclipse.xtext.ui.editor.quickfix.DefaultQuickfixProvider;
import org.eclipse.xtext.ui.editor.quickfix.IssueResolution;
import org.eclipse.xtext.ui.editor.quickfix.IssueResolutionAcceptor;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The Eclipse editor's quick fixes: the table {@link QuickFix#ALL} the language server offers too, besides
 * Xtext's own fixes for names that do not resolve.
 */
public class SopQuickfixProvider extends DefaultQuickfixProvider {

	@Inject
	private Provider<IssueResolutionAcceptor> acceptors;

	@Override
	public boolean hasResolutionFor(String issueCode) {
		return !QuickFix.forCode(issueCode).isEmpty() || super.hasResolutionFor(issueCode);
	}

	@Override
	public List<IssueResolution> getResolutions(Issue issue) {
		IssueResolutionAcceptor acceptor = acceptors.get();
		QuickFix.forCode(issue.getCode()).forEach(fix -> accept(issue, fix, acceptor));
		List<IssueResolution> resolutions = new ArrayList<>(acceptor.getIssueResolutions());
		resolutions.addAll(super.getResolutions(issue));
		return resolutions;
	}

	/** Computes the fix's edits on the editor's model, then makes them in the document from the end backwards. */
	private static void accept(Issue issue, QuickFix fix, IssueResolutionAcceptor acceptor) {
		acceptor.accept(issue, fix.title(), fix.title(), null, context -> {
			IXtextDocument document = context.getXtextDocument();
			List<TextEdit> edits = document.readOnly(
					resource -> fix.edits().apply(resource.getEObject(issue.getUriToProblem().fragment())));
			for (TextEdit edit : edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed()).toList()) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		});
	}
}
