package org.dinsos.sop.diagram.design;

import org.dinsos.sop.diagram.sirius.EditRefused;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.sirius.business.api.logger.RuntimeLogger;

/**
 * Sirius's runtime logger for the expressions of tools: when a service of the viewpoint refused a gesture
 * ({@link EditRefused}), the user sees the reason ({@link Refusals}). Sirius catches what a service throws and
 * commits the tool's command anyway; the service had changed nothing, so nothing changes. Other failures are
 * left to Sirius's own loggers.
 */
public class RefusalLogger implements RuntimeLogger {

	@Override
	public void error(EObject odesignObject, EStructuralFeature feature, Throwable exception) {
		EditRefused refused = Refusals.find(exception);
		if (refused != null) {
			Refusals.show(refused.getMessage());
		}
	}

	@Override
	public void error(EObject odesignObject, EStructuralFeature feature, String message) {
	}

	@Override
	public void warning(EObject odesignObject, EStructuralFeature feature, Throwable exception) {
	}

	@Override
	public void warning(EObject odesignObject, EStructuralFeature feature, String message) {
	}

	@Override
	public void info(EObject odesignObject, EStructuralFeature feature, String message) {
	}

	@Override
	public void info(EObject odesignObject, EStructuralFeature feature, Throwable exception) {
	}

	@Override
	public void clearAll() {
	}

	@Override
	public void clear(EObject eObject) {
	}
}
