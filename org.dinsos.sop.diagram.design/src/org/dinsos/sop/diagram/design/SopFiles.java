package org.dinsos.sop.diagram.design;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.ui.editor.XtextEditor;

/** The workspace side of .sop files: the file of a resource URI, its text, and the SOP editor open on it. */
final class SopFiles {

	private SopFiles() {
	}

	static boolean isSop(URI uri) {
		return uri != null && "sop".equals(uri.fileExtension());
	}

	/** The workspace file of a platform:/resource URI, or null. */
	static IFile file(URI uri) {
		if (uri == null || !uri.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
	}

	static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	static String read(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		}
	}

	static void write(IFile file, String text) throws CoreException {
		byte[] bytes = text.getBytes(Charset.forName(file.getCharset()));
		file.setContents(new ByteArrayInputStream(bytes), IFile.KEEP_HISTORY, null);
	}

	/** The SOP editor open on the file in any workbench window, without restoring editors not yet shown. */
	static XtextEditor editor(IFile file) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					try {
						if (reference.getEditorInput() instanceof IFileEditorInput input && file.equals(input.getFile())) {
							IEditorPart part = reference.getEditor(false);
							if (part instanceof XtextEditor editor) {
								return editor;
							}
						}
					} catch (PartInitException e) {
						// An editor that cannot say its input is not the SOP editor.
					}
				}
			}
		}
		return null;
	}
}
