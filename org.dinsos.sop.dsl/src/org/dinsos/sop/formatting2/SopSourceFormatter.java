package org.dinsos.sop.formatting2;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a whole parsed file, with the project's fixed settings: tabs and Unix line ends. */
public class SopSourceFormatter {

	@Inject
	private Provider<IFormatter2> formatter;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private IParser parser;

	/**
	 * The file's text in canonical layout; the resource must have parsed without syntax errors.
	 * Refuses (IllegalStateException) rather than return a text that would not read back the same.
	 */
	public String format(XtextResource resource) {
		if (resource.getParseResult().hasSyntaxErrors()) {
			throw new IllegalArgumentException("Berkas memiliki kesalahan sintaks; tidak dirapikan.");
		}
		ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
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
		if (reparsed.hasSyntaxErrors() || !tokens(reparsed.getRootNode()).equals(tokens(resource.getParseResult().getRootNode()))) {
			throw new IllegalStateException("Hasil perapian mengubah isi berkas; berkas tidak diubah.");
		}
		return formatted;
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
