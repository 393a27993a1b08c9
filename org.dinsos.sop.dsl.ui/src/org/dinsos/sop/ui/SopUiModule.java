package org.dinsos.sop.ui;

import org.dinsos.sop.ide.contentassist.SopContentProposalProvider;
import org.dinsos.sop.ui.contentassist.SopProposalProvider;
import org.dinsos.sop.ui.hover.SopHoverProvider;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.containers.IAllContainersState;
import org.eclipse.xtext.ui.editor.contentassist.IContentProposalProvider;
import org.eclipse.xtext.ui.editor.hover.IEObjectHoverProvider;
import org.eclipse.xtext.ui.editor.model.IResourceForEditorInputFactory;
import org.eclipse.xtext.ui.editor.model.ResourceForIEditorInputFactory;
import org.eclipse.xtext.ui.resource.IResourceSetProvider;
import org.eclipse.xtext.ui.resource.SimpleResourceSetProvider;
import org.eclipse.xtext.ui.shared.Access;

import com.google.inject.Provider;

/**
 * The Eclipse editor's services. SOP files live in plain projects, so everything is bound to the variants that
 * need no JDT: projects are containers of the workspace (not Java class paths), resource sets and editor inputs
 * are plain. Completion is the language server's ({@link SopContentProposalProvider}) through Xtext's bridge, and
 * the hover shows what the language server's hover shows.
 */
public class SopUiModule extends AbstractSopUiModule {

	public SopUiModule(AbstractUIPlugin plugin) {
		super(plugin);
	}

	/** Every open project of the workspace is a container, as the builder indexes it; no Java class path. */
	@Override
	public Provider<? extends IAllContainersState> provideIAllContainersState() {
		return Access.getWorkspaceProjectsState();
	}

	@Override
	public Class<? extends IResourceForEditorInputFactory> bindIResourceForEditorInputFactory() {
		return ResourceForIEditorInputFactory.class;
	}

	@Override
	public Class<? extends IResourceSetProvider> bindIResourceSetProvider() {
		return SimpleResourceSetProvider.class;
	}

	@Override
	public Class<? extends IContentProposalProvider> bindIContentProposalProvider() {
		return SopProposalProvider.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return SopContentProposalProvider.class;
	}

	public Class<? extends IEObjectHoverProvider> bindIEObjectHoverProvider() {
		return SopHoverProvider.class;
	}
}
