package org.dinsos.sop.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * The bindings of the SOP language server: Xtext's server module with this language and its settings,
 * validating after the build ({@link DeferredValidation}) so that reads are answered as soon as a change is
 * parsed and linked.
 */
public final class SopServerModule {

	private static final String EXTENSION = "sop";

	private SopServerModule() {
	}

	/**
	 * The server over the given language injector, reading only the files of its workspace. The language is registered directly rather than
	 * through the service loader, which inside Equinox does not see other bundles; the workspace's
	 * resources are made by the same injector, not by whichever one last filled EMF's global registry.
	 */
	public static Module of(Injector language) {
		return Modules2.mixin(new ServerModule(), binder -> {
			binder.bind(LanguageServerImpl.class).to(SopLanguageServer.class);
			binder.bind(WorkspaceManager.class).to(SopWorkspaceManager.class);
			binder.bind(IRequestManager.class).to(SopRequestManager.class);
			binder.bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(SopIncrementalBuilder.class);
			binder.bind(IResourceServiceProvider.Registry.class).toProvider(() -> {
				IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
				registry.getExtensionToFactoryMap().put(EXTENSION, language.getInstance(IResourceServiceProvider.class));
				return registry;
			});
			binder.bind(XtextResourceSet.class).toProvider(() -> {
				XtextResourceSet resourceSet = language.getInstance(XtextResourceSet.class);
				resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION,
						language.getInstance(IResourceFactory.class));
				return resourceSet;
			});
		});
	}
}
