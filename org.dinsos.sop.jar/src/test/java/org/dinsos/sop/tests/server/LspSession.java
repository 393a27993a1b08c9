package org.dinsos.sop.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * `java -jar sop.jar lsp` as an editor runs it: JSON-RPC frames written to its stdin, and every byte of its
 * stdout read back as LSP frames (a Content-Length header, a blank line, that many bytes of UTF-8 JSON). A
 * byte that is not part of such a frame fails the session.
 */
final class LspSession implements AutoCloseable {

	/** The packed jar the build made; failsafe passes its path. */
	static final Path JAR = Path.of(System.getProperty("sop.jar", "target/sop.jar")).toAbsolutePath();

	/** Long enough for a start-up on a busy build machine; a live server answers in far less. */
	private static final Duration PATIENCE = Duration.ofMinutes(3);

	private final Process process;
	private final OutputStream in;
	private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
	private final List<JsonObject> seen = new ArrayList<>();
	private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
	private final Thread reader;
	private volatile String corruption;
	private volatile long stdoutBytes;
	private int nextId = 1;

	LspSession(Path workspace) throws IOException {
		process = new ProcessBuilder("java", "-Xmx512m", "-jar", JAR.toString(), "lsp").directory(workspace.toFile())
				.start();
		in = process.getOutputStream();
		reader = new Thread(() -> readFrames(process.getInputStream()), "stdout frames");
		reader.setDaemon(true);
		reader.start();
		Thread errors = new Thread(() -> copy(process.getErrorStream(), stderr), "stderr");
		errors.setDaemon(true);
		errors.start();
	}

	/** Sends a request and waits for its answer (a result or an error). */
	JsonObject request(String method, JsonElement params) throws IOException {
		int id = nextId++;
		JsonObject message = message(method, params);
		message.addProperty("id", id);
		send(message.toString());
		return await(m -> m.has("id") && m.get("id").isJsonPrimitive() && m.get("id").getAsInt() == id
				&& !m.has("method"));
	}

	void notify(String method, JsonElement params) throws IOException {
		send(message(method, params).toString());
	}

	/** One well-formed frame around any body. */
	void send(String body) throws IOException {
		sendRaw(frame(body.getBytes(StandardCharsets.UTF_8)));
	}

	static byte[] frame(byte[] body) {
		byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] frame = new byte[header.length + body.length];
		System.arraycopy(header, 0, frame, 0, header.length);
		System.arraycopy(body, 0, frame, header.length, body.length);
		return frame;
	}

	void sendRaw(byte[] bytes) throws IOException {
		in.write(bytes);
		in.flush();
	}

	/** The first message, already received or still to come, that matches. */
	JsonObject await(Predicate<JsonObject> wanted) {
		for (JsonObject message : seen) {
			if (wanted.test(message)) {
				seen.remove(message);
				return message;
			}
		}
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		try {
			while (System.nanoTime() < deadline) {
				assertPure();
				JsonObject message = messages.poll(200, TimeUnit.MILLISECONDS);
				if (message == null) {
					assertTrue(process.isAlive(), () -> "the server died; its stderr:\n" + stderr());
				} else if (wanted.test(message)) {
					return message;
				} else {
					seen.add(message);
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return fail("no answer within " + PATIENCE + "; stderr:\n" + stderr());
	}

	/** Every notification of the method received so far, in order, taken out. */
	List<JsonObject> drain(String method) {
		messages.drainTo(seen);
		List<JsonObject> found = seen.stream().filter(m -> method.equals(stringOf(m, "method"))).toList();
		seen.removeAll(found);
		return found;
	}

	void assertPure() {
		if (corruption != null) {
			fail("stdout is not pure LSP: " + corruption);
		}
	}

	boolean alive() {
		return process.isAlive();
	}

	long pid() {
		return process.pid();
	}

	long stdoutBytes() {
		return stdoutBytes;
	}

	String stderr() {
		synchronized (stderr) {
			return stderr.toString(StandardCharsets.UTF_8);
		}
	}

	/** Resident memory of the server in MiB, as Linux counts it. */
	long residentMiB() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return -1;
	}

	/** Heap in use by the server after a full collection, in MiB, as jcmd reports it. */
	long heapAfterCollectionMiB() throws IOException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		run(jcmd.toString(), String.valueOf(process.pid()), "GC.run");
		Matcher used = Pattern.compile("used (\\d+)K").matcher(run(jcmd.toString(), String.valueOf(process.pid()), "GC.heap_info"));
		return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
	}

	private static String run(String... command) throws IOException {
		Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
		return new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	/** shutdown and exit, as a client ends a session; the server leaves with code 0 and stdout still pure. */
	@Override
	public void close() throws IOException {
		try {
			if (process.isAlive()) {
				JsonObject answer = request("shutdown", null);
				assertTrue(answer.has("result"), answer::toString);
				notify("exit", null);
				in.close();
				assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server did not exit");
				assertEquals(0, process.exitValue(), this::stderr);
				reader.join(10_000);
				assertPure();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			process.destroyForcibly();
		}
	}

	private static JsonObject message(String method, JsonElement params) {
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", method);
		if (params != null) {
			message.add("params", params);
		}
		return message;
	}

	static String stringOf(JsonObject object, String member) {
		JsonElement value = object.get(member);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
	}

	/** Reads frames until the stream ends; the first byte out of place is recorded as the corruption. */
	private void readFrames(InputStream stdout) {
		try {
			while (true) {
				String header = headerBlock(stdout);
				if (header == null) {
					return;
				}
				int length = -1;
				for (String line : header.split("\r\n")) {
					if (line.startsWith("Content-Length: ")) {
						length = Integer.parseInt(line.substring("Content-Length: ".length()));
					} else if (!line.startsWith("Content-Type: ")) {
						corruption = "not an LSP header line: " + shorten(line);
						return;
					}
				}
				if (length < 0) {
					corruption = "a frame without Content-Length: " + shorten(header);
					return;
				}
				byte[] body = stdout.readNBytes(length);
				stdoutBytes += body.length;
				if (body.length < length) {
					corruption = "a frame cut short";
					return;
				}
				String json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(body)).toString();
				JsonObject message = JsonParser.parseString(json).getAsJsonObject();
				if (!"2.0".equals(stringOf(message, "jsonrpc"))) {
					corruption = "not a JSON-RPC 2.0 message: " + shorten(json);
					return;
				}
				messages.add(message);
			}
		} catch (IOException | RuntimeException e) {
			corruption = "unreadable frame: " + e;
		}
	}

	/** The header lines of the next frame, up to the blank line; null at a clean end of the stream. */
	private String headerBlock(InputStream stdout) throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		while (true) {
			int b = stdout.read();
			if (b < 0) {
				if (header.size() > 0) {
					corruption = "bytes after the last frame: " + shorten(header.toString(StandardCharsets.UTF_8));
				}
				return null;
			}
			stdoutBytes++;
			header.write(b);
			byte[] bytes = header.toByteArray();
			int n = bytes.length;
			if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
				return new String(bytes, 0, n - 4, StandardCharsets.US_ASCII);
			}
			if (n > 200) {
				corruption = "not an LSP header: " + shorten(header.toString(StandardCharsets.UTF_8));
				return null;
			}
		}
	}

	private static String shorten(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	private static void copy(InputStream from, ByteArrayOutputStream to) {
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = from.read(buffer)) >= 0;) {
				synchronized (to) {
					to.write(buffer, 0, n);
				}
			}
		} catch (IOException e) {
			// the server is gone: what it wrote so far stays
		}
	}
}
