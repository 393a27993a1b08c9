package org.dinsos.sop.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see the old content or the new one, never half of it. Replacing a file
 * keeps what a user set on it: a symbolic link stays a link and its target gets the new content; the
 * permissions, owner and group stay. A read-only file, or one whose owner or group could not be kept, is
 * refused with a {@link Refused} that says why, and stays as it was.
 */
public final class AtomicFile {

	/** Links followed at most, as the kernel does, so that a loop of links ends. */
	private static final int MAX_LINKS = 40;

	/** A file not written, with the reason in Bahasa Indonesia ("berkas hanya-baca"). */
	public static final class Refused extends IOException {
		private static final long serialVersionUID = 1L;

		Refused(String reason) {
			super(reason);
		}
	}

	private AtomicFile() {
	}

	public static void write(Path file, byte[] content) throws IOException {
		write(file, out -> out.write(content));
	}

	/** What goes into a file, written to its stream as it is made (a booklet need not be held in memory whole). */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	public static void write(Path file, Content content) throws IOException {
		Path target = followLinks(file.toAbsolutePath());
		Files.createDirectories(target.getParent());
		PosixFileAttributes old = Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? existing(target) : null;
		Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
				content.writeTo(out);
			}
			keepAttributes(old, temp);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** The file a path names after following its symbolic links; a dangling link names the file it would create. */
	private static Path followLinks(Path path) throws IOException {
		Path current = path;
		for (int links = 0; Files.isSymbolicLink(current); links++) {
			if (links == MAX_LINKS) {
				throw new Refused("tautan simbolik berputar");
			}
			current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
		}
		return current;
	}

	/** The attributes of the file to replace, which must be a regular file that may be written. */
	private static PosixFileAttributes existing(Path file) throws IOException {
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new Refused("bukan berkas biasa");
		}
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		PosixFileAttributes attributes = view == null ? null : view.readAttributes();
		boolean noWriteBit = attributes != null && attributes.permissions().stream().noneMatch(WRITE::contains);
		if (!Files.isWritable(file) || noWriteBit) {
			throw new Refused("berkas hanya-baca");
		}
		return attributes;
	}

	private static final Set<PosixFilePermission> WRITE = Set.of(PosixFilePermission.OWNER_WRITE,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

	/**
	 * The new file gets the old one's permissions, owner and group; a new file gets the usual permissions
	 * (a temporary file is private to its owner).
	 */
	private static void keepAttributes(PosixFileAttributes old, Path temp) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (view == null) {
			return;
		}
		if (old == null) {
			view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
			return;
		}
		PosixFileAttributes created = view.readAttributes();
		try {
			if (!created.owner().equals(old.owner())) {
				view.setOwner(old.owner());
			}
			if (!created.group().equals(old.group())) {
				view.setGroup(old.group());
			}
		} catch (FileSystemException notPermitted) {
			throw new Refused("pemilik atau grup berkas (" + old.owner().getName() + ":" + old.group().getName()
					+ ") tidak dapat dipertahankan");
		}
		view.setPermissions(old.permissions());
	}
}
