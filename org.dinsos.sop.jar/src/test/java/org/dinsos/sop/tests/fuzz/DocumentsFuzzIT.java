package org.dinsos.sop.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.dinsos.sop.generator.DocumentFormat;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Documents;
import org.dinsos.sop.generator.checklist.Checklist;
import org.dinsos.sop.generator.checklist.ChecklistHtml;
import org.dinsos.sop.generator.checklist.ChecklistJson;
import org.dinsos.sop.generator.checklist.ChecklistMarkdown;
import org.dinsos.sop.sop.Sop;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonParser;

/**
 * The generators on fuzzed SOPs that pass the validator (the only ones the commands print): the HTML
 * document is well-formed XHTML with no script and no event attribute, the checklist JSON parses, the
 * checklist page has exactly its own two scripts, and the Markdown has no raw markup: whatever the SOP says
 * stays text.
 */
class DocumentsFuzzIT {

	private static final IResourceValidator VALIDATOR = FuzzSupport.INJECTOR.getInstance(IResourceValidator.class);
	private static final Pattern SCRIPT = Pattern.compile("<script", Pattern.CASE_INSENSITIVE);
	/** A link's "](" whose bracket is markup: not escaped by an odd number of backslashes before it. */
	private static final Pattern RAW_LINK = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\]\\(");

	@FuzzTest(maxDuration = "20s")
	void everyOutputWellFormedEveryTextInert(FuzzedDataProvider data) throws Exception {
		XtextResource resource = FuzzSupport.parse(FuzzSupport.text(data));
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Sop sop)
				|| VALIDATOR.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
						.anyMatch(issue -> issue.getSeverity() == Severity.ERROR)) {
			return;
		}
		Document html = xml(Documents.sop(sop, DocumentFormat.HTML, DocumentSettings.standard()));
		assertEquals(0, html.getElementsByTagName("script").getLength(), "a script in the document");
		NodeList elements = html.getElementsByTagName("*");
		for (int i = 0; i < elements.getLength(); i++) {
			Element element = (Element) elements.item(i);
			for (int a = 0; a < element.getAttributes().getLength(); a++) {
				String name = element.getAttributes().item(a).getNodeName();
				assertFalse(name.toLowerCase().startsWith("on"), "an event attribute " + name + " on " + element.getTagName());
			}
		}
		Checklist checklist = Checklist.of(sop, BigDecimal.valueOf(7.5));
		JsonParser.parseString(ChecklistJson.write(checklist)).getAsJsonObject();
		assertEquals(2, count(SCRIPT.matcher(ChecklistHtml.write(checklist))), "the checklist page has other scripts than its own");
		String markdown = ChecklistMarkdown.write(checklist);
		assertFalse(markdown.contains("<") || RAW_LINK.matcher(markdown).find(), () -> "raw markup in the Markdown:\n" + markdown);
	}

	private static Document xml(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	private static int count(Matcher matcher) {
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}
}
