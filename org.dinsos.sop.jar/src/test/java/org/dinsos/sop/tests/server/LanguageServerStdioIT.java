package org.dinsos.sop.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The language server of sop.jar under a hostile session, over its real stdin and stdout: malformed frames
 * and JSON, edits outside the document, URIs it must not read, unknown methods, missing parameters, a huge
 * document and 10 000 rapid edits. After each, the server still answers, every error is a message without a
 * Java stack trace, and every byte on stdout belongs to a well-formed LSP frame.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LanguageServerStdioIT {

	private static final Path EXAMPLES = Path.of(System.getProperty("sop.examples", "../examples")).toAbsolutePath();

	@TempDir
	static Path workspace;

	@TempDir
	static Path elsewhere;

	private LspSession server;
	private String lakip;
	private String lakipText;
	private int version = 1;

	@BeforeAll
	void start() throws IOException {
		Path file = Files.copy(EXAMPLES.resolve("lakip.sop"), workspace.resolve("lakip.sop"));
		lakip = file.toUri().toString();
		lakipText = Files.readString(file);
		byte[] text = Files.readAllBytes(file);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xef;
		withBom[1] = (byte) 0xbb;
		withBom[2] = (byte) 0xbf;
		System.arraycopy(text, 0, withBom, 3, text.length);
		Files.write(workspace.resolve("notepad.sop"), new String(withBom, StandardCharsets.UTF_8)
				.replace("sop Lakip", "sop LakipNotepad").replace("800/16/D-5/03/2024", "800/17/D-5/03/2024")
				.getBytes(StandardCharsets.UTF_8));
		server = new LspSession(workspace);
		JsonObject initialize = new JsonObject();
		initialize.add("processId", JsonNull.INSTANCE);
		initialize.addProperty("rootUri", workspace.toUri().toString());
		initialize.add("capabilities", new JsonObject());
		assertTrue(server.request("initialize", initialize).has("result"));
		server.notify("initialized", new JsonObject());
		server.notify("textDocument/didOpen", open(lakip, lakipText));
		server.await(m -> "textDocument/publishDiagnostics".equals(LspSession.stringOf(m, "method"))
				&& lakip.equals(LspSession.stringOf(m.getAsJsonObject("params"), "uri")));
	}

	@AfterAll
	void stop() throws IOException {
		server.close();
	}

	@Test
	@Order(1)
	void malformedFramesAndJsonAreSkippedAndTheServerGoesOn() throws IOException {
		server.sendRaw("Content-Length: abc\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		server.sendRaw("Content-Type: application/json\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		server.send("{\"jsonrpc\":\"2.0\",\"id\":900,\"method\":");
		server.send("[1,2,3]");
		server.send("null");
		server.sendRaw(LspSession.frame(new byte[] { (byte) 0xff, (byte) 0xfe, '{', '}' }));
		server.send("{\"jsonrpc\":\"2.0\",\"id\":901,\"method\":\"textDocument/hover\",\"params\":\"bukan objek\"}");

		assertHoverAnswered();
	}

	@Test
	@Order(2)
	void aChangeOutsideTheDocumentIsRefusedWithAMessageAndTheTextKept() throws IOException {
		JsonObject change = change(range(9999, 0, 9999, 5), "x");
		server.notify("textDocument/didChange", changes(lakip, ++version, change));

		JsonObject shown = server.await(m -> "window/showMessage".equals(LspSession.stringOf(m, "method")));
		assertEquals("Perubahan teks " + lakip + " ditolak: posisinya di luar isi berkas. Server tetap memakai teks "
				+ "sebelumnya; tutup lalu buka lagi berkas ini.", shown.getAsJsonObject("params").get("message").getAsString());
		assertHoverAnswered();
	}

	@Test
	@Order(3)
	void aDiagramOfAFileTheServerDoesNotKnowIsRefused() throws IOException {
		Path missing = workspace.resolve("tidak-ada.sop");
		assertEquals("Berkas " + missing + " tidak ditemukan di ruang kerja.", errorMessage(diagram(missing.toUri().toString())));
	}

	@Test
	@Order(4)
	void aDiagramOfAnHttpUriIsRefusedWithoutFetchingIt() throws IOException {
		try (ServerSocket listener = new ServerSocket(0)) {
			String uri = "http://127.0.0.1:" + listener.getLocalPort() + "/lakip.sop";

			assertEquals("Berkas " + uri + " tidak dibaca: server bahasa SOP hanya membaca berkas (file:) di folder ruang kerja.",
					errorMessage(diagram(uri)));
			listener.setSoTimeout(1000);
			assertThrows(SocketTimeoutException.class, listener::accept, "the server connected to the URI");
		}
	}

	@Test
	@Order(5)
	void aFileOutsideTheWorkspaceIsNotRead() throws IOException {
		Path outside = Files.copy(EXAMPLES.resolve("lakip.sop"), elsewhere.resolve("lakip.sop"));

		assertEquals("Berkas " + outside + " tidak dibaca: berkas ini tidak berada di folder ruang kerja.",
				errorMessage(diagram(outside.toUri().toString())));
		assertEquals("Berkas " + outside + " tidak dibaca: berkas ini tidak berada di folder ruang kerja.",
				errorMessage(server.request("textDocument/hover", hover(outside.toUri().toString(), 0, 0))));
	}

	@Test
	@Order(6)
	void anUnknownMethodIsMethodNotFound() throws IOException {
		JsonObject answer = server.request("sop/tidakAda", new JsonObject());

		assertEquals(-32601, answer.getAsJsonObject("error").get("code").getAsInt());
		assertEquals("Permintaan 'sop/tidakAda' tidak dikenal server bahasa SOP.", errorMessage(answer));
	}

	@Test
	@Order(7)
	void requestsWithoutParamsAreInvalidParamsNamingTheRequest() throws IOException {
		for (String method : List.of("textDocument/hover", "textDocument/completion", "textDocument/definition",
				"textDocument/formatting", "textDocument/codeAction", "sop/diagram", "sop/diagramEdit",
				"workspace/executeCommand")) {
			JsonObject answer = server.request(method, null);

			assertEquals("Permintaan '" + method + "' tidak berisi parameter; server bahasa SOP memerlukannya.", errorMessage(answer));
			assertEquals(-32602, answer.getAsJsonObject("error").get("code").getAsInt());
		}
		server.notify("textDocument/didChange", null);
		server.notify("textDocument/didOpen", null);
		assertHoverAnswered();
	}

	@Test
	@Order(8)
	void errorsOfLsp4jAndXtextAreToldInBahasaIndonesiaWithoutJavaText() throws IOException {
		// The id comes first, as clients write it: lsp4j takes a message whose params fail before its id for a notification.
		server.send("{\"jsonrpc\":\"2.0\",\"id\":9001,\"method\":\"textDocument/hover\",\"params\":\"bukan objek\"}");
		JsonObject mistyped = server.await(m -> !m.has("method") && m.has("id") && m.get("id").getAsInt() == 9001);
		JsonObject refactoring = server.request("textDocument/rename", rename(lakip, 0, 0, "x"));

		assertEquals(-32700, mistyped.getAsJsonObject("error").get("code").getAsInt());
		assertEquals("Pesan ini tidak dapat dibaca server bahasa SOP: isinya bukan JSON-RPC yang sah atau parameternya tidak "
				+ "berbentuk seperti yang diminta LSP.", errorMessage(mistyped));
		assertEquals("Server bahasa SOP tidak dapat menjalankan permintaan ini; rinciannya ada di log server.",
				errorMessage(refactoring));
		assertHoverAnswered();
	}

	@Test
	@Order(9)
	void aHugeDocumentIsCheckedAndAnswered() throws IOException {
		String text = huge(1000, 4000);
		String uri = workspace.resolve("besar.sop").toUri().toString();
		Files.writeString(workspace.resolve("besar.sop"), text);
		long before = server.residentMiB();

		server.notify("textDocument/didOpen", open(uri, text));
		JsonObject hover = server.request("textDocument/hover", hover(uri, 2, 5));

		assertTrue(hover.has("result"), hover::toString);
		System.out.printf("Huge document (%d KiB, 1000 steps): server resident memory %d MiB before, %d MiB after.%n",
				text.length() / 1024, before, server.residentMiB());
	}

	@Test
	@Order(10)
	void tenThousandRapidEditsLeaveTheServerAnsweringWithFlatMemory() throws IOException {
		long before = server.residentMiB();
		long heapBefore = server.heapAfterCollectionMiB();
		for (int i = 0; i < 10_000; i++) {
			JsonObject change = i % 2 == 0 ? change(range(0, 2, 0, 2), "x") : change(range(0, 2, 0, 3), "");
			server.notify("textDocument/didChange", changes(lakip, ++version, change));
		}
		assertHoverAnswered();
		System.out.printf("10 000 edits: server heap after a full collection %d MiB before, %d MiB after; resident memory "
				+ "%d MiB before, %d MiB after; %d bytes of LSP frames on stdout.%n", heapBefore,
				server.heapAfterCollectionMiB(), before, server.residentMiB(), server.stdoutBytes());
	}

	@Test
	@Order(11)
	void aFileWithAByteOrderMarkIsReadWithoutASyntaxError() throws IOException {
		String uri = workspace.resolve("notepad.sop").toUri().toString();

		JsonObject published = server.await(m -> "textDocument/publishDiagnostics".equals(LspSession.stringOf(m, "method"))
				&& uri.equals(LspSession.stringOf(m.getAsJsonObject("params"), "uri")));

		assertFalse(published.toString().contains("Diagnostic.Syntax"), published::toString);
		assertTrue(server.request("textDocument/hover", hover(uri, 0, 5)).has("result"));
	}

	@Test
	@Order(12)
	void stdoutHeldNothingButLspFramesThroughoutTheSession() {
		server.assertPure();
		assertTrue(server.alive());
	}

	/** Hover over step 1 of lakip.sop: the server is alive, reads the current text and answers. */
	private void assertHoverAnswered() throws IOException {
		int line = lakipText.substring(0, lakipText.indexOf("1 mulai kadis")).split("\n", -1).length - 1;
		JsonObject answer = server.request("textDocument/hover", hover(lakip, line, 2));
		assertTrue(answer.has("result") && answer.get("result").isJsonObject(), answer::toString);
		server.assertPure();
	}

	private JsonObject diagram(String uri) throws IOException {
		JsonObject params = new JsonObject();
		params.addProperty("uri", uri);
		return server.request("sop/diagram", params);
	}

	/** The message of an error answer, checked to be a message for a user: no Java exception, no stack trace. */
	private static String errorMessage(JsonObject answer) {
		assertTrue(answer.has("error"), answer::toString);
		JsonObject error = answer.getAsJsonObject("error");
		assertFalse(error.has("data"), error::toString);
		String message = error.get("message").getAsString();
		assertFalse(message.contains("Exception") || message.contains("\tat ") || message.contains("java."), message);
		return message;
	}

	private static JsonObject open(String uri, String text) {
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		document.addProperty("languageId", "sop");
		document.addProperty("version", 1);
		document.addProperty("text", text);
		JsonObject params = new JsonObject();
		params.add("textDocument", document);
		return params;
	}

	private static JsonObject hover(String uri, int line, int character) {
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		JsonObject params = new JsonObject();
		params.add("textDocument", document);
		params.add("position", position(line, character));
		return params;
	}

	private static JsonObject rename(String uri, int line, int character, String newName) {
		JsonObject params = hover(uri, line, character);
		params.addProperty("newName", newName);
		return params;
	}

	private static JsonObject changes(String uri, int version, JsonObject change) {
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		document.addProperty("version", version);
		JsonArray changes = new JsonArray();
		changes.add(change);
		JsonObject params = new JsonObject();
		params.add("textDocument", document);
		params.add("contentChanges", changes);
		return params;
	}

	private static JsonObject change(JsonObject range, String text) {
		JsonObject change = new JsonObject();
		change.add("range", range);
		change.addProperty("text", text);
		return change;
	}

	private static JsonObject range(int startLine, int startCharacter, int endLine, int endCharacter) {
		JsonObject range = new JsonObject();
		range.add("start", position(startLine, startCharacter));
		range.add("end", position(endLine, endCharacter));
		return range;
	}

	private static JsonObject position(int line, int character) {
		return JsonParser.parseString("{\"line\":" + line + ",\"character\":" + character + "}").getAsJsonObject();
	}

	/** An SOP of `steps` steps, each with a kelengkapan `width` characters long. */
	static String huge(int steps, int width) {
		StringBuilder text = new StringBuilder("sop Besar \"Uji dokumen besar\" {\n\tpelaksana {\n\t\tstaf \"Staf\"\n\t}\n\tprosedur {\n");
		String kelengkapan = "Berkas ".repeat(width / 7);
		for (int n = 1; n <= steps; n++) {
			String jenis = n == 1 ? "mulai " : n == steps ? "selesai " : "";
			text.append("\t\t").append(n).append(' ').append(jenis).append("staf \"Memeriksa berkas ").append(n).append("\"\n")
					.append("\t\t\tkelengkapan \"").append(kelengkapan).append("\"\n\t\t\twaktu 10 menit\n");
		}
		return text.append("\t}\n}\n").toString();
	}
}
