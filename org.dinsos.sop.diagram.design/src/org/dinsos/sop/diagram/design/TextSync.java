package org.dinsos.sop.diagram.design;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.transaction.RollbackException;
import org.eclipse.emf.transaction.Transaction;
import org.eclipse.emf.transaction.impl.InternalTransactionalEditingDomain;
import org.eclipse.sirius.business.api.dialect.DialectManager;
import org.eclipse.sirius.business.api.session.Session;
import org.eclipse.sirius.business.api.session.SessionManager;
import org.eclipse.sirius.common.tools.api.util.SiriusCrossReferenceAdapter;
import org.eclipse.sirius.viewpoint.DRepresentation;
import org.eclipse.sirius.viewpoint.DRepresentationDescriptor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.ui.editor.XtextEditor;
import org.eclipse.xtext.ui.editor.model.IXtextModelListener;

/**
 * Keeps every open SOP diagram equal to its SOP's text. The text is the open SOP editor's document when there is
 * one (saved or not: typing redraws the diagram once the editor has parsed it), else the file. When the text
 * changes, the SOP's resource in each Sirius session that holds it is loaded again from that text, its diagrams are
 * refreshed and laid out again ({@link SwimlaneArrange}). The reload is not a command on the diagram's undo stack:
 * it is the text that is undone, and the diagram follows.
 *
 * Elements keep their name-based URI fragments across the reload, so the diagrams' references resolve to the new
 * elements, as after Sirius's own reload of a changed file.
 */
public final class TextSync {

	private static final Map<XtextEditor, IXtextModelListener> EDITORS = new HashMap<>();
	private static final IPartListener2 PARTS = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part instanceof XtextEditor editor) {
				follow(editor);
			} else if (part instanceof org.eclipse.sirius.ui.business.api.dialect.DialectEditor dialect) {
				Display.getCurrent().asyncExec(() -> SwimlaneArrange.arrange(dialect));
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part instanceof XtextEditor editor) {
				IXtextModelListener listener = EDITORS.remove(editor);
				if (listener != null && editor.getDocument() != null) {
					editor.getDocument().removeModelListener(listener);
				}
				// An editor closed without saving leaves the file's text: the diagram follows the file again, so that
				// it no longer shows (and tools no longer edit) the discarded text of the editor.
				if (listener != null && editor.getEditorInput() instanceof IFileEditorInput input) {
					IFile file = input.getFile();
					Display.getCurrent().asyncExec(() -> followFile(file));
				}
			}
		}
	};
	private static final IWindowListener WINDOWS = new IWindowListener() {
		@Override
		public void windowOpened(IWorkbenchWindow window) {
			hook(window);
		}

		@Override
		public void windowActivated(IWorkbenchWindow window) {
		}

		@Override
		public void windowDeactivated(IWorkbenchWindow window) {
		}

		@Override
		public void windowClosed(IWorkbenchWindow window) {
		}
	};
	private static final IResourceChangeListener FILES = TextSync::filesChanged;

	private static boolean installed;

	private TextSync() {
	}

	/** Starts following; on the UI thread. */
	public static synchronized void install() {
		if (installed) {
			return;
		}
		installed = true;
		PlatformUI.getWorkbench().addWindowListener(WINDOWS);
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			hook(window);
		}
		ResourcesPlugin.getWorkspace().addResourceChangeListener(FILES, IResourceChangeEvent.POST_CHANGE);
	}

	static synchronized void uninstall() {
		if (!installed) {
			return;
		}
		installed = false;
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(FILES);
		if (PlatformUI.isWorkbenchRunning()) {
			PlatformUI.getWorkbench().removeWindowListener(WINDOWS);
		}
	}

	private static void hook(IWorkbenchWindow window) {
		window.getPartService().addPartListener(PARTS);
		for (IWorkbenchPage page : window.getPages()) {
			for (IEditorReference reference : page.getEditorReferences()) {
				if (reference.getEditor(false) instanceof XtextEditor editor) {
					follow(editor);
				}
			}
		}
	}

	private static void follow(XtextEditor editor) {
		if (EDITORS.containsKey(editor) || !(editor.getEditorInput() instanceof IFileEditorInput input)
				|| !"sop".equals(input.getFile().getFileExtension()) || editor.getDocument() == null) {
			return;
		}
		URI uri = SopFiles.uri(input.getFile());
		Display display = Display.getCurrent();
		IXtextModelListener listener = resource -> {
			String text = resource.getParseResult().getRootNode().getText();
			display.asyncExec(() -> textChanged(uri, text));
		};
		EDITORS.put(editor, listener);
		editor.getDocument().addModelListener(listener);
	}

	/** A .sop file changed on disk: its diagrams follow unless an editor shows its text. */
	private static void filesChanged(IResourceChangeEvent event) {
		List<IFile> changed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile file && "sop".equals(file.getFileExtension())
						&& delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.CONTENT) != 0) {
					changed.add(file);
				}
				return delta.getResource().getType() != IResource.FILE;
			});
		} catch (CoreException e) {
			return;
		}
		if (changed.isEmpty()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> changed.forEach(TextSync::followFile));
	}

	/** The diagrams of a .sop file no editor shows follow the file's text. */
	private static void followFile(IFile file) {
		if (SopFiles.editor(file) == null && file.exists()) {
			try {
				textChanged(SopFiles.uri(file), SopFiles.read(file));
			} catch (CoreException | IOException e) {
				// A file that cannot be read leaves its diagram as it was.
			}
		}
	}

	/** Loads the SOP again from its text in every open session that holds it, and redraws its diagrams. */
	public static void textChanged(URI uri, String text) {
		for (Session session : new ArrayList<>(SessionManager.INSTANCE.getSessions())) {
			if (!session.isOpen()) {
				continue;
			}
			for (Resource resource : new ArrayList<>(session.getSemanticResources())) {
				if (uri.equals(resource.getURI()) && resource instanceof XtextResource sop && !text.equals(textOf(sop))) {
					SessionPolicies.apply(session);
					reload(session, sop, text);
					SwimlaneArrange.arrangeAll(session);
				}
			}
		}
	}

	static String textOf(XtextResource resource) {
		return resource.getParseResult() == null ? null : resource.getParseResult().getRootNode().getText();
	}

	/** The resource loaded from the text, and the session's representations of it refreshed, in one transaction. */
	static void reload(Session session, XtextResource resource, String text) {
		InternalTransactionalEditingDomain domain = (InternalTransactionalEditingDomain) session.getTransactionalEditingDomain();
		try {
			Transaction transaction = domain.startTransaction(false, Map.of(Transaction.OPTION_NO_UNDO, Boolean.TRUE));
			try {
				resource.unload();
				resource.load(new ByteArrayInputStream(text.getBytes(Charset.forName(resource.getEncoding()))),
						resource.getResourceSet().getLoadOptions());
				EcoreUtil.resolveAll(resource);
				if (session.getSemanticCrossReferencer() instanceof SiriusCrossReferenceAdapter crossReferencer) {
					crossReferencer.resolveProxyCrossReferences(resource);
				}
				resource.setModified(false);
				if (!resource.getContents().isEmpty()) {
					for (DRepresentationDescriptor descriptor : DialectManager.INSTANCE
							.getRepresentationDescriptors(resource.getContents().get(0), session)) {
						DRepresentation representation = descriptor.getRepresentation();
						if (representation != null) {
							DialectManager.INSTANCE.refresh(representation, new NullProgressMonitor());
						}
					}
				}
				transaction.commit();
			} catch (IOException | RuntimeException e) {
				transaction.rollback();
				SopDesignPlugin plugin = SopDesignPlugin.getDefault();
				if (plugin != null) {
					plugin.getLog().error("SOP " + resource.getURI() + " tidak dapat dimuat ulang untuk diagramnya", e);
				}
			}
		} catch (InterruptedException | RollbackException e) {
			SopDesignPlugin plugin = SopDesignPlugin.getDefault();
			if (plugin != null) {
				plugin.getLog().error("Diagram SOP " + resource.getURI() + " tidak dapat diperbarui", e);
			}
		}
	}
}
