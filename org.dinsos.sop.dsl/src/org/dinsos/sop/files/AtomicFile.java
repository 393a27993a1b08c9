package org.dinsos.sop.files;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 *
 * A file with more than one hard link is written in place, so that every name of it shows the new content,
 * as the user who linked them expects (a new file moved over one name would leave the others with the old
 * text). Its old content is first saved beside it; a failed write puts the old content back, and if even
 * that fails the refusal names the saved copy.
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
		if (old != null && hardLinks(target) > 1) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			content.writeTo(bytes);
			writeInPlace(target, bytes.toByteArray());
			return;
		}
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

	/** How many names (hard links) the file has; 1 where the file system does not tell. */
	private static int hardLinks(Path file) throws IOException {
		try {
			return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
		} catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
			return 1;
		}
	}

	/**
	 * Overwrites the file itself, keeping its identity and so all its names: the old content is saved in a
	 * private file beside it first, and put back if the new content cannot be written whole.
	 */
	private static void writeInPlace(Path file, byte[] content) throws IOException {
		byte[] before = Files.readAllBytes(file);
		Path saved = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".lama.tmp");
		try (FileChannel copy = FileChannel.open(saved, StandardOpenOption.WRITE)) {
			copy.write(ByteBuffer.wrap(before));
			copy.force(true);
		}
		try {
			overwrite(file, content);
		} catch (IOException failed) {
			try {
				overwrite(file, before);
			} catch (IOException restoreFailed) {
				throw new Refused("penulisan gagal dan isi lamanya tidak dapat dikembalikan; isi lama tersimpan di " + saved);
			}
			Files.deleteIfExists(saved);
			throw failed;
		}
		Files.deleteIfExists(saved);
	}

	private static void overwrite(Path file, byte[] content) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer, buffer.position());
			}
			channel.truncate(content.length);
			channel.force(true);
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
