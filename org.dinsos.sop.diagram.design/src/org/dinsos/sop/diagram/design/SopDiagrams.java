package org.dinsos.sop.diagram.design;

import java.util.Optional;

import org.dinsos.sop.sop.Sop;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
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
import org.eclipse.sirius.business.internal.session.danalysis.SaveSessionJob;
import org.eclipse.sirius.tools.api.command.semantic.AddSemanticResourceCommand;
import org.eclipse.sirius.ui.business.api.dialect.DialectUIManager;
import org.eclipse.sirius.ui.business.api.session.EditingSessionEvent;
import org.eclipse.sirius.ui.business.api.session.IEditingSession;
import org.eclipse.sirius.ui.business.api.session.SessionUIManager;
import org.eclipse.sirius.ui.business.api.viewpoint.ViewpointSelectionCallback;
import org.eclipse.sirius.viewpoint.DRepresentation;
import org.eclipse.sirius.viewpoint.DRepresentationDescriptor;
import org.eclipse.sirius.viewpoint.description.RepresentationDescription;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;

/**
 * The SOP Swimlane diagram of a .sop file: its Sirius session is the .aird beside it (lakip.sop: lakip.aird), made
 * on first use with the viewpoint selected and the SOP as its semantic resource, and the diagram made once.
 */
@SuppressWarnings("restriction")
public final class SopDiagrams {

	public static final String VIEWPOINT = "SOP Swimlane";

	private SopDiagrams() {
	}

	/**
	 * Opens the file's SOP Swimlane diagram in its editor, making session and diagram first when missing.
	 *
	 * While a session has no diagram editor open, Sirius saves it after each change in a background job
	 * ({@link SaveSessionJob}), outside any transaction, so such a save can walk the objects this thread is changing
	 * while it adds the SOP, selects the viewpoint and creates the diagram with its notation views. Opened that way, a
	 * diagram now and then drew none of its elements: the session's cross-referencer did not know the new notation
	 * views. So, as Sirius's own "new representation" action does, the editing session is told that a representation
	 * is being created for opening (which stops those saves), a save already running is awaited, and only then is the
	 * session changed; the saves resume once the editor is open.
	 */
	public static IEditorPart open(IFile sop, IProgressMonitor monitor) throws Exception {
		Session session = session(sop, monitor);
		IEditingSession editing = SessionUIManager.INSTANCE.getOrCreateUISession(session);
		if (!editing.isOpen()) {
			editing.open();
		}
		editing.notify(EditingSessionEvent.REPRESENTATION_ABOUT_TO_BE_CREATED_BEFORE_OPENING);
		try {
			PlatformUI.getWorkbench().getProgressService()
					.busyCursorWhile(waiting -> Job.getJobManager().join(SaveSessionJob.FAMILY, waiting));
			prepare(session, sop, monitor);
			DRepresentation diagram = diagram(session, sop, monitor);
			return DialectUIManager.INSTANCE.openEditor(session, diagram, monitor);
		} finally {
			editing.notify(EditingSessionEvent.REPRESENTATION_CREATED_BEFORE_OPENING);
		}
	}

	/** The open session of the file's .aird, created when there is none yet; {@link #prepare} makes it show the SOP. */
	static Session session(IFile sop, IProgressMonitor monitor) throws Exception {
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
		return session;
	}

	/** The SOP a semantic resource of the session and the SOP Swimlane viewpoint selected in it, when not yet. */
	static void prepare(Session session, IFile sop, IProgressMonitor monitor) {
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
	}

	/** The SOP Swimlane diagram of the file's SOP in the session, created (and the session saved) when missing. */
	static DRepresentation diagram(Session session, IFile sop, IProgressMonitor monitor) {
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
