package org.dinsos.sop.diagram.design;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.sirius.ui.business.api.dialect.DialectEditor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Buka diagram alir": opens the SOP Swimlane diagram of the SOP in the active editor or the selected .sop file,
 * making its session and diagram on first use ({@link SopDiagrams}), laid out as the printed flowchart and zoomed so
 * that every lane fits the editor's width.
 */
public class OpenDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IFile file = file(event);
		if (file == null) {
			return null;
		}
		try {
			IEditorPart editor = SopDiagrams.open(file, new NullProgressMonitor());
			if (editor instanceof DialectEditor dialect) {
				SwimlaneArrange.arrange(dialect);
				SwimlaneArrange.fitWidth(dialect);
			}
			return editor;
		} catch (Exception e) {
			SopDesignPlugin plugin = SopDesignPlugin.getDefault();
			if (plugin != null) {
				plugin.getLog().error("Diagram alir " + file.getFullPath() + " tidak dapat dibuka", e);
			}
			MessageDialog.openError(HandlerUtil.getActiveShell(event), "Diagram alir tidak dapat dibuka",
					e.getMessage() == null ? e.toString() : e.getMessage());
			return null;
		}
	}

	private static IFile file(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof IAdaptable adaptable && adaptable.getAdapter(IFile.class) != null) {
			return adaptable.getAdapter(IFile.class);
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return editor != null && editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
	}
}
