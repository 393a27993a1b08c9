package org.dinsos.sop.diagram.design;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.sirius.business.api.session.ReloadingPolicy;
import org.eclipse.sirius.business.api.session.Session;
import org.eclipse.sirius.common.tools.api.resource.ResourceSetSync.ResourceStatus;

/**
 * Sirius does not reload a .sop resource itself when its file changes: {@link TextSync} follows the text (the open
 * editor's document, else the file) without a command on the diagram's undo stack. Everything else is left to
 * Sirius's policy.
 */
final class SopReloadingPolicy implements ReloadingPolicy {

	private final ReloadingPolicy delegate;

	SopReloadingPolicy(ReloadingPolicy delegate) {
		this.delegate = delegate;
	}

	@Override
	public List<Action> getActions(Session session, Resource resource, ResourceStatus newStatus) {
		if (SopFiles.isSop(resource.getURI())
				&& (newStatus == ResourceStatus.EXTERNAL_CHANGED || newStatus == ResourceStatus.CONFLICTING_CHANGED)) {
			return List.of();
		}
		return delegate.getActions(session, resource, newStatus);
	}
}
