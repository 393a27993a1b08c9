package org.dinsos.sop.diagram.sirius;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;

import org.dinsos.sop.quickfix.TextEdit;
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
			replace(file, TextEdit.apply(text, edits).getBytes(charset));
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

	/** Readers see the old text or the new one, never half of it; the file keeps its permissions. */
	private static void replace(Path file, byte[] content) throws IOException {
		Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
		try {
			Files.write(temp, content);
			if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
				Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
			}
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
