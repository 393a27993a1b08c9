package org.dinsos.sop.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;

import com.google.inject.Inject;

/**
 * The build of the language server without validation: a changed file is parsed, linked and indexed, and
 * noted for the {@link DeferredValidation} that runs after the build. Nothing is generated on a build (the
 * SOP documents are made by command), so the build also skips Xtext's check whether to generate, which
 * would validate the file a second time.
 */
public class SopIncrementalBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Inject
	private DeferredValidation validation;

	@Override
	protected boolean validate(Resource resource) {
		validation.defer(resource.getURI());
		return false;
	}
}
