package org.dinsos.sop.diagram.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.dinsos.sop.diagram.edit.EditOperation.DeleteStep;
import org.dinsos.sop.diagram.edit.ModelChanges.Refusal;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.text.TextEdit;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Turns diagram edit operations into minimal text edits of one SOP file. The change is made on a copy
 * of the model and written back by Xtext's change serializer (never by re-printing the file, which
 * drops comments), so comments, blank lines and the layout of everything untouched stay as they were,
 * and new elements come out in the formatter's layout. The caller's resource and file are not touched.
 *
 * An operation is refused when its text would not read back as the changed model, would lose a
 * comment, or would bring a validation error the SOP did not have before.
 */
public class DiagramEditor {

	private static final String UNSAFE = "Perubahan ini tidak dapat ditulis ke teks dengan aman; ubah teksnya langsung.";

	@Inject
	private Provider<IChangeSerializer> changeSerializers;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	public EditResult apply(XtextResource resource, EditOperation operation) {
		String text = resource.getParseResult().getRootNode().getText();
		XtextResource working = copy(resource.getURI(), text);
		if (working.getParseResult().hasSyntaxErrors()) {
			return EditResult.refused("Teks SOP ini masih salah tulis; perbaiki dulu kesalahan sintaksnya.");
		}
		if (working.getContents().isEmpty() || !(working.getContents().get(0) instanceof Sop sop)) {
			return EditResult.refused("Berkas ini bukan SOP; diagram hanya dapat mengubah SOP.");
		}
		try {
			List<String> mayGo = new ArrayList<>();
			if (operation instanceof DeleteStep delete) {
				mayGo.addAll(commentsOf(sop, delete.step()));
			}
			List<TextEdit> edits = List.of();
			XtextResource result = working;
			for (Consumer<Sop> round : ModelChanges.rounds(sop, operation)) {
				edits = TextEdits.compose(text, edits, serialize(result, TextEdit.apply(text, edits), round, mayGo));
				result = readBack(result, TextEdit.apply(text, edits));
			}
			// Renumbering gets a round of its own: the change serializer loses the comments above a step
			// when it inserts there and renumbers that step in the same round.
			if (ModelChanges.changesRows(operation) && !ModelChanges.isNumbered((Sop) result.getContents().get(0))) {
				edits = TextEdits.compose(text, edits,
						serialize(result, TextEdit.apply(text, edits), ModelChanges::renumber, mayGo));
				result = readBack(result, TextEdit.apply(text, edits));
			}
			keepsComments(working, result, mayGo);
			Optional<Issue> newError = newError(resource.getURI(), text, result, edits);
			if (newError.isPresent()) {
				return EditResult.refused("Perubahan ditolak: " + newError.get().getMessage());
			}
			return EditResult.accepted(edits);
		} catch (Refusal refusal) {
			return EditResult.refused(refusal.getMessage());
		} catch (RuntimeException cannotWrite) {
			// The change serializer throws on a change it cannot write; the file is not touched either way.
			return EditResult.refused(UNSAFE);
		}
	}

	/**
	 * The text edits that write a change of the resource's model, each relative to `text`. Comments
	 * that went with a line the change removed are added to `dropped`.
	 */
	private List<TextEdit> serialize(XtextResource resource, String text, Consumer<Sop> change, List<String> dropped) {
		List<ILeafNode> comments = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (isComment(leaf)) {
				comments.add(leaf);
			}
		}
		IChangeSerializer serializer = changeSerializers.get();
		serializer.setUpdateRelatedFiles(false);
		serializer.addModification((Sop) resource.getContents().get(0), change::accept);
		List<TextEdit> edits = new ArrayList<>();
		serializer.applyModifications(document -> {
			if (document instanceof ITextDocumentChange textChange) {
				for (ITextReplacement replacement : textChange.getReplacements()) {
					edits.add(LineRepair.repair(text, comments, replacement.getOffset(), replacement.getLength(),
							replacement.getReplacementText(), dropped));
				}
			}
		});
		List<TextEdit> minimal = new ArrayList<>();
		for (TextEdit edit : LineRepair.withoutCopiedComments(comments, edits)) {
			TextEdits.minimal(text, edit.offset(), edit.length(), edit.text()).ifPresent(minimal::add);
		}
		return minimal;
	}

	/** The text parsed again; it must give exactly the model that was changed. */
	private XtextResource readBack(XtextResource changed, String text) {
		XtextResource result = copy(changed.getURI(), text);
		if (result.getParseResult().hasSyntaxErrors()
				|| !EcoreUtil.equals(changed.getContents().get(0), result.getContents().get(0))) {
			throw new Refusal(UNSAFE);
		}
		return result;
	}

	/**
	 * A resource of its own for the text, under the file's name. Problems that need the other files
	 * (links to other SOPs, a nomor used twice) are then the same before and after an edit, and never
	 * count as new.
	 */
	private XtextResource copy(URI uri, String text) {
		XtextResourceSet resourceSet = resourceSets.get();
		Resource resource = resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return (XtextResource) resource;
	}

	/**
	 * The comments on the lines above a step and inside it, which go when the step goes; one that ends
	 * the line above belongs to that line and stays.
	 */
	private static List<String> commentsOf(Sop sop, int nomor) {
		String name = String.valueOf(nomor);
		return sop.getLangkah().stream().filter(langkah -> name.equals(langkah.getName())).findFirst()
				.map(langkah -> ownComments(NodeModelUtils.getNode(langkah))).orElse(List.of());
	}

	private static List<String> ownComments(ICompositeNode node) {
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (isComment(leaf) && (leaf.getOffset() > node.getOffset() || startsLine(leaf))) {
				comments.add(leaf.getText());
			}
		}
		return comments;
	}

	private static boolean startsLine(ILeafNode leaf) {
		String text = leaf.getRootNode().getText();
		return text.substring(text.lastIndexOf('\n', leaf.getOffset() - 1) + 1, leaf.getOffset()).isBlank();
	}

	/** The comments of a file, each marked as on a line of its own or at the end of a line. */
	private static List<String> placedComments(XtextResource resource) {
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (isComment(leaf)) {
				comments.add((startsLine(leaf) ? "line " : "end ") + normalized(leaf.getText()));
			}
		}
		return comments;
	}

	/** A comment as the formatter may leave it: it re-indents the lines of a block comment. */
	static String normalized(String comment) {
		return comment.strip().replaceAll("\\s+", " ");
	}

	private static boolean isComment(ILeafNode leaf) {
		return leaf.isHidden() && !leaf.getText().isBlank();
	}

	/**
	 * Every comment of the original is still there, on a line of its own or at the end of a line as
	 * before, but for those that went with their step or line; and no other comment came.
	 */
	private static void keepsComments(XtextResource original, XtextResource result, List<String> mayGo) {
		List<String> left = placedComments(result);
		List<String> gone = mayGo.stream().map(DiagramEditor::normalized).collect(Collectors.toList());
		for (String comment : placedComments(original)) {
			if (!left.remove(comment) && !gone.remove(comment.substring(comment.indexOf(' ') + 1))) {
				throw new Refusal(UNSAFE);
			}
		}
		if (!left.isEmpty()) {
			throw new Refusal(UNSAFE);
		}
	}

	/**
	 * An error that the changed text has and the original had not: the first one on the changed text,
	 * else the first in the file. Errors are told apart by code and message with the numbers left out,
	 * since renumbering changes the numbers in the messages of errors that were there before.
	 */
	private Optional<Issue> newError(URI uri, String text, XtextResource result, List<TextEdit> edits) {
		List<Issue> after = errors(result);
		if (after.isEmpty()) {
			return Optional.empty();
		}
		List<int[]> changed = TextEdits.newRanges(edits);
		Predicate<Issue> onChange = issue -> issue.getOffset() != null && changed.stream()
				.anyMatch(range -> range[0] <= issue.getOffset() && issue.getOffset() <= range[1]);
		Map<String, Integer> before = new HashMap<>();
		errors(copy(uri, text)).forEach(issue -> before.merge(key(issue), 1, Integer::sum));
		for (Issue issue : after.stream().sorted(Comparator.comparing(onChange::test).reversed()).toList()) {
			if (before.merge(key(issue), -1, Integer::sum) < 0) {
				return Optional.of(issue);
			}
		}
		return Optional.empty();
	}

	private static List<Issue> errors(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR)
				.sorted(Comparator.comparing(Issue::getOffset, Comparator.nullsFirst(Comparator.naturalOrder())))
				.toList();
	}

	private static String key(Issue issue) {
		return issue.getCode() + " " + issue.getMessage().replaceAll("\\d+", "#");
	}
}
