package org.dinsos.sop.tests.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.dinsos.sop.diagram.edit.DiagramEditor;
import org.dinsos.sop.ide.SopIdeSetup;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Dokumen;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.text.TextEdit;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** Shared fixtures: the bundled examples and SOP snippets, read by the real language setup. */
public final class Sops {

	/** The examples folder of the repository (the build passes its path). */
	public static final Path EXAMPLES = Path.of(System.getProperty("sop.examples", "../examples")).toAbsolutePath()
			.normalize();

	/** The root of the repository, holding the examples and every bundle's sources. */
	public static final Path REPOSITORY = EXAMPLES.getParent();

	/** The language as the command line and the language server run it, validators registered. */
	public static final Injector INJECTOR = new SopIdeSetup().createInjectorAndDoEMFRegistration();

	/** The diagram's edit operations, as the language server runs them. */
	public static final DiagramEditor EDITOR = INJECTOR.getInstance(DiagramEditor.class);

	private Sops() {
	}

	/** The valid examples: the five SOPs and their booklet, not the deliberately invalid copies. */
	public static List<Path> exampleFiles() {
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			return files.filter(f -> f.toString().endsWith(".sop")).sorted().collect(Collectors.toList());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The five SOPs among the examples: every example but the booklet. */
	public static List<Path> sopExampleFiles() {
		return exampleFiles().stream().filter(file -> !file.getFileName().toString().equals("buku.sop"))
				.collect(Collectors.toList());
	}

	/** The SOPs that push the flowchart drawing to its edges (see the README beside them). */
	public static final Path STRESS = REPOSITORY.resolve("org.dinsos.sop.tests/resources/stress");

	/** The stress SOPs, each parsed on its own. */
	public static List<Sop> stressSops() {
		try (Stream<Path> files = Files.list(STRESS)) {
			return files.filter(f -> f.toString().endsWith(".sop")).sorted()
					.map(file -> (Sop) root(parse(file, read(file)))).collect(Collectors.toList());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Path example(String fileName) {
		return EXAMPLES.resolve(fileName);
	}

	/** All examples in one resource set, so that links between them resolve, as in a workspace. */
	public static XtextResourceSet loadExamples() {
		return load(exampleFiles(), Map.of());
	}

	/** The examples, with some files' contents replaced by the given texts. */
	public static XtextResourceSet load(List<Path> files, Map<Path, String> replacedTexts) {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		for (Path file : files) {
			Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
			try {
				String text = replacedTexts.containsKey(file) ? replacedTexts.get(file) : read(file);
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return resourceSet;
	}

	public static XtextResource resource(XtextResourceSet resourceSet, Path file) {
		return (XtextResource) resourceSet.getResource(URI.createFileURI(file.toString()), false);
	}

	public static Sop sop(XtextResourceSet resourceSet, String fileName) {
		return (Sop) resource(resourceSet, example(fileName)).getContents().get(0);
	}

	/** The examples' booklet, from a resource set holding the examples. */
	public static Buku booklet(XtextResourceSet resourceSet) {
		return (Buku) resource(resourceSet, example("buku.sop")).getContents().get(0);
	}

	/** A file's text parsed on its own, under the file's name. */
	public static XtextResource parse(Path file, String text) {
		return resource(load(List.of(file), Map.of(file, text)), file);
	}

	/** A snippet parsed on its own, as if it were the file "snippet.sop". */
	public static XtextResource parse(String text) {
		return load(INJECTOR.getInstance(XtextResourceSet.class), "snippet.sop", text);
	}

	/** A text read into a resource set under a relative URI, beside the files already there. */
	public static XtextResource load(XtextResourceSet resourceSet, String uri, String text) {
		Resource resource = resourceSet.createResource(URI.createURI(uri));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return (XtextResource) resource;
	}

	public static Dokumen root(XtextResource resource) {
		return (Dokumen) resource.getContents().get(0);
	}

	public static List<Issue> validate(Resource resource) {
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/**
	 * The problems with the given code in a snippet, each as "severity line:column+length message",
	 * the way a reader finds them in the file.
	 */
	public static List<String> diagnostics(String text, String code) {
		return diagnostics(parse(text), code);
	}

	public static List<String> diagnostics(Resource resource, String code) {
		return validate(resource).stream().filter(issue -> code.equals(issue.getCode()))
				.map(issue -> issue.getSeverity().name().toLowerCase(Locale.ROOT) + " " + issue.getLineNumber() + ":"
						+ issue.getColumn() + "+" + issue.getLength() + " " + issue.getMessage())
				.collect(Collectors.toList());
	}

	/** The comments of a file, in order, as written. */
	public static List<String> comments(XtextResource resource) {
		return StreamSupport.stream(resource.getParseResult().getRootNode().getLeafNodes().spliterator(), false)
				.filter(ILeafNode::isHidden).map(ILeafNode::getText).filter(t -> !t.isBlank()).map(String::strip)
				.collect(Collectors.toList());
	}

	/** An SOP of `steps` steps over five lanes, a decision every tenth step looping back one step. */
	public static String generated(int steps) {
		StringBuilder text = new StringBuilder("""
				sop Besar "Pelayanan Besar untuk Uji Kecepatan" {
					unit "Dinas Sosial Kota Metro"
					nomor "800/99/D-5/03/2024"
					tanggal pembuatan 2024-01-05
					disahkan oleh "Kepala Dinas Sosial Kota Metro"
					pelaksana {
						kadis "Kepala Dinas"
						sekretaris "Sekretaris"
						kabid "Kepala Bidang"
						perencana "Fungsional Perencana"
						staf "Staf"
					}
					prosedur {
				""");
		String[] lanes = { "kadis", "sekretaris", "kabid", "perencana", "staf" };
		for (int n = 1; n <= steps; n++) {
			String lane = lanes[n % lanes.length];
			String jenis = n == 1 ? "mulai " : n == steps ? "selesai " : n % 10 == 0 ? "keputusan " : "";
			text.append("\t\t").append(n).append(' ').append(jenis).append(lane).append(" \"Memeriksa berkas ").append(n).append("\"\n")
					.append("\t\t\tkelengkapan \"Berkas ").append(n - 1).append("\"\n")
					.append("\t\t\twaktu 10 menit\n")
					.append("\t\t\toutput \"Berkas ").append(n).append("\"\n");
			if (n % 10 == 0 && n != steps) {
				text.append("\t\t\tya ke ").append(n + 1).append("\n\t\t\ttidak ke ").append(n - 1).append('\n');
			}
		}
		return text.append("\t}\n}\n").toString();
	}

	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text with the edits of a language server's answer made, as an editor makes them. */
	public static String applyEdits(String text, List<? extends org.eclipse.lsp4j.TextEdit> edits) {
		return TextEdit.apply(text, edits.stream().map(edit -> {
			int start = offset(text, edit.getRange().getStart());
			return new TextEdit(start, offset(text, edit.getRange().getEnd()) - start, edit.getNewText());
		}).toList());
	}

	/**
	 * The lines taken out ("-" and the line) and put in ("+" and the line) from one text to another, in
	 * order, along a longest common subsequence of their lines.
	 */
	public static List<String> lineDiff(List<String> before, List<String> after) {
		int[][] common = new int[before.size() + 1][after.size() + 1];
		for (int i = before.size() - 1; i >= 0; i--) {
			for (int j = after.size() - 1; j >= 0; j--) {
				common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<String> changes = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < before.size() || j < after.size()) {
			if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
				i++;
				j++;
			} else if (j == after.size() || i < before.size() && common[i + 1][j] >= common[i][j + 1]) {
				changes.add("-" + before.get(i++));
			} else {
				changes.add("+" + after.get(j++));
			}
		}
		return changes;
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
