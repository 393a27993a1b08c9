package org.dinsos.sop.tests;

import static org.dinsos.sop.sop.SopPackage.Literals.MUTU_BAKU__OUTPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dinsos.sop.SopStandaloneSetup;
import org.dinsos.sop.diagram.edit.DiagramEditor;
import org.dinsos.sop.diagram.edit.EditOperation.AddDecision;
import org.dinsos.sop.diagram.edit.EditOperation.AddLane;
import org.dinsos.sop.diagram.edit.EditOperation.AddStep;
import org.dinsos.sop.diagram.edit.EditOperation.Branch;
import org.dinsos.sop.diagram.edit.EditOperation.ConnectBranch;
import org.dinsos.sop.diagram.edit.EditOperation.DeleteLane;
import org.dinsos.sop.diagram.edit.EditOperation.DeleteStep;
import org.dinsos.sop.diagram.edit.EditOperation.EditKegiatan;
import org.dinsos.sop.diagram.edit.EditOperation.EditOutput;
import org.dinsos.sop.diagram.edit.EditOperation.EditWaktu;
import org.dinsos.sop.diagram.edit.EditOperation.MoveLane;
import org.dinsos.sop.diagram.edit.EditOperation.MoveStep;
import org.dinsos.sop.diagram.edit.EditOperation.MoveToLane;
import org.dinsos.sop.diagram.edit.EditOperation.Position;
import org.dinsos.sop.diagram.edit.EditOperation.RenameLane;
import org.dinsos.sop.diagram.edit.EditOperation;
import org.dinsos.sop.diagram.edit.EditResult;
import org.dinsos.sop.formatting2.SopSourceFormatter;
import org.dinsos.sop.ide.Descriptions;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diagram gestures as text edits: each operation on each example gives a valid SOP with the intended
 * change, every other line as it was (comments included) and the canonical layout; what would break
 * the SOP is refused with its reason and no edits.
 */
class DiagramEditTest {

	private static final SopSourceFormatter FORMATTER = Sops.INJECTOR.getInstance(SopSourceFormatter.class);

	private static final String NEW_KEGIATAN = "Memeriksa kelengkapan berkas";

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

	private static String text(XtextResource resource) {
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

	// --- Every operation on every example ---

	private static final List<String> OPERATIONS = List.of("add step after", "add step before", "add decision",
			"delete step", "move step up", "move step down", "move to lane", "connect branch", "add lane",
			"rename lane", "move lane", "delete lane", "edit kegiatan", "edit waktu", "edit output");

	static Stream<Arguments> examplesAndOperations() {
		return Sops.sopExampleFiles().stream()
				.flatMap(file -> OPERATIONS.stream().map(operation -> Arguments.of(file.getFileName().toString(), operation)));
	}

	/** An operation and the rows and lanes it should leave. */
	private record Expectation(EditOperation operation, List<Row> rows, List<String> lanes) {
	}

	@ParameterizedTest(name = "{1} on {0}")
	@MethodSource("examplesAndOperations")
	void everyOperationMakesItsChangeAndKeepsTheRestOfTheFile(String fileName, String operation) {
		Path file = Sops.example(fileName);
		String text = prepared(file, operation);
		Expectation expected = expectation(operation, sop(Sops.parse(file, text)));

		String after = applied(file, text, expected.operation());

		Sop changed = sop(assertSound(file, Sops.parse(file, text), after, expected.operation()));
		assertEquals(expected.rows(), rows(changed));
		assertEquals(expected.lanes(), lanes(changed));
	}

	/** The example, with a decision to connect when it has none, and with a lane nobody uses to delete. */
	private static String prepared(Path file, String operation) {
		String text = Sops.read(file);
		Sop sop = sop(Sops.parse(file, text));
		if (operation.equals("connect branch") && sop.getLangkah().stream().noneMatch(Keputusan.class::isInstance)) {
			return applied(file, text, new AddDecision(2, Position.AFTER, lane(sop, 2), NEW_KEGIATAN, "1 jam", 3, 2));
		}
		if (operation.equals("delete lane")) {
			return applied(file, text, new AddLane("bendahara", "Bendahara", 2));
		}
		return text;
	}

	private static Expectation expectation(String operation, Sop sop) {
		List<Row> rows = rows(sop);
		List<String> lanes = new ArrayList<>(lanes(sop));
		String kegiatan2 = rows.get(1).kegiatan();
		String kegiatan3 = rows.get(2).kegiatan();
		return switch (operation) {
		case "add step after" -> new Expectation(new AddStep(2, Position.AFTER, lane(sop, 2), NEW_KEGIATAN, "30 menit"),
				inserted(rows, 2, Row.proses(lane(sop, 2), NEW_KEGIATAN, "30 menit")), lanes);
		case "add step before" -> new Expectation(new AddStep(3, Position.BEFORE, lane(sop, 3), NEW_KEGIATAN, "30 menit"),
				inserted(retargeted(rows, kegiatan3, NEW_KEGIATAN), 2, Row.proses(lane(sop, 3), NEW_KEGIATAN, "30 menit")),
				lanes);
		case "add decision" -> new Expectation(new AddDecision(2, Position.AFTER, lane(sop, 2), NEW_KEGIATAN, "1 jam", 3, 2),
				inserted(rows, 2, Row.keputusan(lane(sop, 2), NEW_KEGIATAN, "1 jam", kegiatan3, kegiatan2)), lanes);
		case "delete step" -> new Expectation(new DeleteStep(3), removed(rows, 2), lanes);
		case "move step up" -> new Expectation(new MoveStep(4, 3), swapped(rows, 2, 3), lanes);
		case "move step down" -> new Expectation(new MoveStep(2, 3), swapped(rows, 1, 2), lanes);
		case "move to lane" -> new Expectation(new MoveToLane(3, lane(sop, 1)),
				replaced(rows, 2, rows.get(2).withPelaksana(lane(sop, 1))), lanes);
		case "connect branch" -> {
			int decision = rows.indexOf(rows.stream().filter(row -> row.jenis().equals("keputusan")).findFirst().orElseThrow());
			yield new Expectation(new ConnectBranch(decision + 1, Branch.TIDAK, decision - 1),
					replaced(rows, decision, rows.get(decision).withTidak(rows.get(decision - 2).kegiatan())), lanes);
		}
		case "add lane" -> {
			lanes.add(1, "bendahara Bendahara");
			yield new Expectation(new AddLane("bendahara", "Bendahara", 2), rows, lanes);
		}
		case "rename lane" -> {
			String old = lane(sop, 2);
			lanes.replaceAll(lane -> lane.startsWith(old + " ") ? "petugas Petugas Lapangan" : lane);
			yield new Expectation(new RenameLane(old, "petugas", "Petugas Lapangan"), rows.stream()
					.map(row -> row.pelaksana().equals(old) ? row.withPelaksana("petugas") : row).collect(Collectors.toList()),
					lanes);
		}
		case "move lane" -> {
			String last = lanes.remove(lanes.size() - 1);
			lanes.add(0, last);
			yield new Expectation(new MoveLane(last.substring(0, last.indexOf(' ')), 1), rows, lanes);
		}
		case "delete lane" -> {
			lanes.remove("bendahara Bendahara");
			yield new Expectation(new DeleteLane("bendahara"), rows, lanes);
		}
		case "edit kegiatan" -> new Expectation(new EditKegiatan(2, "Menyusun format \"baru\""),
				replaced(retargeted(rows, kegiatan2, "Menyusun format \"baru\""), 1,
						rows.get(1).withKegiatan("Menyusun format \"baru\"")), lanes);
		case "edit waktu" -> new Expectation(new EditWaktu(2, "3 jam"), replaced(rows, 1, rows.get(1).withWaktu("3 jam")),
				lanes);
		case "edit output" -> new Expectation(new EditOutput(2, List.of("Format A", "Format B")),
				replaced(rows, 1, rows.get(1).withOutput(List.of("Format A", "Format B"))), lanes);
		default -> throw new IllegalArgumentException(operation);
		};
	}

	private static String lane(Sop sop, int nomor) {
		return sop.getLangkah().get(nomor - 1).getPelaksana().getName();
	}

	private static List<Row> inserted(List<Row> rows, int index, Row row) {
		List<Row> result = new ArrayList<>(rows);
		result.add(index, row);
		return result;
	}

	private static List<Row> removed(List<Row> rows, int index) {
		List<Row> result = new ArrayList<>(rows);
		result.remove(index);
		return result;
	}

	private static List<Row> swapped(List<Row> rows, int i, int j) {
		List<Row> result = new ArrayList<>(rows);
		Collections.swap(result, i, j);
		return result;
	}

	private static List<Row> replaced(List<Row> rows, int index, Row row) {
		List<Row> result = new ArrayList<>(rows);
		result.set(index, row);
		return result;
	}

	private static List<Row> retargeted(List<Row> rows, String from, String to) {
		return rows.stream().map(row -> row.retargeted(from, to)).collect(Collectors.toList());
	}

	@ParameterizedTest
	@MethodSource("sopExamples")
	void addingAndDeletingALaneGivesTheFileBackByteForByte(Path file) {
		String text = Sops.read(file);
		String withLane = applied(file, text, new AddLane("bendahara", "Bendahara", 3));
		assertEquals(text, applied(file, withLane, new DeleteLane("bendahara")));
	}

	static Stream<Path> sopExamples() {
		return Sops.sopExampleFiles().stream();
	}

	// --- Flow, comments and layout, on a small SOP ---

	private static final Path SNIPPET = Path.of("uji.sop");

	/** A small valid SOP: the identity page, the lanes kadis (as declared) and staf, and the given steps. */
	private static String uji(String kadis, String steps) {
		return """
				sop Uji "Uji" {
					unit "Dinas Sosial"
					nomor "1"
					tanggal pembuatan 2024-01-05
					disahkan oleh "Kepala Dinas"
					pelaksana {
						%s
						staf "Staf"
					}
					prosedur {
				%s	}
				}
				""".formatted(kadis, steps);
	}

	private static final String SOP = uji("kadis \"Kepala Dinas\" // signs", """
				// the order
				1 mulai kadis "Memerintahkan penyusunan"
					waktu 10 menit // at most

				// drafting, after a blank line
				2 staf "Menyusun draf"
					waktu 1 jam
					output "Draf" // the first draft
				3 keputusan kadis "Memeriksa draf"
					waktu 1 jam
					ya ke 4
					tidak ke 2
				4 selesai staf "Mengarsipkan"
					waktu 1 jam
		""");

	private static String edited(String text, EditOperation operation) {
		String after = applied(SNIPPET, text, operation);
		assertSound(SNIPPET, Sops.parse(SNIPPET, text), after, operation);
		return after;
	}

	@Test
	void aStepAddedAfterALineEndingInACommentGetsItsOwnLineAndTheBlankLineStays() {
		String after = edited(SOP, new AddStep(1, Position.AFTER, "staf", "Menyiapkan bahan", "30 menit"));
		assertEquals(SOP.replace("""
						waktu 10 menit // at most

			""", """
						waktu 10 menit // at most
					2 staf "Menyiapkan bahan"
						waktu 30 menit

			""").replace("2 staf \"Menyusun", "3 staf \"Menyusun").replace("3 keputusan", "4 keputusan")
				.replace("ya ke 4", "ya ke 5").replace("tidak ke 2", "tidak ke 3").replace("4 selesai", "5 selesai"), after);
	}

	@Test
	void aStepAddedBeforeABranchTargetReceivesTheBranch() {
		String after = edited(SOP, new AddStep(2, Position.BEFORE, "staf", "Menyiapkan bahan", "30 menit"));
		Sop sop = sop(Sops.parse(SNIPPET, after));
		assertEquals("Menyiapkan bahan", ((Keputusan) sop.getLangkah().get(3)).getTidak().getKegiatan());
		assertTrue(after.contains("""
						waktu 10 menit // at most
					2 staf "Menyiapkan bahan"
						waktu 30 menit

					// drafting, after a blank line
					3 staf "Menyusun draf"
			"""), after);
	}

	@Test
	void aStepAddedAfterADecisionTakesTheBranchThatWentToTheNextRow() {
		String after = edited(SOP, new AddStep(3, Position.AFTER, "kadis", "Menandatangani draf", "10 menit"));
		assertEquals(SOP.replace("""
						tidak ke 2
					4 selesai staf "Mengarsipkan"
			""", """
						tidak ke 2
					4 kadis "Menandatangani draf"
						waktu 10 menit
					5 selesai staf "Mengarsipkan"
			"""), after);
	}

	private static final String LANJUT = uji("kadis \"Kepala Dinas\"", """
				1 mulai kadis "Memerintahkan penyusunan"
					waktu 10 menit
				2 staf "Menyusun draf"
					waktu 1 jam
					lanjut ke 4
				3 staf "Memperbaiki draf"
					waktu 1 jam
				4 keputusan kadis "Memeriksa draf"
					waktu 1 jam
					ya ke 5
					tidak ke 3
				5 selesai staf "Mengarsipkan"
					waktu 1 jam
		""");

	@Test
	void aStepAddedAfterALanjutContinuesWhereItWent() {
		String after = edited(LANJUT, new AddStep(2, Position.AFTER, "staf", "Merapikan draf", "30 menit"));
		assertEquals(LANJUT.replace("""
						lanjut ke 4
					3 staf "Memperbaiki draf"
			""", """
						lanjut ke 3
					3 staf "Merapikan draf"
						waktu 30 menit
						lanjut ke 5
					4 staf "Memperbaiki draf"
			""").replace("4 keputusan", "5 keputusan").replace("ya ke 5", "ya ke 6").replace("tidak ke 3", "tidak ke 4")
				.replace("5 selesai", "6 selesai"), after);
	}

	@Test
	void deletingAStepTellsTheRowAboveWhereTheFlowGoesOn() {
		String after = edited(LANJUT, new DeleteStep(2));
		assertEquals(LANJUT.replace("""
						waktu 10 menit
					2 staf "Menyusun draf"
						waktu 1 jam
						lanjut ke 4
					3 staf "Memperbaiki draf"
			""", """
						waktu 10 menit
						lanjut ke 3
					2 staf "Memperbaiki draf"
			""").replace("4 keputusan", "3 keputusan").replace("ya ke 5", "ya ke 4").replace("tidak ke 3", "tidak ke 2")
				.replace("5 selesai", "4 selesai"), after);
	}

	@Test
	void anOutputAddedToALineEndingInACommentKeepsTheComment() {
		String after = edited(SOP, new EditOutput(1, List.of("Disposisi")));
		assertEquals(SOP.replace("waktu 10 menit // at most\n", "waktu 10 menit // at most\n\t\t\toutput \"Disposisi\"\n"),
				after);
	}

	@Test
	void removingTheOutputsRemovesTheirLineWithItsComment() {
		String after = edited(SOP, new EditOutput(2, List.of()));
		assertEquals(SOP.replace("\t\t\toutput \"Draf\" // the first draft\n", ""), after);
	}

	@Test
	void aLaneMovesWithItsComment() {
		String after = edited(SOP, new MoveLane("staf", 1));
		assertEquals(SOP.replace("""
					kadis "Kepala Dinas" // signs
					staf "Staf"
			""", """
					staf "Staf"
					kadis "Kepala Dinas" // signs
			"""), after);
	}

	@Test
	void aDeletedStepTakesItsCommentsButNotTheOneEndingTheLineAboveNorTheBlankLine() {
		String text = SOP.replace("\t\t\ttidak ke 2\n", "\t\t\ttidak ke 1\n");
		String after = edited(text, new DeleteStep(2));
		assertEquals(text.replace("""
					// drafting, after a blank line
					2 staf "Menyusun draf"
						waktu 1 jam
						output "Draf" // the first draft
			""", "").replace("3 keputusan", "2 keputusan").replace("ya ke 4", "ya ke 3").replace("4 selesai", "3 selesai"),
				after);
	}

	private static final String MESSY = uji("kadis \"Kepala Dinas\"", """
				1 mulai kadis "Memerintahkan penyusunan"
					waktu 10 menit // at most

				/* the drafting,
				   in two steps */
				2 staf "Menyusun draf" // first
					waktu 1 jam // or two
					output "Draf" // the first draft

				3 staf "Merapikan draf"
					waktu 30 menit
				4 selesai staf "Mengarsipkan"
					waktu 1 jam
		""");

	@Test
	void aCommentAtTheEndOfAChangedLineStays() {
		assertEquals(MESSY.replace("waktu 1 jam // or two", "waktu 2 jam // or two"),
				edited(MESSY, new EditWaktu(2, "2 jam")));
		assertEquals(MESSY.replace("output \"Draf\" // the", "output \"Draf akhir\" // the"),
				edited(MESSY, new EditOutput(2, List.of("Draf akhir"))));
	}

	@Test
	void aStepMovedUpPassesTheBlankLineAndBlockCommentAboveTheStepThere() {
		String moved = "\t\t3 staf \"Merapikan draf\"\n\t\t\twaktu 30 menit\n";
		assertEquals(MESSY.replace(moved, "").replace("// at most\n", "// at most\n" + moved.replace("3 staf", "2 staf"))
				.replace("2 staf \"Menyusun", "3 staf \"Menyusun"), edited(MESSY, new MoveStep(3, 2)));
	}

	@Test
	void aStepDeletedBetweenTwoBlankLinesLeavesOneOfThem() {
		String deleted = MESSY.substring(MESSY.indexOf("\t\t/* the drafting,"), MESSY.indexOf("\t\t3 staf"));
		assertTrue(deleted.endsWith("\"Draf\" // the first draft\n\n"), deleted);
		assertEquals(MESSY.replace(deleted, "").replace("3 staf", "2 staf").replace("4 selesai", "3 selesai"),
				applied(SNIPPET, MESSY, new DeleteStep(2)));
	}

	@Test
	void renamingALaneRenamesItWhereverAStepNamesIt() {
		String after = edited(SOP, new RenameLane("staf", "pegawai", null));
		assertEquals(SOP.replace("staf \"Staf\"", "pegawai \"Staf\"").replace("2 staf", "2 pegawai")
				.replace("4 selesai staf", "4 selesai pegawai"), after);
	}

	// --- Refusals ---

	/** The operation is refused with the message, with no edits, and the resource is left as it was. */
	private static void assertRefused(String text, EditOperation operation, String message) {
		XtextResource resource = Sops.parse(SNIPPET, text);
		List<Row> rows = Sops.root(resource) instanceof Sop sop ? rows(sop) : List.of();
		EditResult result = Sops.EDITOR.apply(resource, operation);
		assertEquals(message, result.refusal());
		assertEquals(List.of(), result.edits());
		assertEquals(text, text(resource));
		assertEquals(rows, Sops.root(resource) instanceof Sop sop ? rows(sop) : List.of());
	}

	@Test
	void aStepThatIsNotThereIsNamed() {
		assertRefused(SOP, new DeleteStep(9), "Langkah 9 tidak ada");
		assertRefused(SOP, new MoveStep(2, 7), "Langkah 7 tidak ada");
		assertRefused(SOP, new MoveToLane(2, "kabid"), "Pelaksana 'kabid' tidak ada");
	}

	@Test
	void aLaneInUseIsNotDeleted() {
		assertRefused(SOP, new DeleteLane("staf"), "Pelaksana 'staf' masih dipakai oleh langkah 2, 4");
	}

	@Test
	void anEditThatBreaksTheFlowIsRefusedWithTheValidatorsMessage() {
		assertRefused(SOP, new ConnectBranch(3, Branch.YA, 3),
				"Perubahan ditolak: Cabang Ya keputusan 3 kembali ke dirinya sendiri; arahkan ke langkah lain.");
		assertRefused(SOP, new MoveStep(2, 1), "Perubahan ditolak: Langkah pertama adalah awal alur; tandai dengan "
				+ "'mulai' (simbol kapsul): 1 mulai ...");
		assertRefused(SOP, new AddStep(4, Position.AFTER, "staf", "Menyimpan arsip", "1 jam"), "Perubahan ditolak: "
				+ "Langkah 5 tidak pernah dicapai dari langkah pertama; sambungkan dengan 'lanjut ke' atau cabang sebuah "
				+ "keputusan, atau hapus langkah ini.");
		assertRefused(SOP, new EditWaktu(2, "2 jem"), "Perubahan ditolak: Satuan waktu 'jem' tidak dikenal; maksudnya "
				+ "'jam'? Gunakan menit, jam, hari, hari kerja, minggu atau bulan.");
	}

	@Test
	void theEndOfTheFlowIsNotDeletedWhileABranchGoesThere() {
		assertRefused(SOP, new DeleteStep(4), "Langkah 4 masih dituju oleh langkah 3 dan tidak punya langkah sesudahnya; "
				+ "arahkan dulu ke langkah lain.");
	}

	@Test
	void onlyADecisionHasBranches() {
		assertRefused(SOP, new ConnectBranch(2, Branch.YA, 4),
				"Langkah 2 bukan keputusan; hanya keputusan yang punya cabang Ya dan Tidak.");
	}

	@Test
	void aNewLaneNeedsAFreeIdAndAnExistingColumn() {
		assertRefused(SOP, new AddLane("staf", "Staf Lain", 1), "Pelaksana 'staf' sudah ada.");
		assertRefused(SOP, new AddLane("kepala bidang", "Kepala Bidang", 1), "Nama pelaksana 'kepala bidang' tidak bisa "
				+ "dipakai; tulis satu kata dari huruf, angka atau _, diawali huruf, misalnya kabid.");
		assertRefused(SOP, new AddLane("kabid", "Kepala Bidang", 4), "Kolom 4 tidak ada; pilih kolom 1 sampai 3.");
		assertRefused(SOP, new AddLane("kabid", " ", 1), "Nama kolom belum diisi.");
	}

	@Test
	void aStepNeedsItsTextAndAReadableWaktu() {
		assertRefused(SOP, new EditKegiatan(2, " "), "Kegiatan belum diisi.");
		assertRefused(SOP, new EditWaktu(2, "sebentar"),
				"Waktu 'sebentar' tidak terbaca; tulis jumlah dan satuannya, misalnya 2 jam atau 1,5 hari.");
		assertRefused(SOP, new AddStep(2, null, "staf", "Menyiapkan bahan", "1 jam"), "Posisi belum diisi.");
	}

	@Test
	void onlyAnSopThatParsesIsEdited() {
		assertRefused(SOP.replace("ya ke 4", "ya 4"), new DeleteStep(2),
				"Teks SOP ini masih salah tulis; perbaiki dulu kesalahan sintaksnya.");
		assertRefused("buku Buku \"Buku SOP\" { }\n", new DeleteStep(1),
				"Berkas ini bukan SOP; diagram hanya dapat mengubah SOP.");
	}

	@Test
	void errorsThatWereThereBeforeDoNotBlockAnEdit() {
		Path file = Sops.EXAMPLES.resolve("invalid/kak.sop");
		String text = Sops.read(file);
		assertFalse(errors(Sops.parse(file, text)).isEmpty());
		String after = applied(file, text, new MoveToLane(2, "kadis"));
		assertEquals(errors(Sops.parse(file, text)), errors(Sops.parse(file, after)));
		assertEquals("kadis", sop(Sops.parse(file, after)).getLangkah().get(1).getPelaksana().getName());
	}

	@Test
	void theCallersResourceIsNotTouched() {
		XtextResource resource = Sops.parse(SNIPPET, SOP);
		List<Row> rows = rows(sop(resource));
		EditResult result = Sops.EDITOR.apply(resource, new AddStep(1, Position.AFTER, "staf", "Menyiapkan bahan", "1 jam"));
		assertFalse(result.isRefused());
		assertEquals(SOP, text(resource));
		assertEquals(rows, rows(sop(resource)));
	}

	@Test
	void theRuntimeInjectorServesTheEditorToo() {
		DiagramEditor editor = new SopStandaloneSetup().createInjector().getInstance(DiagramEditor.class);
		EditResult result = editor.apply(Sops.parse(SNIPPET, SOP), new MoveToLane(2, "kadis"));
		assertEquals(SOP.replace("2 staf", "2 kadis"), TextEdit.apply(SOP, result.edits()));
	}
}
