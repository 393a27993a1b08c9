package org.dinsos.sop.tests.diagram;

import static org.dinsos.sop.sop.SopPackage.Literals.MUTU_BAKU__OUTPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dinsos.sop.diagram.edit.EditOperation.DeleteStep;
import org.dinsos.sop.diagram.edit.EditOperation.EditOutput;
import org.dinsos.sop.diagram.edit.EditOperation;
import org.dinsos.sop.diagram.edit.EditResult;
import org.dinsos.sop.formatting2.SopSourceFormatter;
import org.dinsos.sop.ide.Descriptions;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.support.Sops;
import org.dinsos.sop.text.TextEdit;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * What the diagram edit tests share: an SOP read as the rows and lanes of its flowchart, an operation
 * applied to a text, and the soundness every accepted edit must keep.
 */
final class DiagramEditSupport {

	private static final SopSourceFormatter FORMATTER = Sops.INJECTOR.getInstance(SopSourceFormatter.class);

	private DiagramEditSupport() {
	}

	/** A row of the flowchart as its reader sees it; branch targets are named by their kegiatan. */
	record Row(String jenis, String pelaksana, String kegiatan, String waktu, List<String> kelengkapan,
			List<String> output, String keterangan, String ya, String tidak, String lanjut) {

		static Row proses(String pelaksana, String kegiatan, String waktu) {
			return new Row("proses", pelaksana, kegiatan, waktu, List.of(), List.of(), null, null, null, null);
		}

		static Row keputusan(String pelaksana, String kegiatan, String waktu, String ya, String tidak) {
			return new Row("keputusan", pelaksana, kegiatan, waktu, List.of(), List.of(), null, ya, tidak, null);
		}

		Row withPelaksana(String value) {
			return new Row(jenis, value, kegiatan, waktu, kelengkapan, output, keterangan, ya, tidak, lanjut);
		}

		Row withKegiatan(String value) {
			return new Row(jenis, pelaksana, value, waktu, kelengkapan, output, keterangan, ya, tidak, lanjut);
		}

		Row withWaktu(String value) {
			return new Row(jenis, pelaksana, kegiatan, value, kelengkapan, output, keterangan, ya, tidak, lanjut);
		}

		Row withOutput(List<String> value) {
			return new Row(jenis, pelaksana, kegiatan, waktu, kelengkapan, value, keterangan, ya, tidak, lanjut);
		}

		Row withYa(String value) {
			return new Row(jenis, pelaksana, kegiatan, waktu, kelengkapan, output, keterangan, value, tidak, lanjut);
		}

		Row withTidak(String value) {
			return new Row(jenis, pelaksana, kegiatan, waktu, kelengkapan, output, keterangan, ya, value, lanjut);
		}

		Row withLanjut(String value) {
			return new Row(jenis, pelaksana, kegiatan, waktu, kelengkapan, output, keterangan, ya, tidak, value);
		}

		/** The row with every branch to `from` going to `to`. */
		Row retargeted(String from, String to) {
			return new Row(jenis, pelaksana, kegiatan, waktu, kelengkapan, output, keterangan, swap(ya, from, to),
					swap(tidak, from, to), swap(lanjut, from, to));
		}

		private static String swap(String target, String from, String to) {
			return from.equals(target) ? to : target;
		}
	}

	static List<Row> rows(Sop sop) {
		return sop.getLangkah().stream().map(langkah -> new Row(Descriptions.kind(langkah), langkah.getPelaksana().getName(),
				langkah.getKegiatan(), Descriptions.waktu(langkah.getMutuBaku().getWaktu()),
				List.copyOf(langkah.getMutuBaku().getKelengkapan()),
				List.copyOf(langkah.getMutuBaku().getOutput()), langkah.getKeterangan(),
				kegiatan(langkah instanceof Keputusan k ? k.getYa() : null),
				kegiatan(langkah instanceof Keputusan k ? k.getTidak() : null),
				kegiatan(langkah instanceof Proses p ? p.getLanjut() : null))).collect(Collectors.toList());
	}

	private static String kegiatan(Langkah target) {
		return target == null ? null : target.getKegiatan();
	}

	static List<String> lanes(Sop sop) {
		return sop.getPelaksana().stream().map(p -> p.getName() + " " + p.getLabel()).collect(Collectors.toList());
	}

	static List<Row> inserted(List<Row> rows, int index, Row row) {
		List<Row> result = new ArrayList<>(rows);
		result.add(index, row);
		return result;
	}

	static List<Row> removed(List<Row> rows, int index) {
		List<Row> result = new ArrayList<>(rows);
		result.remove(index);
		return result;
	}

	static List<Row> swapped(List<Row> rows, int i, int j) {
		List<Row> result = new ArrayList<>(rows);
		Collections.swap(result, i, j);
		return result;
	}

	static List<Row> replaced(List<Row> rows, int index, Row row) {
		List<Row> result = new ArrayList<>(rows);
		result.set(index, row);
		return result;
	}

	/** The rows with every branch to the step doing `from` going to the one doing `to`. */
	static List<Row> retargeted(List<Row> rows, String from, String to) {
		return rows.stream().map(row -> row.retargeted(from, to)).collect(Collectors.toList());
	}

	static Sop sop(XtextResource resource) {
		return (Sop) Sops.root(resource);
	}

	/** The operation applied to the file's text; it must be accepted. */
	static String applied(Path file, String text, EditOperation operation) {
		EditResult result = Sops.EDITOR.apply(Sops.parse(file, text), operation);
		assertFalse(result.isRefused(), () -> operation + " refused: " + result.refusal());
		return TextEdit.apply(text, result.edits());
	}

	/**
	 * What every accepted edit keeps: the text parses and validates without errors, the steps are
	 * numbered 1..n, every comment is still there (but those of a deleted step), a file in canonical
	 * layout stays in it, and every line outside the elements whose content changed is as it was, up to
	 * the step numbers in it. Gives the changed text, parsed.
	 */
	static XtextResource assertSound(Path file, XtextResource old, String after, EditOperation operation) {
		XtextResource changed = Sops.parse(file, after);
		assertFalse(changed.getParseResult().hasSyntaxErrors(), after);
		assertEquals(List.of(), errors(changed), after);
		List<String> numbers = sop(changed).getLangkah().stream().map(Langkah::getName).collect(Collectors.toList());
		assertEquals(Stream.iterate(1, i -> i + 1).limit(numbers.size()).map(String::valueOf).collect(Collectors.toList()),
				numbers);

		List<String> expectedComments = new ArrayList<>(Sops.comments(old));
		if (operation instanceof DeleteStep delete) {
			comments(sop(old).getLangkah().get(delete.step() - 1)).forEach(expectedComments::remove);
		}
		if (operation instanceof EditOutput edit && edit.output().isEmpty()) {
			comments(sop(old).getLangkah().get(edit.step() - 1).getMutuBaku(), MUTU_BAKU__OUTPUT)
					.forEach(expectedComments::remove);
		}
		// As the formatter does, the lines of a block comment that moves may be indented anew.
		assertEquals(sorted(spaced(expectedComments)), sorted(spaced(Sops.comments(changed))), "comments");
		if (isCanonical(old)) {
			assertEquals(after, FORMATTER.format(changed), "canonical layout");
		}
		assertOnlyChangedElementsChanged(old, changed);
		return changed;
	}

	/** Whether a file is in the canonical layout; the examples are, and keep it through every edit. */
	private static boolean isCanonical(XtextResource resource) {
		return Sops.exampleFiles().stream().anyMatch(example -> URI.createFileURI(example.toString()).equals(resource.getURI()))
				|| text(resource).equals(FORMATTER.format(resource));
	}

	static List<String> errors(XtextResource resource) {
		return Sops.validate(resource).stream().filter(issue -> issue.getSeverity() == Severity.ERROR)
				.map(Issue::getMessage).collect(Collectors.toList());
	}

	/** The comments at the end of the line where a feature of an element is written. */
	private static List<String> comments(EObject element, EStructuralFeature feature) {
		ICompositeNode root = NodeModelUtils.getNode(element).getRootNode();
		return comments(root, NodeModelUtils.findNodesForFeature(element, feature).stream()
				.map(node -> lineOf(root.getText(), node.getOffset())).collect(Collectors.toSet()));
	}

	/** The comments that go with a step: those on its lines, from the comments above it to its last line. */
	private static List<String> comments(Langkah langkah) {
		return comments(NodeModelUtils.getNode(langkah).getRootNode(), lines(langkah));
	}

	private static List<String> comments(ICompositeNode root, Set<Integer> lines) {
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.isHidden() && !leaf.getText().isBlank() && lines.contains(lineOf(root.getText(), leaf.getOffset()))) {
				comments.add(leaf.getText().strip());
			}
		}
		return comments;
	}

	private static List<String> spaced(List<String> comments) {
		return comments.stream().map(comment -> comment.replaceAll("\\s+", " ")).collect(Collectors.toList());
	}

	private static List<String> sorted(List<String> items) {
		return items.stream().sorted().collect(Collectors.toList());
	}

	/**
	 * Compares the lines of two texts: lines of the steps and lanes whose content differs may change;
	 * of the others, every line that differs must have its twin on the other side once step numbers
	 * are masked.
	 */
	private static void assertOnlyChangedElementsChanged(XtextResource old, XtextResource changed) {
		List<Row> oldRows = rows(sop(old));
		List<Row> newRows = rows(sop(changed));
		List<String> oldLanes = lanes(sop(old));
		List<String> newLanes = lanes(sop(changed));
		Set<Integer> oldAllowed = linesNotIn(oldRows, newRows, i -> sop(old).getLangkah().get(i));
		oldAllowed.addAll(linesNotIn(oldLanes, newLanes, i -> sop(old).getPelaksana().get(i)));
		Set<Integer> newAllowed = linesNotIn(newRows, oldRows, i -> sop(changed).getLangkah().get(i));
		newAllowed.addAll(linesNotIn(newLanes, oldLanes, i -> sop(changed).getPelaksana().get(i)));
		List<String> before = outside(text(old), oldAllowed);
		List<String> after = outside(text(changed), newAllowed);
		List<String> diff = Sops.lineDiff(before, after);
		assertEquals(sorted(changedLines(diff, "-")), sorted(changedLines(diff, "+")), "lines outside the changed elements");
	}

	/** The lines of the elements of one side whose content the other side does not have. */
	private static <T> Set<Integer> linesNotIn(List<T> side, List<T> other, IntFunction<EObject> element) {
		Set<Integer> lines = new HashSet<>();
		for (int i = 0; i < side.size(); i++) {
			if (!other.contains(side.get(i))) {
				lines.addAll(lines(element.apply(i)));
			}
		}
		return lines;
	}

	private static List<String> outside(String text, Set<Integer> changed) {
		List<String> lines = text.lines().collect(Collectors.toList());
		List<String> result = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!changed.contains(i)) {
				result.add(lines.get(i));
			}
		}
		return result;
	}

	static String text(XtextResource resource) {
		return resource.getParseResult().getRootNode().getText();
	}

	/**
	 * The lines (from 0) of an element, from the first comment on a line of its own above it to its
	 * last token; a comment that ends the line above belongs to that line.
	 */
	private static Set<Integer> lines(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		String text = node.getRootNode().getText();
		int start = node.getOffset();
		for (ILeafNode leaf : node.getLeafNodes()) {
			int lineStart = text.lastIndexOf('\n', leaf.getOffset() - 1) + 1;
			if (!leaf.getText().isBlank() && text.substring(lineStart, leaf.getOffset()).isBlank()) {
				start = Math.min(start, leaf.getOffset());
				break;
			}
		}
		Set<Integer> lines = new HashSet<>();
		int first = lineOf(text, start);
		int last = lineOf(text, node.getEndOffset() - 1);
		for (int line = first; line <= last; line++) {
			lines.add(line);
		}
		return lines;
	}

	private static int lineOf(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
	}

	/** The lines of a diff with this sign, step numbers masked. */
	private static List<String> changedLines(List<String> diff, String sign) {
		return diff.stream().filter(line -> line.startsWith(sign)).map(line -> maskNumbers(line.substring(1)))
				.collect(Collectors.toList());
	}

	private static String maskNumbers(String line) {
		return line.replaceFirst("^(\\s*)\\d+ ", "$1# ").replaceAll("\\bke \\d+", "ke #");
	}
}
