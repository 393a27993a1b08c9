package org.dinsos.sop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/** Every diagnostic of a file, in file order, printed the way compilers print them. */
public class DiagnosticPrinter {

	@Inject
	private IResourceValidator validator;

	public List<Issue> issues(XtextResource resource) {
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		issues.sort(Comparator.comparing(Issue::getLineNumber).thenComparing(Issue::getColumn));
		return issues;
	}

	/** Prints the file's errors; true when it has none. */
	public boolean printErrors(XtextResource resource, PrintWriter out) {
		List<Issue> errors = issues(resource).stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		errors.forEach(issue -> out.println(line(SopFiles.path(resource), issue)));
		return errors.isEmpty();
	}

	public static String line(Path file, Issue issue) {
		String code = issue.getCode() == null ? "" : " [" + issue.getCode() + "]";
		return SopFiles.display(file) + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": "
				+ severity(issue.getSeverity()) + ": " + issue.getMessage() + code;
	}

	private static String severity(Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			default -> "info";
		};
	}
}
