package org.dinsos.sop.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.dinsos.sop.formatting2.SopSourceFormatter;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Parser, validator and formatter on fuzzed SOP texts: none of them throws, and a text that parses is
 * formatted into a text with the same tokens, which formatting leaves as it is.
 */
class LanguageFuzzIT {

	private static final IResourceValidator VALIDATOR = FuzzSupport.INJECTOR.getInstance(IResourceValidator.class);
	private static final SopSourceFormatter FORMATTER = FuzzSupport.INJECTOR.getInstance(SopSourceFormatter.class);

	@FuzzTest(maxDuration = "20s")
	void parseValidateFormat(FuzzedDataProvider data) {
		String text = FuzzSupport.text(data);
		XtextResource resource = FuzzSupport.parse(text);
		VALIDATOR.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		if (resource.getParseResult().hasSyntaxErrors()) {
			return;
		}
		String formatted = FORMATTER.format(resource);
		XtextResource reparsed = FuzzSupport.parse(formatted);
		assertFalse(reparsed.getParseResult().hasSyntaxErrors(), () -> "the formatted text does not parse:\n" + formatted);
		assertEquals(FuzzSupport.tokens(resource), FuzzSupport.tokens(reparsed), "formatting changed the tokens");
		assertEquals(formatted, FORMATTER.format(reparsed), "formatting twice changed the text");
	}
}
