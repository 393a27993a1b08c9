package org.dinsos.sop.diagram.design;

import java.io.IOException;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * A diagram tool's change of a .sop file that no editor shows, as an undoable operation: the file's text before and
 * after, written through the workspace. Undo and redo only write when the file still holds the text they expect, so
 * they never overwrite a change made since.
 */
final class FileTextChange extends AbstractOperation {

	private final IFile file;
	private final String before;
	private final String after;

	FileTextChange(IFile file, String before, String after) {
		super("Ubah " + file.getName());
		this.file = file;
		this.before = before;
		this.after = after;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return replace(before, after);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return replace(before, after);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return replace(after, before);
	}

	private IStatus replace(String expected, String text) throws ExecutionException {
		try {
			if (!SopFiles.read(file).equals(expected)) {
				return Status.error("Berkas " + file.getName() + " sudah berubah; perubahan ini tidak dapat dibatalkan.");
			}
			SopFiles.write(file, text);
			return Status.OK_STATUS;
		} catch (CoreException | IOException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
