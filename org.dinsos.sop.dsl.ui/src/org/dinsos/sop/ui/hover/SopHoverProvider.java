package org.dinsos.sop.ui.hover;

import org.dinsos.sop.ide.hover.SopHoverService;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ui.editor.hover.html.DefaultEObjectHoverProvider;

import com.google.inject.Inject;

/**
 * The hover over a step, a pelaksana or an SOP: the language server's text ({@link SopHoverService}), its
 * Markdown (paragraphs and bold) shown as HTML.
 */
public class SopHoverProvider extends DefaultEObjectHoverProvider {

	@Inject
	private SopHoverService hover;

	@Override
	protected boolean hasHover(EObject element) {
		return element instanceof Langkah || element instanceof Pelaksana || element instanceof Sop;
	}

	@Override
	protected String getHoverInfoAsHtml(EObject element) {
		String markdown = hover.getContents(element);
		return markdown == null || markdown.isEmpty() ? null : html(markdown);
	}

	/** Markdown as the hover service writes it: paragraphs separated by blank lines, **bold**. */
	static String html(String markdown) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : markdown.split("\n\n")) {
			String escaped = paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
			html.append("<p>").append(escaped.replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>").replace("\n", "<br/>"))
					.append("</p>");
		}
		return html.toString();
	}
}
