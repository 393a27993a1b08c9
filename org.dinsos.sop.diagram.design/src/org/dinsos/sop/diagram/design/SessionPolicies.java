package org.dinsos.sop.diagram.design;

import org.eclipse.sirius.business.api.session.Session;
import org.eclipse.sirius.business.api.session.SessionListener;
import org.eclipse.sirius.business.api.session.SessionManagerListener;

/**
 * Gives every session that holds an SOP the saving and reloading policies of this viewpoint ({@link SopSavingPolicy},
 * {@link SopReloadingPolicy}) when it opens or gains a semantic resource. Registered with Sirius in plugin.xml.
 */
public class SessionPolicies extends SessionManagerListener.Stub {

	@Override
	public void notify(Session session, int notification) {
		if (notification == SessionListener.OPENED || notification == SessionListener.SEMANTIC_CHANGE
				|| notification == SessionListener.SELECTED_VIEWS_CHANGE_KIND) {
			apply(session);
		}
	}

	static void apply(Session session) {
		if (!session.isOpen() || session.getSemanticResources().stream().noneMatch(r -> SopFiles.isSop(r.getURI()))) {
			return;
		}
		if (!(session.getSavingPolicy() instanceof SopSavingPolicy)) {
			session.setSavingPolicy(new SopSavingPolicy(session.getSavingPolicy()));
		}
		if (!(session.getReloadingPolicy() instanceof SopReloadingPolicy)) {
			session.setReloadingPolicy(new SopReloadingPolicy(session.getReloadingPolicy()));
		}
	}
}
