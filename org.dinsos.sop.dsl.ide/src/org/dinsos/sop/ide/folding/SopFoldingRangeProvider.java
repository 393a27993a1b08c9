package org.dinsos.sop.ide.folding;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.SortedSet;
import java.util.TreeSet;

import org.dinsos.sop.sop.Langkah;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Folds what an analyst collapses: every { } block (the SOP, dasar hukum, pelaksana, prosedur, ...),
 * every step written over several lines, and every run of comment lines.
 */
public class SopFoldingRangeProvider implements IFoldingRangeProvider {

	@Override
	public SortedSet<FoldingRange> getFoldingRanges(XtextResource resource, CancelIndicator cancelIndicator) {
		SortedSet<FoldingRange> ranges = new TreeSet<>(
				Comparator.comparingInt(FoldingRange::getOffset).thenComparingInt(FoldingRange::getLength));
		if (resource.getParseResult() == null || resource.getContents().isEmpty()) {
			return ranges;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		Deque<ILeafNode> open = new ArrayDeque<>();
		ILeafNode commentStart = null;
		ILeafNode commentEnd = null;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (isComment(leaf)) {
				if (commentEnd == null || lines(text, commentEnd.getEndOffset(), leaf.getOffset()) > 0) {
					addMultiLine(ranges, text, commentStart, commentEnd, FoldingRangeKind.COMMENT);
					commentStart = leaf;
				}
				commentEnd = leaf;
				continue;
			}
			if (!leaf.isHidden()) {
				addMultiLine(ranges, text, commentStart, commentEnd, FoldingRangeKind.COMMENT);
				commentStart = null;
				commentEnd = null;
			}
			if (leaf.getGrammarElement() instanceof Keyword keyword) {
				if ("{".equals(keyword.getValue())) {
					open.push(leaf);
				} else if ("}".equals(keyword.getValue()) && !open.isEmpty()) {
					addMultiLine(ranges, text, open.pop(), leaf, FoldingRangeKind.REGION);
				}
			}
		}
		addMultiLine(ranges, text, commentStart, commentEnd, FoldingRangeKind.COMMENT);
		for (Langkah langkah : EcoreUtil2.eAllOfType(resource.getContents().get(0), Langkah.class)) {
			INode node = NodeModelUtils.getNode(langkah);
			addMultiLine(ranges, text, node, node, FoldingRangeKind.REGION);
		}
		return ranges;
	}

	private static boolean isComment(ILeafNode leaf) {
		return leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("_COMMENT");
	}

	/** A range from the first node's start to the last node's end, if they are on different lines. */
	private static void addMultiLine(SortedSet<FoldingRange> ranges, String text, INode first, INode last, FoldingRangeKind kind) {
		if (first != null && last != null) {
			int end = last.getEndOffset();
			// A line comment's text ends with its line break: the range ends before it.
			while (end > first.getOffset() && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
				end--;
			}
			if (lines(text, first.getOffset(), end) > 0) {
				ranges.add(new FoldingRange(first.getOffset(), end - first.getOffset(), kind));
			}
		}
	}

	private static int lines(String text, int from, int to) {
		return (int) text.substring(from, to).chars().filter(c -> c == '\n').count();
	}
}
