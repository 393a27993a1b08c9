package org.dinsos.sop.tests.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.dinsos.sop.ide.SopIdeSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.google.inject.Injector;

/** What the fuzzing harnesses share: the language as sop.jar runs it, the examples, and fuzzed SOP texts. */
final class FuzzSupport {

	static final Injector INJECTOR = new SopIdeSetup().createInjectorAndDoEMFRegistration();

	/** The five SOPs and the booklet of the repository: the shapes the fuzzer starts from. */
	static final List<String> EXAMPLES = examples();

	/** Pieces of the language and of hostile text the fuzzer splices in. */
	private static final List<String> PIECES = List.of("sop ", "buku ", "{", "}", "\"", "\\\"", "\n", "\t", " ke ", "ya ke 1",
			"tidak ke 99", "lanjut ke 2", "keputusan ", "mulai ", "selesai ", "waktu 1,5 jam", "waktu 0 menit", "kelengkapan \"",
			"output \"", "pelaksana {", "prosedur {", "2147483648 ", "99999999999999999999 ", "<script>alert(1)</script>",
			"](javascript:alert(1))", "&amp;", "]]>", "\u0000", "\ufeff", "// komentar\n", "/* blok */", "é", "\ud83d\ude00");

	private FuzzSupport() {
	}

	/** An SOP text: an example with a few fuzzed cuts and insertions, or (rarely) raw fuzzed text. */
	static String text(FuzzedDataProvider data) {
		if (data.consumeInt(0, 15) == 0) {
			return data.consumeRemainingAsString();
		}
		StringBuilder text = new StringBuilder(EXAMPLES.get(data.consumeInt(0, EXAMPLES.size() - 1)));
		int changes = data.consumeInt(1, 4);
		for (int i = 0; i < changes && data.remainingBytes() > 0; i++) {
			int at = data.consumeInt(0, text.length());
			int cut = Math.min(data.consumeInt(0, 40), text.length() - at);
			String insert = data.consumeBoolean() ? PIECES.get(data.consumeInt(0, PIECES.size() - 1)) : data.consumeString(40);
			text.replace(at, at + cut, insert);
		}
		return text.toString();
	}

	/** A text parsed as the file "fuzz.sop" of a fresh workspace. */
	static XtextResource parse(String text) {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("fuzz.sop"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** The tokens of a parsed text, without whitespace and comments. */
	static List<String> tokens(XtextResource resource) {
		return StreamSupport.stream(resource.getParseResult().getRootNode().getLeafNodes().spliterator(), false)
				.filter(leaf -> !leaf.isHidden()).map(ILeafNode::getText).toList();
	}

	private static List<String> examples() {
		Path folder = Path.of(System.getProperty("sop.examples", "../examples"));
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.toString().endsWith(".sop")).sorted().map(FuzzSupport::read).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
