package org.dinsos.sop.ui.tests;

import static org.dinsos.sop.ui.tests.Workbench.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dinsos.sop.validation.SopIssueCodes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.ui.editor.XtextEditor;
import org.eclipse.xtext.ui.editor.model.IXtextDocument;
import org.eclipse.xtext.ui.editor.quickfix.IssueResolution;
import org.eclipse.xtext.ui.editor.quickfix.IssueResolutionProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SOP editor in a real workbench, on a copy of examples/lakip.sop in a project: the builder's markers are the
 * findings of `sop check`, completion at a step's actor offers the pelaksana, and a quick fix repairs the file.
 */
class EditorTest {

	/** `sop check`'s line: file:line:column: severity: message [code]. */
	private static final Pattern FINDING = Pattern.compile("^.*?:(\\d+):(\\d+): (error|warning|info): (.*) \\[(.*)\\]$");

	private IFile file;

	@BeforeEach
	void copyLakip() throws Exception {
		file = Workbench.copyOfExample("lakip.sop");
		settle();
	}

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.cleanUp();
	}

	@Test
	void markersAreTheFindingsOfSopCheck() throws Exception {
		assertEquals(sopCheck(), markers());
		// The same on a copy with mistakes: an unknown actor, an unknown unit, a decision without its Tidak exit.
		XtextEditor editor = Workbench.openEditor(file);
		IXtextDocument document = editor.getDocument();
		replace(document, "\t\t2 sekretaris ", "\t\t2 bendahara ");
		replace(document, "waktu 3 jam", "waktu 3 jm");
		replace(document, "\t\t\ttidak ke 6\n", "");
		editor.doSave(null);
		settle();
		List<String> findings = sopCheck();
		assertTrue(findings.size() >= 3, findings.toString());
		assertTrue(findings.stream().anyMatch(f -> f.contains("[" + SopIssueCodes.SATUAN_TIDAK_DIKENAL + "]")), findings.toString());
		Workbench.waitUntil("the markers of the changed file", () -> markers().equals(findings));
		assertTrue(findings.stream().anyMatch(f -> f.contains(": error: ")), findings.toString());
	}

	@Test
	void completionAtAStepsActorListsThePelaksana() throws Exception {
		XtextEditor editor = Workbench.openEditor(file);
		IDocument document = editor.getDocument();
		int offset = document.get().indexOf("\t\t2 sekretaris") + "\t\t2 ".length();
		ISourceViewer viewer = editor.getInternalSourceViewer();
		IContentAssistProcessor processor = editor.getXtextSourceViewerConfiguration().getContentAssistant(viewer)
				.getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE);
		ICompletionProposal[] proposals = processor.computeCompletionProposals(viewer, offset);
		assertNotNull(proposals);
		List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		for (String lane : List.of("kadis", "sekretaris", "perencana", "staf")) {
			assertTrue(shown.stream().anyMatch(s -> s.startsWith(lane)), lane + " in " + shown);
		}
		assertTrue(shown.stream().anyMatch(s -> s.startsWith("kadis") && s.contains("Kepala Dinas")), shown.toString());
	}

	@Test
	void aQuickFixAppliedInTheEditorRepairsTheFile() throws Exception {
		String original = Workbench.read(file);
		XtextEditor editor = Workbench.openEditor(file);
		IXtextDocument document = editor.getDocument();
		replace(document, "waktu 3 jam", "waktu 3 jm");
		editor.doSave(null);
		settle();
		Workbench.waitUntil("a marker for the unknown unit", () -> markers().stream()
				.anyMatch(marker -> marker.endsWith("[" + SopIssueCodes.SATUAN_TIDAK_DIKENAL + "]")));
		Issue issue = document.readOnly(resource -> resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)).stream()
				.filter(i -> SopIssueCodes.SATUAN_TIDAK_DIKENAL.equals(i.getCode())).findFirst().orElseThrow();
		List<IssueResolution> resolutions = Workbench.injector().getInstance(IssueResolutionProvider.class)
				.getResolutions(issue);
		IssueResolution fix = resolutions.stream().filter(r -> r.getLabel().equals("Ganti dengan satuan yang dikenal"))
				.findFirst().orElseThrow(() -> new AssertionError("no unit fix among " + resolutions));
		fix.apply();
		settle();
		assertTrue(editor.isDirty(), "the fix is made in the editor");
		editor.doSave(null);
		settle();
		assertEquals(original, Workbench.read(file), "the unit written as before");
		Workbench.waitUntil("no marker for the unknown unit", () -> markers().stream()
				.noneMatch(marker -> marker.endsWith("[" + SopIssueCodes.SATUAN_TIDAK_DIKENAL + "]")));
	}

	private static void replace(IDocument document, String old, String text) throws Exception {
		int offset = document.get().indexOf(old);
		assertTrue(offset >= 0, old);
		document.replace(offset, old.length(), text);
	}

	/**
	 * `sop check` of the workspace file, run as the command line it is (sop.jar of this build, in a process of its
	 * own), as "line: severity: message [code]", in order.
	 */
	private List<String> sopCheck() throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				System.getProperty("sop.jar"), "check", file.getLocation().toOSString()).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		List<String> findings = new ArrayList<>();
		for (String line : out.split("\\R")) {
			Matcher finding = FINDING.matcher(line);
			if (finding.matches()) {
				findings.add(finding.group(1) + ": " + finding.group(3) + ": " + finding.group(4) + " ["
						+ finding.group(5) + "]");
			}
		}
		findings.sort(null);
		return findings;
	}

	/** The builder's problem markers on the file, in the same form. */
	private List<String> markers() {
		try {
			List<String> markers = new ArrayList<>();
			for (IMarker marker : file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
				String severity = switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
					case IMarker.SEVERITY_ERROR -> "error";
					case IMarker.SEVERITY_WARNING -> "warning";
					default -> "info";
				};
				markers.add(marker.getAttribute(IMarker.LINE_NUMBER, -1) + ": " + severity + ": "
						+ marker.getAttribute(IMarker.MESSAGE, "") + " [" + marker.getAttribute(Issue.CODE_KEY, "") + "]");
			}
			markers.sort(null);
			return markers;
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
