package org.dinsos.sop.ide.quickfix;

import java.util.List;

import org.dinsos.sop.quickfix.QuickFix;
import org.dinsos.sop.text.TextEdit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The code actions the language server offers: the table {@link QuickFix#ALL}, as LSP text edits. */
public class SopQuickfixProvider implements IQuickFixProvider {

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return !QuickFix.forCode(code(diagnostic)).isEmpty();
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		for (QuickFix fix : QuickFix.forCode(code(diagnostic))) {
			acceptor.accept(fix.title(), (problem, element, document) -> fix.edits().apply(element).stream()
					.map(edit -> toLsp(edit, document)).toList());
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	private static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null || !diagnostic.getCode().isLeft() ? "" : diagnostic.getCode().getLeft();
	}

	private static org.eclipse.lsp4j.TextEdit toLsp(TextEdit edit, Document document) {
		Position start = document.getPosition(edit.offset());
		Position end = document.getPosition(edit.offset() + edit.length());
		return new org.eclipse.lsp4j.TextEdit(new Range(start, end), edit.text());
	}
}
