package org.dinsos.sop.diagram.design;

import java.util.HashSet;
import java.util.Set;

import org.dinsos.sop.diagram.sirius.SourceFile;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * The Eclipse side of the viewpoint "SOP Swimlane". While this bundle runs: the viewpoint is registered with Sirius
 * (Sirius activates the bundle through the org.eclipse.sirius.componentization extension in org.dinsos.sop.diagram's
 * plugin.xml, the bundle that holds the description and its services); the services' text edits go to the open
 * editor's document or the workspace file ({@link WorkspaceWriter}); and diagrams follow the text ({@link TextSync},
 * started by the workbench through {@link Startup}).
 */
public class SopDesignPlugin extends AbstractUIPlugin {

	public static final String ID = "org.dinsos.sop.diagram.design";

	static final String VIEWPOINT_DESCRIPTION = "org.dinsos.sop.diagram/description/sop.odesign";

	private static SopDesignPlugin instance;

	private final Set<Viewpoint> viewpoints = new HashSet<>();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		viewpoints.addAll(ViewpointRegistry.getInstance().registerFromPlugin(VIEWPOINT_DESCRIPTION));
		SourceFile.use(new WorkspaceWriter());
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		TextSync.uninstall();
		SourceFile.use(null);
		viewpoints.forEach(ViewpointRegistry.getInstance()::disposeFromPlugin);
		viewpoints.clear();
		instance = null;
		super.stop(context);
	}

	public static SopDesignPlugin getDefault() {
		return instance;
	}
}
