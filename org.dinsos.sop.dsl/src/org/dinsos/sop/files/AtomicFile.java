package org.dinsos.sop.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file so that readers see the old content or the new one, never half of it. */
public final class AtomicFile {

	private AtomicFile() {
	}

	public static void write(Path file, byte[] content) throws IOException {
		Path absolute = file.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
		try {
			Files.write(temp, content);
			keepPermissions(absolute, temp);
			Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A temporary file is private to its owner; the written file keeps the old one's permissions, or the usual ones. */
	private static void keepPermissions(Path file, Path temp) throws IOException {
		if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) {
			return;
		}
		Files.setPosixFilePermissions(temp, Files.exists(file) ? Files.getPosixFilePermissions(file)
				: PosixFilePermissions.fromString("rw-r--r--"));
	}
}
