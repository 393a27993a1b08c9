package org.dinsos.sop.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician, whose root diagnostic carries no message: Xtext shows only the diagnostics under
 * it, and EMF's wording of the root ("Diagnosis of …") costs the load of EMF's message bundle on every start.
 */
public class SopDiagnostician extends CancelableDiagnostician {

	@Inject
	public SopDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	public BasicDiagnostic createDefaultDiagnostic(EObject eObject) {
		return new BasicDiagnostic(EObjectValidator.DIAGNOSTIC_SOURCE, 0, "", new Object[] { eObject });
	}
}
