package org.dinsos.sop.diagram.design;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.sirius.business.api.session.SavingPolicy;
import org.eclipse.sirius.common.xtext.internal.XtextSavingPolicy;

/**
 * Saving a Sirius session never writes a .sop file: the SOP's text is written only by its editor and by the edits of
 * the diagram's tools, so saving the session (the .aird: diagrams and their layout) leaves the .sop bytes as they
 * are, and never re-prints an SOP through Xtext's serializer. It is an {@link XtextSavingPolicy} (what Sirius's Xtext
 * integration installs on sessions with Xtext resources), so that integration keeps it instead of replacing it.
 */
@SuppressWarnings("restriction")
final class SopSavingPolicy extends XtextSavingPolicy {

	SopSavingPolicy(SavingPolicy delegate) {
		super(delegate);
	}

	@Override
	public Collection<Resource> save(Iterable<Resource> resourcesToSave, Map<?, ?> options, IProgressMonitor monitor) {
		List<Resource> withoutSop = new ArrayList<>();
		for (Resource resource : resourcesToSave) {
			if (!SopFiles.isSop(resource.getURI())) {
				withoutSop.add(resource);
			}
		}
		return super.save(withoutSop, options, monitor);
	}
}
