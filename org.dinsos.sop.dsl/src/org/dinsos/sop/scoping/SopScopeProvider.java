package org.dinsos.sop.scoping;

import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN__TIDAK;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN__YA;
import static org.dinsos.sop.sop.SopPackage.Literals.LANGKAH__PELAKSANA;
import static org.dinsos.sop.sop.SopPackage.Literals.PROSES__LANJUT;

import org.dinsos.sop.sop.Sop;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * A step's actor and its branch targets are found in its own SOP only; links to other SOPs
 * (keterkaitan, the booklet's contents) go through the workspace index.
 */
public class SopScopeProvider extends AbstractSopScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Sop sop = EcoreUtil2.getContainerOfType(context, Sop.class);
		if (sop != null && reference == LANGKAH__PELAKSANA) {
			return Scopes.scopeFor(sop.getPelaksana());
		}
		if (sop != null && (reference == KEPUTUSAN__YA || reference == KEPUTUSAN__TIDAK || reference == PROSES__LANJUT)) {
			return Scopes.scopeFor(sop.getLangkah());
		}
		return super.getScope(context, reference);
	}
}
