package org.dinsos.sop.tests.server;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.dinsos.sop.ide.diagram.DiagramModel.Graph;
import org.dinsos.sop.ide.diagram.SopDiagramService.DiagramParams;
import org.dinsos.sop.tests.support.LanguageServerTestBase;
import org.dinsos.sop.tests.support.Latency;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Prints the latency of the language server on a generated 300-step SOP, in process, once the JVM is
 * warm: diagnostics after an edit, completion of a step's actor, hover over a step, the diagram model; and
 * on a 10 000-step SOP of the workspace, opened and closed nine times, as saved or with an unsaved change,
 * the time from opening it to the answer of a hover, a completion or the document symbols asked at once. A
 * benchmark, not a test: it asserts nothing and is not in the default suite. Run it with
 * {@code ./mvnw -B verify -Dtest=LanguageServerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LanguageServerBenchmark extends LanguageServerTestBase {

	private static final int STEPS = 300;
	private static final int WARMUP = 50;
	private static final int RUNS = 200;
	private static final int OPENINGS = 9;

	/** Released whenever the server publishes diagnostics for the generated file. */
	private final Semaphore published = new Semaphore(0);

	/** When the server last published diagnostics for the generated file (System.nanoTime). */
	private volatile long publishedAt;

	@Override
	public void notify(String method, Object parameter) {
		super.notify(method, parameter);
		if (parameter instanceof PublishDiagnosticsParams diagnostics && diagnostics.getUri().endsWith("besar.sop")) {
			publishedAt = System.nanoTime();
			published.release();
		}
	}

	@Test
	void latencyOnA300StepSop() throws Exception {
		String text = Sops.generated(STEPS);
		startOnEmptyWorkspace();
		String uri = openNewFile("besar.sop", text);
		published.drainPermits();
		// Step 150 is a process step: its waktu amount and its actor are what the runs edit and complete.
		int line = position(text, "\t\t150 ", 0).getLine();
		int amountColumn = "\t\t\twaktu ".length();
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		CompletionParams completion = new CompletionParams(document, new Position(line, "\t\t150 ".length()));
		HoverParams hover = new HoverParams(document, new Position(line, 3));

		long[] diagnostics = new long[RUNS];
		long[] completions = new long[RUNS];
		long[] hovers = new long[RUNS];
		long[] diagrams = new long[RUNS];
		int version = 1;
		for (int i = -WARMUP; i < RUNS; i++) {
			String amount = i % 2 == 0 ? "20" : "10";
			DidChangeTextDocumentParams change = new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
					List.of(new TextDocumentContentChangeEvent(new Range(new Position(line + 2, amountColumn),
							new Position(line + 2, amountColumn + 2)), amount)));
			long start = System.nanoTime();
			languageServer.didChange(change);
			if (!published.tryAcquire(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("no diagnostics after the change");
			}
			long afterDiagnostics = System.nanoTime();
			int labels = languageServer.completion(completion).get().getRight().getItems().size();
			long afterCompletion = System.nanoTime();
			String shown = languageServer.hover(hover).get().getContents().getRight().getValue();
			long afterHover = System.nanoTime();
			Graph diagram = (Graph) languageServer.request("sop/diagram", new DiagramParams(uri)).get();
			long afterDiagram = System.nanoTime();
			if (labels == 0 || !shown.startsWith("**Langkah 150**") || diagram.children().size() < STEPS) {
				throw new IllegalStateException("unexpected reply: " + labels + " proposals, hover " + shown);
			}
			if (i >= 0) {
				diagnostics[i] = afterDiagnostics - start;
				completions[i] = afterCompletion - afterDiagnostics;
				hovers[i] = afterHover - afterCompletion;
				diagrams[i] = afterDiagram - afterHover;
			}
		}
		System.out.println("Server bahasa, SOP " + STEPS + " langkah (" + text.length() + " karakter), " + RUNS + " kali setelah "
				+ WARMUP + " kali pemanasan:");
		Latency.print("diagnostik setelah edit", diagnostics);
		Latency.print("completion pelaksana", completions);
		Latency.print("hover langkah", hovers);
		Latency.print("model diagram", diagrams);
	}

	@Test
	void openingA10000StepSopAndAskingAtOnce() throws Exception {
		String text = Sops.generated(10_000);
		String edited = text.replace("sop Besar ", "sop BesarDiubah ");
		writeFile("pemanasan.sop", Sops.generated(2_000).replace("sop Besar ", "sop Pemanasan "));
		String uri = writeFile("besar.sop", text);
		startOnEmptyWorkspace();
		if (!published.tryAcquire(120, TimeUnit.SECONDS)) {
			throw new IllegalStateException("no diagnostics after the workspace build");
		}
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		Position step = new Position(position(text, "\t\t5000 ", 0).getLine(), 3);
		System.out.printf(Locale.ROOT, "Server bahasa, SOP 10000 langkah (%d karakter) di ruang kerja, dibuka %d kali; waktu setelah dibuka:%n",
				text.length(), OPENINGS);
		for (int i = 0; i < OPENINGS; i++) {
			// Every other opening carries an unsaved change, which the server has to parse before answering.
			boolean saved = i % 2 == 0;
			String kind = (i % 3 == 0 ? "hover" : i % 3 == 1 ? "completion" : "simbol dokumen") + (saved ? "" : ", diubah");
			published.drainPermits();
			open(uri, saved ? text : edited);
			long opened = System.nanoTime();
			String answer = switch (i % 3) {
				case 0 -> languageServer.hover(new HoverParams(document, step)).get().getContents().getRight().getValue();
				case 1 -> languageServer.completion(new CompletionParams(document, step)).get().getRight().getItems().size() + " usulan";
				default -> languageServer.documentSymbol(new DocumentSymbolParams(document)).get().size() + " simbol";
			};
			long answered = System.nanoTime();
			if (i % 3 == 0 && !answer.startsWith("**Langkah 5000**")) {
				throw new IllegalStateException("unexpected reply: " + answer);
			}
			System.out.printf(Locale.ROOT, "  %-26s jawaban pertama %6.0f ms%n", kind, (answered - opened) / 1e6);
			published.drainPermits();
			close(uri);
			if (!published.tryAcquire(120, TimeUnit.SECONDS)) {
				throw new IllegalStateException("no diagnostics after closing");
			}
			getDiagnostics();
		}
	}
}
