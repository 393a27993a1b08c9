package org.dinsos.sop.generator;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * Where a booklet keeps what it can write only at the end: a file in the temporary folder, readable by its
 * owner only, opened so that the operating system removes its name at once (on Linux and macOS; elsewhere
 * when it is closed). It stays readable and writable through the open channel and leaves nothing behind
 * however the program ends, killed included.
 */
public final class ScratchFile implements Closeable {

	private final FileChannel channel;

	private ScratchFile(FileChannel channel) {
		this.channel = channel;
	}

	/** A scratch file in the temporary folder (java.io.tmpdir). */
	public static ScratchFile create() throws IOException {
		return new ScratchFile(open(Path.of(System.getProperty("java.io.tmpdir"))));
	}

	/** A new file in `folder` whose name is gone as soon as it is open; the channel reads and writes it. */
	public static FileChannel open(Path folder) throws IOException {
		Path file = folder.resolve("sop-buku-" + UUID.randomUUID() + ".tmp");
		Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE,
				StandardOpenOption.DELETE_ON_CLOSE);
		FileAttribute<?>[] ownerOnly = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
		Files.createDirectories(folder);
		return FileChannel.open(file, options, ownerOnly);
	}

	/** Appends the bytes at the end of the file; returns where they start. */
	public long append(byte[] bytes) throws IOException {
		long start = channel.size();
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		while (buffer.hasRemaining()) {
			channel.write(buffer, start + buffer.position());
		}
		return start;
	}

	/** A stream that appends what is written to it at the end of the file; closing it leaves the file open. */
	public OutputStream appender() throws IOException {
		channel.position(channel.size());
		OutputStream file = Channels.newOutputStream(channel);
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				file.write(b);
			}

			@Override
			public void write(byte[] b, int offset, int length) throws IOException {
				file.write(b, offset, length);
			}
		};
	}

	public long size() throws IOException {
		return channel.size();
	}

	/** Copies `length` bytes of the file from `position` on to `out`. */
	public void copy(long position, long length, OutputStream out) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, 1 << 16));
		long done = 0;
		while (done < length) {
			buffer.clear().limit((int) Math.min(buffer.capacity(), length - done));
			int read = channel.read(buffer, position + done);
			if (read < 0) {
				throw new IOException("Berkas sementara lebih pendek dari yang ditulis");
			}
			out.write(buffer.array(), 0, read);
			done += read;
		}
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
