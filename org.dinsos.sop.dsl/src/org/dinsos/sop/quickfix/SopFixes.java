package org.dinsos.sop.quickfix;

import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN_KEPALA__DIKTUM;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN_KEPALA__PARAGRAF;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN__TIDAK;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN__YA;
import static org.dinsos.sop.sop.SopPackage.Literals.LANGKAH__NAME;
import static org.dinsos.sop.sop.SopPackage.Literals.LANGKAH__PELAKSANA;
import static org.dinsos.sop.sop.SopPackage.Literals.PROSES__LANJUT;
import static org.dinsos.sop.sop.SopPackage.Literals.WAKTU__SATUAN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dinsos.sop.conversion.SopValueConverters;
import org.dinsos.sop.query.Durations;
import org.dinsos.sop.query.Flow;
import org.dinsos.sop.query.TimeUnit;
import org.dinsos.sop.query.Wording;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.KeputusanKepala;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Waktu;
import org.dinsos.sop.text.TextEdit;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.Strings;

/**
 * The repairs offered for what the validator reports, as minimal text edits of the file: the
 * language server's code actions and the Eclipse quick fixes both apply them. Each takes the element
 * the problem is reported on and leaves everything else in the file as it was, comments included.
 */
public final class SopFixes {

	private SopFixes() {
	}

	/** Numbers the steps 1..n in file order and points every Ya, Tidak and `lanjut ke` at the new numbers. */
	public static List<TextEdit> renumber(EObject anywhereInSop) {
		Sop sop = EcoreUtil2.getContainerOfType(anywhereInSop, Sop.class);
		Map<Langkah, String> renumbered = new HashMap<>();
		List<TextEdit> edits = new ArrayList<>();
		for (int i = 0; i < sop.getLangkah().size(); i++) {
			Langkah langkah = sop.getLangkah().get(i);
			String nomor = String.valueOf(i + 1);
			renumbered.put(langkah, nomor);
			if (!nomor.equals(langkah.getName())) {
				edits.add(replace(node(langkah, LANGKAH__NAME), nomor));
			}
		}
		for (Langkah langkah : sop.getLangkah()) {
			if (langkah instanceof Keputusan keputusan) {
				retarget(keputusan, KEPUTUSAN__YA, keputusan.getYa(), renumbered, edits);
				retarget(keputusan, KEPUTUSAN__TIDAK, keputusan.getTidak(), renumbered, edits);
			} else if (langkah instanceof Proses proses) {
				retarget(proses, PROSES__LANJUT, proses.getLanjut(), renumbered, edits);
			}
		}
		return edits;
	}

	private static void retarget(Langkah source, EStructuralFeature feature, Langkah target,
			Map<Langkah, String> renumbered, List<TextEdit> edits) {
		if (target != null && !target.eIsProxy() && !renumbered.get(target).equals(target.getName())) {
			edits.add(replace(node(source, feature), renumbered.get(target)));
		}
	}

	/** Declares the unknown actor of a step as a new pelaksana, after the last one (or in a new block). */
	public static List<TextEdit> declareLane(Langkah langkah) {
		String name = NodeModelUtils.getTokenText(node(langkah, LANGKAH__PELAKSANA));
		Sop sop = (Sop) langkah.eContainer();
		String label = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
		String declaration = name + " \"" + label + "\"";
		if (!sop.getPelaksana().isEmpty()) {
			INode last = NodeModelUtils.getNode(sop.getPelaksana().get(sop.getPelaksana().size() - 1));
			return List.of(new TextEdit(last.getEndOffset(), 0, "\n" + indentation(last) + declaration));
		}
		INode firstStep = NodeModelUtils.getNode(sop.getLangkah().get(0));
		INode prosedur = keywordBefore(firstStep, "prosedur");
		String indent = indentation(prosedur);
		return List.of(new TextEdit(prosedur.getOffset(), 0,
				"pelaksana {\n" + indent + "\t" + declaration + "\n" + indent + "}\n" + indent));
	}

	/** Removes a pelaksana's declaration, with its line. */
	public static List<TextEdit> removeLane(Pelaksana pelaksana) {
		return List.of(deleteLines(NodeModelUtils.getNode(pelaksana)));
	}

	/** Replaces an unknown time unit by the known one it resembles. */
	public static List<TextEdit> replaceUnit(Waktu waktu) {
		return TimeUnit.suggest(waktu.getSatuan())
				.map(saran -> List.of(replace(node(waktu, WAKTU__SATUAN), saran.word()))).orElse(List.of());
	}

	/** Writes a time in the larger unit it reads better in: "90 menit" becomes "1,5 jam". */
	public static List<TextEdit> useLargerUnit(Waktu waktu) {
		return Durations.inLargerUnit(waktu, Durations.STANDARD_WORKDAY_HOURS)
				.map(better -> List.of(replace(NodeModelUtils.getNode(waktu),
						SopValueConverters.decimal(better.getJumlah()) + " " + better.getSatuan())))
				.orElse(List.of());
	}

	/** Adds the missing Ya exit (to the next row) or Tidak exit (back to the row above) of a decision. */
	public static List<TextEdit> addBranch(Keputusan keputusan, boolean ya) {
		Langkah target = ya ? Flow.row(keputusan, 1) : Optional.ofNullable(Flow.row(keputusan, -1))
				.orElse(Flow.row(keputusan, 1));
		String nomor = target == null ? keputusan.getName() : target.getName();
		ICompositeNode node = NodeModelUtils.getNode(keputusan);
		String line = indentation(node) + "\t" + (ya ? "ya ke " : "tidak ke ") + nomor;
		if (ya && keputusan.getTidak() != null) {
			INode tidak = keywordBefore(node(keputusan, KEPUTUSAN__TIDAK), "tidak");
			return List.of(new TextEdit(tidak.getOffset(), 0, line.strip() + "\n" + indentation(node) + "\t"));
		}
		return List.of(new TextEdit(node.getEndOffset(), 0, "\n" + line));
	}

	/**
	 * Splits every text of the decree that holds more than one diktum at their headings, one text per line: in
	 * `memutuskan` the headings go, since the page numbers the diktum itself; among the free paragraphs of an
	 * older booklet they stay.
	 */
	public static List<TextEdit> splitDiktum(KeputusanKepala keputusan) {
		List<TextEdit> edits = new ArrayList<>();
		split(keputusan.getDiktum(), NodeModelUtils.findNodesForFeature(keputusan, KEPUTUSAN_KEPALA__DIKTUM), false, edits);
		split(keputusan.getParagraf(), NodeModelUtils.findNodesForFeature(keputusan, KEPUTUSAN_KEPALA__PARAGRAF), true, edits);
		return edits;
	}

	private static void split(List<String> texts, List<INode> nodes, boolean keepHeadings, List<TextEdit> edits) {
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			List<int[]> headings = Wording.diktumHeadings(text);
			if (headings.stream().noneMatch(heading -> heading[0] > 0)) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			int start = 0;
			for (int[] heading : headings) {
				if (heading[0] > start) {
					parts.add(text.substring(start, heading[0]));
				}
				start = keepHeadings ? heading[0] : heading[1];
			}
			parts.add(text.substring(start));
			String separator = "\n" + indentation(nodes.get(i));
			edits.add(replace(nodes.get(i), parts.stream().map(String::strip).filter(part -> !part.isEmpty())
					.map(part -> "\"" + Strings.convertToJavaString(part, false) + "\"")
					.reduce((a, b) -> a + separator + b).orElse("\"\"")));
		}
	}

	private static INode node(EObject owner, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(owner, feature).get(0);
	}

	private static TextEdit replace(INode node, String text) {
		return new TextEdit(node.getOffset(), node.getLength(), text);
	}

	/** The keyword leaf closest before a node, searching back through the file. */
	private static INode keywordBefore(INode node, String keyword) {
		for (INode leaf = previousLeaf(node); leaf != null; leaf = previousLeaf(leaf)) {
			if (keyword.equals(leaf.getText())) {
				return leaf;
			}
		}
		throw new IllegalStateException("'" + keyword + "' tidak ditemukan");
	}

	private static INode previousLeaf(INode node) {
		String text = node.getRootNode().getText();
		int offset = node.getOffset() - 1;
		while (offset >= 0 && Character.isWhitespace(text.charAt(offset))) {
			offset--;
		}
		return offset < 0 ? null : NodeModelUtils.findLeafNodeAtOffset(node.getRootNode(), offset);
	}

	/** The white space at the start of the line a node starts on. */
	private static String indentation(INode node) {
		String text = node.getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == '\t' || text.charAt(end) == ' ')) {
			end++;
		}
		return text.substring(lineStart, end);
	}

	/** Deletes a node; when it stands alone on its lines, the lines go too. */
	private static TextEdit deleteLines(INode node) {
		String text = node.getRootNode().getText();
		int start = node.getOffset();
		int end = node.getEndOffset();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		boolean alone = text.substring(lineStart, start).isBlank()
				&& (lineEnd < 0 ? text.substring(end) : text.substring(end, lineEnd)).isBlank();
		if (alone && lineEnd >= 0) {
			return new TextEdit(lineStart, lineEnd + 1 - lineStart, "");
		}
		return new TextEdit(start, end - start, "");
	}
}
