package org.dinsos.sop.diagram.design;

import org.dinsos.sop.diagram.sirius.EditRefused;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Tells the user why a diagram gesture changed nothing: a dialog titled {@value #TITLE} with the reason. It does not
 * block: the gesture has already ended, and the diagram stays usable behind it.
 */
public final class Refusals {

	public static final String TITLE = "Perubahan ditolak";

	private Refusals() {
	}

	/** The refusal in the cause chain of a tool's failure, if any. */
	static EditRefused find(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof EditRefused refused) {
				return refused;
			}
		}
		return null;
	}

	public static void show(String reason) {
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : Display.getDefault();
		display.asyncExec(() -> {
			Shell shell = display.getActiveShell();
			MessageDialog dialog = new MessageDialog(shell, TITLE, null, reason, MessageDialog.WARNING, 0, "OK");
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
	}
}
