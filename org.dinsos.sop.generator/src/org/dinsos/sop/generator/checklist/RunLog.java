package org.dinsos.sop.generator.checklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
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
	 * The last run in the log, or empty for a new or empty log. A last line cut short by an interruption is
	 * dropped from the file; any other unreadable line is an error naming its line number.
	 */
	public Optional<LastRun> lastRun() {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		dropCutLine();
		List<String> lines = read();
		Header header = null;
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			JsonObject line = parse(lines.get(i), i + 1);
			if (line.has("run")) {
				header = GSON.fromJson(line, Header.class);
				entries.clear();
			} else if (line.has("langkah") && header != null) {
				entries.add(GSON.fromJson(line, Entry.class));
			} else {
				throw new IllegalArgumentException(
						"%s:%d: baris log tidak dikenal (harus kepala run atau langkah)".formatted(file, i + 1));
			}
		}
		return header == null ? Optional.empty() : Optional.of(new LastRun(header, List.copyOf(entries)));
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

	private List<String> read() {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Tidak dapat membaca log " + file, e);
		}
	}

	private JsonObject parse(String line, int number) {
		try {
			return JsonParser.parseString(line).getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			throw new IllegalArgumentException("%s:%d: baris log bukan JSON yang sah".formatted(file, number));
		}
	}

	/** Every complete line ends with a newline; bytes after the last one are a write the interruption cut. */
	private void dropCutLine() {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			byte[] bytes = Files.readAllBytes(file);
			int end = bytes.length;
			while (end > 0 && bytes[end - 1] != '\n') {
				end--;
			}
			if (end < bytes.length) {
				channel.truncate(end);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Tidak dapat membaca log " + file, e);
		}
	}
}
