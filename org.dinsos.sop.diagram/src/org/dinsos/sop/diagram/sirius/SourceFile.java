package org.dinsos.sop.diagram.sirius;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dinsos.sop.files.AtomicFile;
import org.dinsos.sop.text.TextEdit;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Where the accepted text edits of a diagram tool go: never a re-printed model, only the edits, relative to the
 * text the resource was parsed from.
 *
 * In Eclipse, org.dinsos.sop.diagram.design installs its {@link Writer} when it starts: the edits go to the open
 * editor's document (one undoable change) or, without an editor, to the file through the workspace, and the
 * diagram follows the text. Outside Eclipse (the offline tests of the viewpoint's services) the default writes the
 * file on disk atomically and loads the resource again from it, so that the model shows what the file says.
 * Elements keep their name-based URI fragments across the reload.
 */
public final class SourceFile {

	/** Makes accepted edits; throws {@link EditRefused} when they cannot be made. */
	public interface Writer {
		void write(XtextResource resource, List<TextEdit> edits);
	}

	private static final Writer ON_DISK = SourceFile::writeOnDisk;

	private static volatile Writer writer = ON_DISK;

	private SourceFile() {
	}

	/** The writer of the running platform; null puts back the one that writes the file on disk. */
	public static void use(Writer value) {
		writer = value == null ? ON_DISK : value;
	}

	/** Makes the edits, which are relative to the text the resource was parsed from. */
	static void write(XtextResource resource, List<TextEdit> edits) {
		writer.write(resource, edits);
	}

	private static void writeOnDisk(XtextResource resource, List<TextEdit> edits) {
		Path file = path(resource.getURI());
		Charset charset = Charset.forName(resource.getEncoding());
		String text = resource.getParseResult().getRootNode().getText();
		try {
			// The edits fit the text the model came from; a file changed since then would be damaged.
			if (!Files.readString(file, charset).equals(text)) {
				throw new EditRefused("Berkas " + file.getFileName()
						+ " sudah berubah sejak diagram ini dibuka; muat ulang diagramnya lalu ulangi perubahannya.");
			}
			AtomicFile.write(file, TextEdit.apply(text, edits).getBytes(charset));
			resource.unload();
			resource.load(resource.getResourceSet().getLoadOptions());
		} catch (IOException e) {
			throw new EditRefused("Berkas " + file + " tidak dapat ditulis: " + e.getMessage());
		}
	}

	private static Path path(URI uri) {
		URI local = CommonPlugin.resolve(uri);
		if (!local.isFile()) {
			throw new EditRefused("SOP " + uri + " bukan berkas di disk; diagram hanya dapat mengubah berkas .sop.");
		}
		return Path.of(local.toFileString());
	}
}
