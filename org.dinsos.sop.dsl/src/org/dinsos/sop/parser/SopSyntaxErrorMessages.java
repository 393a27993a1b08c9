package org.dinsos.sop.parser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dinsos.sop.validation.SopIssueCodes;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

/** Says ANTLR's syntax errors in Bahasa Indonesia, naming tokens the way an analyst knows them. */
public class SopSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Map<Pattern, String> MESSAGES = new LinkedHashMap<>();
	static {
		MESSAGES.put(Pattern.compile("mismatched input '(.*)' expecting (.*)"), "'%s' tidak diharapkan di sini; seharusnya %s.");
		MESSAGES.put(Pattern.compile("extraneous input '(.*)' expecting (.*)"), "'%s' berlebih di sini; seharusnya %s.");
		MESSAGES.put(Pattern.compile("missing (.*) at '(.*)'"), "Kurang %s sebelum '%s'.");
		MESSAGES.put(Pattern.compile("no viable alternative at input '(.*)'"), "'%s' tidak dapat dipahami di sini.");
		MESSAGES.put(Pattern.compile("no viable alternative at character '(.*)'"), "Karakter '%s' tidak dikenal.");
		MESSAGES.put(Pattern.compile("mismatched character '(.*)' expecting '(.*)'"), "Karakter '%s' tidak diharapkan; seharusnya '%s'.");
		MESSAGES.put(Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (?:input|character) '(.*)'"), "'%s' tidak dapat dipahami di sini.");
	}

	private static final Map<String, String> TOKENS = Map.of(
			"RULE_ID", "sebuah nama",
			"RULE_STRING", "teks dalam tanda kutip",
			"RULE_INT", "sebuah angka",
			"RULE_TANGGAL", "tanggal (tahun-bulan-hari)",
			"EOF", "akhir berkas",
			"<EOF>", "akhir berkas");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(translate(context.getDefaultMessage()), Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	/** A value the converters refused (an impossible date, say) is reported with their own message. */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		String code = context.getValueConverterException().getNode() != null
				&& context.getValueConverterException().getNode().getGrammarElement() instanceof RuleCall call
				&& "TANGGAL".equals(call.getRule().getName()) ? SopIssueCodes.TANGGAL_TIDAK_VALID : Diagnostic.SYNTAX_DIAGNOSTIC;
		return new SyntaxErrorMessage(context.getValueConverterException().getMessage(), code);
	}

	static String translate(String message) {
		for (Map.Entry<Pattern, String> entry : MESSAGES.entrySet()) {
			Matcher matcher = entry.getKey().matcher(message);
			if (matcher.matches()) {
				Object[] parts = new Object[matcher.groupCount()];
				for (int i = 0; i < parts.length; i++) {
					parts[i] = token(matcher.group(i + 1));
				}
				return String.format(entry.getValue(), parts);
			}
		}
		return message;
	}

	private static String token(String text) {
		String escaped = text.replace("\n", "\\n").replace("\t", "\\t");
		return TOKENS.getOrDefault(escaped, escaped);
	}
}
