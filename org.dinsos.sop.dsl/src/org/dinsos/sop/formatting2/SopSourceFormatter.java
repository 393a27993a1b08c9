package org.dinsos.sop.formatting2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a whole parsed file, with the project's fixed settings: tabs and Unix line ends. */
public class SopSourceFormatter {

	private static final Pattern LINE_END = Pattern.compile("\\r\\n?");

	@Inject
	private Provider<IFormatter2> formatter;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private IParser parser;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/**
	 * The file's text in canonical layout; the resource must have parsed without syntax errors.
	 * Refuses (IllegalStateException) rather than return a text that would not read back the same.
	 */
	public String format(XtextResource resource) {
		if (resource.getParseResult().hasSyntaxErrors()) {
			throw new IllegalArgumentException("Berkas memiliki kesalahan sintaks; tidak dirapikan.");
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		String unix = unixLineEnds(root);
		XtextResource source = unix.equals(root.getText()) ? resource : parsed(resource, unix);
		ITextRegionAccess access = regionAccess.get().forNodeModel(source).create();
		FormatterRequest request = new FormatterRequest();
		request.setTextRegionAccess(access);
		request.setAllowIdentityEdits(false);
		request.setPreferences(new MapBasedPreferenceValues(Map.of(
				FormatterPreferenceKeys.indentation.getId(), "\t",
				FormatterPreferenceKeys.lineSeparator.getId(), "\n")));
		request.setExceptionHandler(e -> {
			throw new IllegalStateException("Formatter gagal: " + e.getMessage(), e);
		});
		List<ITextReplacement> replacements = formatter.get().format(request);
		String formatted = access.getRewriter().renderToString(replacements);
		IParseResult reparsed = parser.parse(new StringReader(formatted));
		if (reparsed.hasSyntaxErrors() || !tokens(reparsed.getRootNode()).equals(tokens(root))) {
			throw new IllegalStateException("Hasil perapian mengubah isi berkas; berkas tidak diubah.");
		}
		return formatted;
	}

	/**
	 * The text with "\n" for every line end between the tokens (a string keeps its own). Xtext's formatter
	 * takes a lone CR (old Mac line ends) for a line break when it counts lines but not when it looks for one,
	 * so such a text took two formattings to settle; and a // comment keeps the CR of a Windows line end.
	 */
	private static String unixLineEnds(ICompositeNode root) {
		StringBuilder text = new StringBuilder();
		for (ILeafNode leaf : root.getLeafNodes()) {
			text.append(leaf.isHidden() ? LINE_END.matcher(leaf.getText()).replaceAll("\n") : leaf.getText());
		}
		return text.toString();
	}

	/** The text parsed as the resource's file, apart from its workspace: formatting needs no links. */
	private XtextResource parsed(XtextResource resource, String text) {
		XtextResource copy = (XtextResource) resourceSets.get().createResource(resource.getURI());
		try {
			copy.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return copy;
	}

	/** What formatting may not change: every token and every comment, whitespace inside comments aside. */
	private static List<String> tokens(ICompositeNode root) {
		List<String> tokens = new ArrayList<>();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.getText().isBlank()) {
				tokens.add(leaf.getText().strip().replaceAll("\\s+", " "));
			}
		}
		return tokens;
	}
}
