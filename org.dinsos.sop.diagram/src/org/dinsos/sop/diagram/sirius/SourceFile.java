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
 * The .sop file behind a resource. Accepted text edits are written to it, never a re-printed model,
 * and the resource is then loaded again from it, so that the model (and a Sirius diagram on it) shows
 * what the file says. Elements keep their name-based URI fragments across the reload.
 */
final class SourceFile {

	private SourceFile() {
	}

	/** Makes the edits, which are relative to the text the resource was parsed from. */
	static void write(XtextResource resource, List<TextEdit> edits) {
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
