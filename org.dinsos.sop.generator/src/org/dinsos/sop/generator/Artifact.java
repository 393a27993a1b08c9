package org.dinsos.sop.generator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dinsos.sop.generator.checklist.Checklist;
import org.dinsos.sop.generator.checklist.ChecklistHtml;
import org.dinsos.sop.generator.checklist.ChecklistJson;
import org.dinsos.sop.generator.checklist.ChecklistMarkdown;
import org.dinsos.sop.sop.Sop;

/** Everything that can be written for one SOP, by the name `sop generate --format` takes and the file suffix. */
public enum Artifact {
	PDF("pdf", ".pdf"),
	HTML("html", ".html"),
	DOCX("docx", ".docx"),
	CHECKLIST_JSON("checklist-json", ".checklist.json"),
	CHECKLIST_HTML("checklist-html", ".checklist.html"),
	CHECKLIST_MD("checklist-md", ".checklist.md"),
	MONITORING("monitoring", ".monitoring.pdf"),
	MONITORING_DOCX("monitoring-docx", ".monitoring.docx");

	private final String id;
	private final String suffix;

	Artifact(String id, String suffix) {
		this.id = id;
		this.suffix = suffix;
	}

	public String id() {
		return id;
	}

	public String suffix() {
		return suffix;
	}

	public byte[] write(Sop sop, DocumentSettings settings) {
		return switch (this) {
			case PDF -> Documents.sop(sop, DocumentFormat.PDF, settings);
			case HTML -> Documents.sop(sop, DocumentFormat.HTML, settings);
			case DOCX -> Documents.sop(sop, DocumentFormat.DOCX, settings);
			case CHECKLIST_JSON -> utf8(ChecklistJson.write(Checklist.of(sop, settings.workdayHours())));
			case CHECKLIST_HTML -> utf8(ChecklistHtml.write(Checklist.of(sop, settings.workdayHours())));
			case CHECKLIST_MD -> utf8(ChecklistMarkdown.write(Checklist.of(sop, settings.workdayHours())));
			case MONITORING -> Documents.monitoring(sop, DocumentFormat.PDF, settings);
			case MONITORING_DOCX -> Documents.monitoring(sop, DocumentFormat.DOCX, settings);
		};
	}

	public static Optional<Artifact> of(String name) {
		return Arrays.stream(values()).filter(o -> o.id.equalsIgnoreCase(name.strip())).findFirst();
	}

	/** "pdf, html, docx, ..." for help texts and messages. */
	public static String names() {
		return Arrays.stream(values()).map(Artifact::id).collect(Collectors.joining(", "));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
