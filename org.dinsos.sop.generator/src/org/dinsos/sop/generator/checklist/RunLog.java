package org.dinsos.sop.generator.checklist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The log of checklist runs as JSON Lines, written as the run goes so that nothing done is lost when it is
 * interrupted: a header line opens each run, then one line per step done. The interactive HTML checklist
 * exports the same entries.
 */
public final class RunLog {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().disableJdkUnsafe().create();

	/** Opens a run: which SOP, who runs it, when. */
	public record Header(int run, String sop, String judul, String nomor, String operator, String dimulai) {
	}

	/**
	 * One step done: times are ISO instants, minutes have one decimal; {@code jawaban} is "ya" or "tidak" at a
	 * decision; {@code berikutnya} is absent when the step ended the run.
	 */
	public record Entry(int langkah, String kegiatan, String pelaksana, String operator, String mulai, String selesai,
			BigDecimal menit, BigDecimal menitBaku, boolean melebihi, String jawaban, String catatan,
			Integer berikutnya) {
	}

	/** The last run in a log, and the steps done in it. */
	public record LastRun(Header header, List<Entry> entries) {

		public boolean finished() {
			return !entries.isEmpty() && entries.get(entries.size() - 1).berikutnya() == null;
		}

		/** The step to go on with, when the run was interrupted after at least one step. */
		public Optional<Integer> resumeAt() {
			return entries.isEmpty() || finished() ? Optional.empty()
					: Optional.of(entries.get(entries.size() - 1).berikutnya());
		}
	}

	private final Path file;

	public RunLog(Path file) {
		this.file = file;
	}

	public Path file() {
		return file;
	}

	/**
	 * The last run in the log, or empty for a new or empty log. The log is read line by line, keeping only the
	 * last run. A last line cut short by an interruption is dropped from the file; any other unreadable line
	 * is an error naming its line number. A log that is not a regular file (a device, a FIFO, a folder) is
	 * refused before anything is read from it.
	 */
	public Optional<LastRun> lastRun() {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		requireRegularFile();
		dropCutLine();
		Header header = null;
		List<Entry> entries = new ArrayList<>();
		try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int number = 0;
			for (String line; (line = lines.readLine()) != null;) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				JsonObject json = parse(line, number);
				if (json.has("run")) {
					header = read(json, Header.class, number);
					entries.clear();
				} else if (json.has("langkah") && header != null) {
					entries.add(read(json, Entry.class, number));
				} else {
					throw new IllegalArgumentException(
							"%s:%d: baris log tidak dikenal (harus kepala run atau langkah)".formatted(file, number));
				}
			}
		} catch (CharacterCodingException e) {
			throw new IllegalArgumentException("Log %s bukan teks UTF-8; pakai --log dengan berkas lain.".formatted(file));
		} catch (IOException e) {
			throw new UncheckedIOException("Tidak dapat membaca log " + file, e);
		}
		return header == null ? Optional.empty() : Optional.of(new LastRun(header, List.copyOf(entries)));
	}

	/** A device or a FIFO would be read forever, or until memory runs out. */
	public void requireRegularFile() {
		if (Files.exists(file) && !Files.isRegularFile(file)) {
			throw new IllegalArgumentException("Log %s bukan berkas biasa (perangkat, FIFO atau folder); pakai --log dengan berkas biasa."
					.formatted(file));
		}
	}

	/** A header or an entry from its line; a missing or mistyped field is an error naming the line, not Gson's words. */
	private <T> T read(JsonObject json, Class<T> type, int number) {
		T value;
		try {
			value = GSON.fromJson(json, type);
		} catch (JsonParseException | IllegalArgumentException | IllegalStateException | ArithmeticException e) {
			value = null;
		}
		boolean complete = value instanceof Header header ? header.sop() != null && header.run() > 0
				: value instanceof Entry entry && entry.kegiatan() != null && entry.mulai() != null && entry.menit() != null;
		if (!complete) {
			throw new IllegalArgumentException("%s:%d: baris log tidak lengkap atau isiannya salah jenis".formatted(file, number));
		}
		return value;
	}

	public void append(Header header) {
		appendLine(GSON.toJson(header));
	}

	public void append(Entry entry) {
		appendLine(GSON.toJson(entry));
	}

	private void appendLine(String json) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND)) {
			channel.write(StandardCharsets.UTF_8.encode(json + "\n"));
			channel.force(false);
		} catch (IOException e) {
			throw new UncheckedIOException("Tidak dapat menulis log " + file, e);
		}
	}

	private JsonObject parse(String line, int number) {
		try {
			return JsonParser.parseString(line).getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			throw new IllegalArgumentException("%s:%d: baris log bukan JSON yang sah".formatted(file, number));
		}
	}

	/**
	 * Every complete line ends with a newline; bytes after the last one are a write the interruption cut. Only
	 * the end of the file is read to find them.
	 */
	private void dropCutLine() {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			long end = channel.size();
			ByteBuffer buffer = ByteBuffer.allocate(8192);
			while (end > 0) {
				int chunk = (int) Math.min(buffer.capacity(), end);
				buffer.clear().limit(chunk);
				channel.read(buffer, end - chunk);
				int newline = chunk - 1;
				while (newline >= 0 && buffer.get(newline) != '\n') {
					newline--;
				}
				if (newline >= 0) {
					end = end - chunk + newline + 1;
					break;
				}
				end -= chunk;
			}
			if (end < channel.size()) {
				channel.truncate(end);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Tidak dapat membaca log " + file, e);
		}
	}
}
