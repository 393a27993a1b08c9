package org.dinsos.sop.diagram.design;

import java.util.Optional;

import org.dinsos.sop.sop.Sop;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.transaction.RecordingCommand;
import org.eclipse.emf.transaction.TransactionalEditingDomain;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.business.api.dialect.DialectManager;
import org.eclipse.sirius.business.api.dialect.command.CreateRepresentationCommand;
import org.eclipse.sirius.business.api.session.DefaultLocalSessionCreationOperation;
import org.eclipse.sirius.business.api.session.Session;
import org.eclipse.sirius.business.api.session.SessionManager;
import org.eclipse.sirius.tools.api.command.semantic.AddSemanticResourceCommand;
import org.eclipse.sirius.ui.business.api.viewpoint.ViewpointSelectionCallback;
import org.eclipse.sirius.viewpoint.DRepresentation;
import org.eclipse.sirius.viewpoint.DRepresentationDescriptor;
import org.eclipse.sirius.viewpoint.description.RepresentationDescription;
import org.eclipse.sirius.viewpoint.description.Viewpoint;

/**
 * The SOP Swimlane diagram of a .sop file: its Sirius session is the .aird beside it (lakip.sop: lakip.aird), made
 * on first use with the viewpoint selected and the SOP as its semantic resource, and the diagram made once.
 */
public final class SopDiagrams {

	public static final String VIEWPOINT = "SOP Swimlane";

	private SopDiagrams() {
	}

	/** The open session of the file's .aird, created when there is none yet. */
	public static Session session(IFile sop, IProgressMonitor monitor) throws Exception {
		IFile aird = sop.getParent().getFile(new org.eclipse.core.runtime.Path(
				sop.getFullPath().removeFileExtension().lastSegment() + ".aird"));
		URI airdUri = SopFiles.uri(aird);
		Session session = SessionManager.INSTANCE.getExistingSession(airdUri);
		if (session == null) {
			if (aird.exists()) {
				session = SessionManager.INSTANCE.getSession(airdUri, monitor);
			} else {
				DefaultLocalSessionCreationOperation creation = new DefaultLocalSessionCreationOperation(airdUri, monitor);
				creation.execute();
				session = creation.getCreatedSession();
			}
		}
		if (!session.isOpen()) {
			session.open(monitor);
		}
		TransactionalEditingDomain domain = session.getTransactionalEditingDomain();
		URI sopUri = SopFiles.uri(sop);
		if (session.getSemanticResources().stream().noneMatch(resource -> sopUri.equals(resource.getURI()))) {
			domain.getCommandStack().execute(new AddSemanticResourceCommand(session, sopUri, monitor));
		}
		Viewpoint viewpoint = viewpoint();
		Session opened = session;
		if (session.getSelectedViewpoints(false).stream().noneMatch(selected -> VIEWPOINT.equals(selected.getName()))) {
			domain.getCommandStack().execute(new RecordingCommand(domain, "Pilih viewpoint " + VIEWPOINT) {
				@Override
				protected void doExecute() {
					new ViewpointSelectionCallback().selectViewpoint(viewpoint, opened, monitor);
				}
			});
		}
		SessionPolicies.apply(session);
		return session;
	}

	/** The SOP Swimlane diagram of the file's SOP in the session, created (and the session saved) when missing. */
	public static DRepresentation diagram(Session session, IFile sop, IProgressMonitor monitor) {
		URI sopUri = SopFiles.uri(sop);
		Resource resource = session.getSemanticResources().stream().filter(r -> sopUri.equals(r.getURI())).findFirst()
				.orElseThrow();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Sop root)) {
			throw new IllegalStateException("Berkas " + sop.getName() + " bukan SOP; diagram alir hanya untuk SOP.");
		}
		RepresentationDescription description = description(session);
		URI descriptionUri = EcoreUtil.getURI(description);
		Optional<DRepresentation> existing = DialectManager.INSTANCE.getRepresentationDescriptors(root, session).stream()
				.filter(descriptor -> descriptor.getDescription() != null
						&& descriptionUri.equals(EcoreUtil.getURI(descriptor.getDescription())))
				.map(DRepresentationDescriptor::getRepresentation).filter(r -> r != null).findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		CreateRepresentationCommand creation = new CreateRepresentationCommand(session, description, root,
				"Diagram alir " + root.getName(), monitor);
		session.getTransactionalEditingDomain().getCommandStack().execute(creation);
		DRepresentation created = creation.getCreatedRepresentation();
		if (created == null) {
			throw new IllegalStateException("Sirius tidak membuat diagram alir untuk " + sop.getName() + ".");
		}
		session.save(monitor);
		return created;
	}

	/**
	 * The Swimlane description of the viewpoint the session selected. Sirius loads a selected viewpoint into the
	 * session's own resource set, so that instance, not the registry's, is the one it accepts for new representations
	 * (DialectManager.canCreate compares the parent viewpoint with the session's selected viewpoints by identity).
	 */
	static RepresentationDescription description(Session session) {
		Viewpoint selected = session.getSelectedViewpoints(false).stream().filter(v -> VIEWPOINT.equals(v.getName()))
				.findFirst().orElseThrow(() -> new IllegalStateException("Viewpoint " + VIEWPOINT + " belum dipilih."));
		return selected.getOwnedRepresentations().stream()
				.filter(candidate -> SwimlaneArrange.DESCRIPTION.equals(candidate.getName())).findFirst()
				.orElseThrow(() -> new IllegalStateException("Viewpoint " + VIEWPOINT + " tidak memuat diagram "
						+ SwimlaneArrange.DESCRIPTION + "."));
	}

	static Viewpoint viewpoint() {
		return ViewpointRegistry.getInstance().getViewpoints().stream().filter(v -> VIEWPOINT.equals(v.getName()))
				.findFirst().orElseThrow(() -> new IllegalStateException("Viewpoint " + VIEWPOINT + " belum terdaftar."));
	}
}
