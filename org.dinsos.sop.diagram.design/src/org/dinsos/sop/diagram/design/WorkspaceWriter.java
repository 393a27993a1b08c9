package org.dinsos.sop.diagram.design;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import org.dinsos.sop.diagram.sirius.EditRefused;
import org.dinsos.sop.diagram.sirius.SourceFile;
import org.dinsos.sop.text.TextEdit;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.transaction.TransactionalEditingDomain;
import org.eclipse.emf.transaction.util.TransactionUtil;
import org.eclipse.emf.workspace.IWorkspaceCommandStack;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.ui.editor.XtextEditor;

/**
 * Makes the text edits of a diagram tool the Eclipse way, once the tool's Sirius command is over:
 * <ul>
 * <li>an SOP editor is open on the file: the edits go into its document as one change, which the editor's Undo takes
 * back (and, since the change also carries the diagram's undo context, so does Undo in the diagram); the file is
 * saved when the user saves the editor;</li>
 * <li>no editor: the file's new text goes through the workspace ({@link IFile#setContents}) as an undoable
 * operation in the diagram's undo context.</li>
 * </ul>
 * Either way the diagram then follows the text ({@link TextSync}). Edits are relative to the text the diagram's
 * model was parsed from; when the document or file has changed since, nothing is written and the user is told.
 */
final class WorkspaceWriter implements SourceFile.Writer {

	@Override
	public void write(XtextResource resource, List<TextEdit> edits) {
		IFile file = SopFiles.file(resource.getURI());
		if (file == null || !file.exists()) {
			throw new EditRefused("SOP " + resource.getURI() + " bukan berkas di workspace; diagram hanya dapat mengubah "
					+ "berkas .sop di workspace.");
		}
		String text = resource.getParseResult().getRootNode().getText();
		IUndoContext diagram = undoContext(TransactionUtil.getEditingDomain(resource));
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> apply(file, text, edits, diagram));
	}

	private static IUndoContext undoContext(TransactionalEditingDomain domain) {
		return domain != null && domain.getCommandStack() instanceof IWorkspaceCommandStack stack
				? stack.getDefaultUndoContext() : null;
	}

	private static void apply(IFile file, String text, List<TextEdit> edits, IUndoContext diagram) {
		XtextEditor editor = SopFiles.editor(file);
		if (editor != null) {
			applyToDocument(editor.getDocument(), text, edits, diagram);
		} else {
			applyToFile(file, text, edits, diagram);
		}
	}

	private static void applyToDocument(IDocument document, String text, List<TextEdit> edits, IUndoContext diagram) {
		if (!document.get().equals(text)) {
			Refusals.show(changedSince());
			return;
		}
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			for (TextEdit edit : edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed()).toList()) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
		if (undo != null && diagram != null) {
			undo.commit();
			IOperationHistory history = OperationHistoryFactory.getOperationHistory();
			IUndoableOperation change = history.getUndoOperation(undo.getUndoContext());
			if (change != null) {
				change.addContext(diagram);
			}
		}
	}

	private static void applyToFile(IFile file, String text, List<TextEdit> edits, IUndoContext diagram) {
		try {
			if (!SopFiles.read(file).equals(text)) {
				Refusals.show(changedSince());
				return;
			}
			FileTextChange change = new FileTextChange(file, text, TextEdit.apply(text, edits));
			if (diagram != null) {
				change.addContext(diagram);
			}
			OperationHistoryFactory.getOperationHistory().execute(change, null, null);
		} catch (CoreException | IOException | ExecutionException e) {
			Refusals.show("Berkas " + file.getName() + " tidak dapat ditulis: " + e.getMessage());
		}
	}

	private static String changedSince() {
		return "Teks SOP sudah berubah sejak diagram ini digambar; tunggu diagramnya diperbarui lalu ulangi perubahannya.";
	}
}
