package org.dinsos.sop.diagram.design;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.Plugin;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.osgi.framework.BundleContext;

/**
 * Registers the viewpoint "SOP Swimlane" with Sirius while this bundle runs. Sirius activates it
 * through the org.eclipse.sirius.componentization extension in org.dinsos.sop.diagram's plugin.xml,
 * the bundle that holds the viewpoint description and its services.
 */
public class SopDesignPlugin extends Plugin {

	static final String VIEWPOINT_DESCRIPTION = "org.dinsos.sop.diagram/description/sop.odesign";

	private final Set<Viewpoint> viewpoints = new HashSet<>();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		viewpoints.addAll(ViewpointRegistry.getInstance().registerFromPlugin(VIEWPOINT_DESCRIPTION));
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		viewpoints.forEach(ViewpointRegistry.getInstance()::disposeFromPlugin);
		viewpoints.clear();
		super.stop(context);
	}
}
