import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Latency of the language server as an editor sees it (bench/run.sh, with the JDK's source launcher):
 * starts `java -jar JAR lsp`, opens the SOP, then changes the waktu of its middle step back and forth and
 * times each change to the diagnostics the server publishes for it. Prints "median p95" in milliseconds.
 *
 *   java bench/LspLatency.java JAR FILE.sop [WARMUP RUNS]
 */
public class LspLatency {

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]).toAbsolutePath();
		Path file = Path.of(args[1]).toAbsolutePath();
		int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 50;
		int runs = args.length > 3 ? Integer.parseInt(args[3]) : 200;
		String text = Files.readString(file, StandardCharsets.UTF_8);
		String uri = file.toUri().toString();
		Process server = new ProcessBuilder("java", "-jar", jar.toString(), "lsp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
		OutputStream out = server.getOutputStream();
		InputStream in = server.getInputStream();
		send(out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
				+ file.getParent().toUri() + "\",\"capabilities\":{}}}");
		while (!read(in).contains("\"id\":1")) {
			// Notifications before the answer to initialize are skipped.
		}
		send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
		send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
				+ "\",\"languageId\":\"sop\",\"version\":1,\"text\":" + json(text) + "}}}");
		awaitDiagnostics(in, uri);
		String[] lines = text.split("\n", -1);
		int middle = lines.length / 2;
		while (!lines[middle].startsWith("\t\t\twaktu ")) {
			middle++;
		}
		int column = "\t\t\twaktu ".length();
		String original = lines[middle].substring(column, lines[middle].indexOf(' ', column));
		long[] times = new long[runs];
		for (int i = -warmup; i < runs; i++) {
			String from = i % 2 == 0 ? original : original + "1";
			String to = i % 2 == 0 ? original + "1" : original;
			send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
					+ "\",\"version\":" + (i + warmup + 2) + "},\"contentChanges\":[{\"range\":{\"start\":{\"line\":" + middle
					+ ",\"character\":" + column + "},\"end\":{\"line\":" + middle + ",\"character\":" + (column + from.length())
					+ "}},\"text\":\"" + to + "\"}]}}");
			long start = System.nanoTime();
			awaitDiagnostics(in, uri);
			if (i >= 0) {
				times[i] = System.nanoTime() - start;
			}
		}
		server.destroy();
		Arrays.sort(times);
		System.out.printf(Locale.ROOT, "%.1f %.1f%n", times[runs / 2] / 1e6, times[(int) (runs * 0.95)] / 1e6);
	}

	private static void awaitDiagnostics(InputStream in, String uri) throws IOException {
		String message;
		do {
			message = read(in);
		} while (!(message.contains("textDocument/publishDiagnostics") && message.contains(uri)));
	}

	private static void send(OutputStream out, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	private static String read(InputStream in) throws IOException {
		int length = -1;
		List<String> headers = new ArrayList<>();
		while (true) {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			int c;
			while ((c = in.read()) != '\n') {
				if (c < 0) {
					throw new IOException("the server closed its output");
				}
				if (c != '\r') {
					line.write(c);
				}
			}
			String header = line.toString(StandardCharsets.US_ASCII);
			if (header.isEmpty()) {
				break;
			}
			headers.add(header);
			if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				length = Integer.parseInt(header.substring("content-length:".length()).trim());
			}
		}
		if (length < 0) {
			throw new IOException("no Content-Length in " + headers);
		}
		return new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}

	private static String json(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return json.append('"').toString();
	}
}
