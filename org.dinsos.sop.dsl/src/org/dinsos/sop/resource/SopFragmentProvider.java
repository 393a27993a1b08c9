package org.dinsos.sop.resource;

import java.util.List;

import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IFragmentProvider;

/**
 * Names steps and pelaksana by their number and id rather than their position, so that diagrams and
 * index entries keep pointing at the same element when the text around it is reordered.
 */
public class SopFragmentProvider implements IFragmentProvider {

	static final String PELAKSANA = "pelaksana:";
	static final String LANGKAH = "langkah:";

	@Override
	public String getFragment(EObject obj, Fallback fallback) {
		if (obj instanceof Pelaksana pelaksana && pelaksana.getName() != null) {
			return PELAKSANA + pelaksana.getName();
		}
		if (obj instanceof Langkah langkah && langkah.getName() != null) {
			return LANGKAH + langkah.getName();
		}
		return fallback.getFragment(obj);
	}

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		Sop sop = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Sop s) ? null : s;
		if (sop != null && fragment.startsWith(PELAKSANA)) {
			return byName(sop.getPelaksana(), fragment.substring(PELAKSANA.length()));
		}
		if (sop != null && fragment.startsWith(LANGKAH)) {
			return byName(sop.getLangkah(), fragment.substring(LANGKAH.length()));
		}
		return fallback.getEObject(fragment);
	}

	private static EObject byName(List<? extends EObject> candidates, String name) {
		for (EObject candidate : candidates) {
			String candidateName = candidate instanceof Pelaksana p ? p.getName() : ((Langkah) candidate).getName();
			if (name.equals(candidateName)) {
				return candidate;
			}
		}
		return null;
	}
}
