package org.dinsos.sop.generator.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.dinsos.sop.generator.ScratchFile;

/**
 * Where a booklet keeps the content of its pages until it is written: one {@link ScratchFile} in the
 * temporary folder, whose name is gone as soon as it is open. Each buffer PDFBox asks for is a chain of pages
 * of the file; the pages of a closed buffer are used again. The pages being read or written are held in a few slots of memory shared
 * by all buffers, so memory does not grow with the number of streams. Like the document it serves, it is
 * used by one thread at a time.
 */
final class SwapFile implements RandomAccessStreamCache {

	static final int PAGE = 4096;

	private static final int SLOTS = 32;

	private final FileChannel channel;
	private final Slot[] slots = new Slot[SLOTS];
	private int hand;
	private int[] free = new int[64];
	private int freeCount;
	private int pages;

	private SwapFile(FileChannel channel) {
		this.channel = channel;
		for (int i = 0; i < SLOTS; i++) {
			slots[i] = new Slot();
		}
	}

	/** A page of a buffer held in memory; written back to the file when the slot is taken for another. */
	private static final class Slot {
		final byte[] data = new byte[PAGE];
		Buffer owner;
		int index;
		boolean dirty;
	}

	/** The slot holding the buffer's page, loaded from the file or, for a page not yet written, empty. */
	private Slot slot(Buffer buffer, int index, boolean known) throws IOException {
		Slot slot = slots[hand];
		hand = (hand + 1) % SLOTS;
		if (slot.dirty) {
			write(slot.owner.chain[slot.index], slot.data);
		}
		if (known) {
			read(buffer.chain[index], slot.data);
		} else {
			Arrays.fill(slot.data, (byte) 0);
		}
		slot.owner = buffer;
		slot.index = index;
		slot.dirty = false;
		return slot;
	}

	/** The buffer's pages leave memory without being written: they are freed. */
	private void forget(Buffer buffer) {
		for (Slot slot : slots) {
			if (slot.owner == buffer) {
				slot.owner = null;
				slot.dirty = false;
			}
		}
	}

	/** A swap file in the temporary folder (java.io.tmpdir), readable by its owner only. */
	static RandomAccessStreamCache.StreamCacheCreateFunction inTempFolder() {
		return () -> open(Path.of(System.getProperty("java.io.tmpdir")));
	}

	static SwapFile open(Path folder) throws IOException {
		return new SwapFile(ScratchFile.open(folder));
	}

	@Override
	public RandomAccess createBuffer() {
		return new Buffer();
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}

	private int allocate() {
		return freeCount > 0 ? free[--freeCount] : pages++;
	}

	private void release(int[] chain, int count) {
		if (freeCount + count > free.length) {
			free = Arrays.copyOf(free, Math.max(2 * free.length, freeCount + count));
		}
		System.arraycopy(chain, 0, free, freeCount, count);
		freeCount += count;
	}

	private void read(int page, byte[] into) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(into);
		long at = (long) page * PAGE;
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, at + buffer.position()) < 0) {
				Arrays.fill(into, buffer.position(), into.length, (byte) 0);
				return;
			}
		}
	}

	private void write(int page, byte[] from) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(from);
		long at = (long) page * PAGE;
		while (buffer.hasRemaining()) {
			channel.write(buffer, at + buffer.position());
		}
	}

	/** One stream's bytes: its pages of the file in order. */
	private final class Buffer implements RandomAccess {

		private int[] chain = new int[4];
		private int chainLength;
		private long length;
		private long position;
		private Slot slot;
		private boolean closed;

		@Override
		public void write(int b) throws IOException {
			at(position).data[(int) (position % PAGE)] = (byte) b;
			slot.dirty = true;
			moved(1);
		}

		@Override
		public void write(byte[] b) throws IOException {
			write(b, 0, b.length);
		}

		@Override
		public void write(byte[] b, int offset, int count) throws IOException {
			int done = 0;
			while (done < count) {
				Slot page = at(position);
				int inPage = (int) (position % PAGE);
				int n = Math.min(count - done, PAGE - inPage);
				System.arraycopy(b, offset + done, page.data, inPage, n);
				page.dirty = true;
				done += n;
				moved(n);
			}
		}

		private void moved(int n) {
			position += n;
			length = Math.max(length, position);
		}

		@Override
		public int read() throws IOException {
			if (position >= length) {
				return -1;
			}
			int b = at(position).data[(int) (position % PAGE)] & 0xff;
			position++;
			return b;
		}

		@Override
		public int read(byte[] b, int offset, int count) throws IOException {
			if (position >= length) {
				return -1;
			}
			int wanted = (int) Math.min(count, length - position);
			int done = 0;
			while (done < wanted) {
				Slot page = at(position);
				int inPage = (int) (position % PAGE);
				int n = Math.min(wanted - done, PAGE - inPage);
				System.arraycopy(page.data, inPage, b, offset + done, n);
				done += n;
				position += n;
			}
			return done;
		}

		/** The slot holding the page of the given position; the stream grows onto a new page when it has none there. */
		private Slot at(long at) throws IOException {
			checkOpen();
			int index = (int) (at / PAGE);
			if (slot != null && slot.owner == this && slot.index == index) {
				return slot;
			}
			boolean known = index < chainLength;
			if (!known) {
				if (index >= chain.length) {
					chain = Arrays.copyOf(chain, Math.max(2 * chain.length, index + 1));
				}
				while (chainLength <= index) {
					chain[chainLength++] = allocate();
				}
			}
			for (Slot held : slots) {
				if (held.owner == this && held.index == index) {
					slot = held;
					return slot;
				}
			}
			slot = slot(this, index, known);
			return slot;
		}

		@Override
		public long getPosition() throws IOException {
			checkOpen();
			return position;
		}

		@Override
		public void seek(long at) throws IOException {
			checkOpen();
			if (at < 0) {
				throw new IOException("Posisi negatif: " + at);
			}
			position = Math.min(at, length);
		}

		@Override
		public long length() throws IOException {
			checkOpen();
			return length;
		}

		@Override
		public boolean isClosed() {
			return closed;
		}

		@Override
		public boolean isEOF() throws IOException {
			checkOpen();
			return position >= length;
		}

		@Override
		public RandomAccessReadView createView(long start, long count) throws IOException {
			checkOpen();
			return new RandomAccessReadView(this, start, count);
		}

		@Override
		public void clear() throws IOException {
			checkOpen();
			free();
			length = 0;
			position = 0;
		}

		@Override
		public void close() {
			if (!closed) {
				free();
				closed = true;
			}
		}

		private void free() {
			forget(this);
			release(chain, chainLength);
			chainLength = 0;
			slot = null;
		}

		private void checkOpen() throws IOException {
			if (closed) {
				throw new IOException("Penyangga sudah ditutup");
			}
		}
	}
}
