package org.dinsos.sop.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;

import com.google.inject.Inject;

/**
 * The build of the language server without validation: a changed file is parsed, linked and indexed, and
 * noted for the {@link DeferredValidation} that runs after the build.
 */
public class SopIncrementalBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Inject
	private DeferredValidation validation;

	@Override
	protected boolean validate(Resource resource) {
		validation.defer(resource.getURI());
		return true;
	}
}
