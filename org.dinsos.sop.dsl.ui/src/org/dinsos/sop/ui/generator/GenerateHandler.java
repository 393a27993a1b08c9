package org.dinsos.sop.ui.generator;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dinsos.sop.generator.Artifact;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.sop.Sop;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.ui.editor.XtextEditor;
import org.eclipse.xtext.ui.resource.IResourceSetProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The document and checklist commands of the editor's and the Project Explorer's context menu ("SOP"): writes
 * one {@link Artifact} of the SOP beside its file (lakip.sop gives lakip.pdf, lakip.checklist.html, ...), through
 * the workspace. The SOP is read as the open editor shows it, saved or not; an SOP with errors is refused with
 * their number, as `sop generate` refuses it. The command parameter `artifact` names the artifact as `sop generate
 * --format` does.
 */
public class GenerateHandler extends AbstractHandler {

	public static final String ARTIFACT = "org.dinsos.sop.ui.generate.artifact";

	@Inject
	private IResourceSetProvider resourceSets;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Artifact artifact = Artifact.of(event.getParameter(ARTIFACT))
				.orElseThrow(() -> new ExecutionException("Jenis dokumen tidak dikenal: " + event.getParameter(ARTIFACT)));
		IFile file = file(event);
		if (file == null) {
			return null;
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		byte[] bytes;
		try {
			if (editor instanceof XtextEditor xtext && file.equals(xtext.getEditorInput().getAdapter(IFile.class))) {
				bytes = xtext.getDocument().readOnly(resource -> write(resource, artifact));
			} else {
				Resource resource = resourceSets.get(file.getProject())
						.getResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true), true);
				bytes = write((XtextResource) resource, artifact);
			}
		} catch (Refused refused) {
			MessageDialog.openWarning(HandlerUtil.getActiveShell(event), "Dokumen tidak dibuat", refused.getMessage());
			return null;
		}
		IFile target = file.getParent().getFile(new org.eclipse.core.runtime.Path(
				file.getFullPath().removeFileExtension().lastSegment() + artifact.suffix()));
		new WorkspaceJob("Menulis " + target.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (target.exists()) {
					target.setContents(new ByteArrayInputStream(bytes), IFile.KEEP_HISTORY | IFile.FORCE, monitor);
				} else {
					target.create(new ByteArrayInputStream(bytes), IFile.FORCE, monitor);
				}
				Display.getDefault().asyncExec(() -> {
					if (editor != null) {
						editor.getEditorSite().getActionBars().getStatusLineManager()
								.setMessage(target.getName() + " sudah ditulis di " + target.getParent().getFullPath());
					}
				});
				return Status.OK_STATUS;
			}
		}.schedule();
		return null;
	}

	/** The artifact's bytes; an SOP with errors, or a booklet, is refused. */
	private static byte[] write(XtextResource resource, Artifact artifact) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Sop sop)) {
			throw new Refused("Berkas ini bukan SOP; dokumen dan checklist dibuat dari berkas SOP.");
		}
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		List<Issue> errors = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new Refused("SOP " + sop.getName() + " masih punya " + errors.size()
					+ " kesalahan; perbaiki dulu, lalu buat dokumennya lagi.");
		}
		return artifact.write(sop, DocumentSettings.standard());
	}

	/** The .sop file of the active editor, or the one selected in a view. */
	private static IFile file(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof IAdaptable adaptable) {
			IFile file = adaptable.getAdapter(IFile.class);
			if (file != null) {
				return file;
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return editor != null && editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
	}

	private static final class Refused extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}
}
