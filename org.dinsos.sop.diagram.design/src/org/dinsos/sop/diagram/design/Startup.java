package org.dinsos.sop.diagram.design;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/** Starts following SOP editors and files as soon as the workbench is up, before the first diagram opens. */
public class Startup implements IStartup {

	@Override
	public void earlyStartup() {
		PlatformUI.getWorkbench().getDisplay().asyncExec(TextSync::install);
	}
}
