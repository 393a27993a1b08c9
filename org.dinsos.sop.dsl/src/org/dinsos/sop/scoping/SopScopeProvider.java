package org.dinsos.sop.scoping;

import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN__TIDAK;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN__YA;
import static org.dinsos.sop.sop.SopPackage.Literals.LANGKAH__PELAKSANA;
import static org.dinsos.sop.sop.SopPackage.Literals.PROSES__LANJUT;

import java.util.List;

import org.dinsos.sop.sop.Sop;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * A step's actor and its branch targets are found in its own SOP only; links to other SOPs
 * (keterkaitan, the booklet's contents) go through the workspace index.
 */
public class SopScopeProvider extends AbstractSopScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Sop sop = EcoreUtil2.getContainerOfType(context, Sop.class);
		if (sop != null && reference == LANGKAH__PELAKSANA) {
			return byName(sop, "pelaksana", sop.getPelaksana());
		}
		if (sop != null && (reference == KEPUTUSAN__YA || reference == KEPUTUSAN__TIDAK || reference == PROSES__LANJUT)) {
			return byName(sop, "langkah", sop.getLangkah());
		}
		return super.getScope(context, reference);
	}

	/**
	 * One map from name to element per SOP and kind, until the file changes: a long SOP links thousands of
	 * references, and a scope that searches a list for each of them makes linking quadratic. The first of
	 * two elements with one name wins, as in a list scope; the validator reports the duplicate.
	 */
	private IScope byName(Sop sop, String kind, List<? extends EObject> elements) {
		return cache.get(Tuples.pair(sop, kind), sop.eResource(),
				() -> MapBasedScope.createScope(IScope.NULLSCOPE, Scopes.scopedElementsFor(elements)));
	}
}
