package org.dinsos.sop.ide.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.dinsos.sop.files.AtomicFile;
import org.dinsos.sop.generator.Artifact;
import org.dinsos.sop.generator.DocumentFormat;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Documents;
import org.dinsos.sop.sop.Sop;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;

/**
 * The server's workspace commands for the SOP in an open file: `sop.writeDocument` writes its document beside the
 * file (arguments: the file's URI and pdf, html or docx) and answers the path written; `sop.writeChecklist`
 * does the same for its checklist (html, json or md; html when not given); `sop.renderPreview` answers the
 * document's HTML for a preview. An SOP with errors gets nothing: the answer says how many errors to fix
 * first.
 */
public class SopCommandService implements IExecutableCommandService {

	public static final String WRITE_DOCUMENT = "sop.writeDocument";
	public static final String WRITE_CHECKLIST = "sop.writeChecklist";
	public static final String RENDER_PREVIEW = "sop.renderPreview";

	@Inject
	private SopSettings settings;

	@Override
	public List<String> initialize() {
		return List.of(WRITE_DOCUMENT, WRITE_CHECKLIST, RENDER_PREVIEW);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		List<Object> arguments = params.getArguments();
		String uri = argument(arguments, 0, "URI berkas .sop");
		return access.doSyncRead(uri, context -> {
			Sop sop = sopWithoutErrors((XtextResource) context.getResource());
			DocumentSettings document = DocumentSettings.standard().withKertas(settings.kertas())
					.withWorkdayHours(settings.workdayHours());
			if (RENDER_PREVIEW.equals(params.getCommand())) {
				return new String(Documents.preview(sop, document), StandardCharsets.UTF_8);
			}
			Artifact output = WRITE_CHECKLIST.equals(params.getCommand()) ? checklist(arguments) : document(arguments);
			return write(URI.createURI(uri), output, output.write(sop, document));
		});
	}

	private static Artifact document(List<Object> arguments) {
		String name = argument(arguments, 1, "format (pdf, html atau docx)");
		return DocumentFormat.of(name).map(format -> Artifact.valueOf(format.name()))
				.orElseThrow(() -> error("Format tidak dikenal: " + name + "."));
	}

	private static Artifact checklist(List<Object> arguments) {
		String name = arguments.size() > 1 ? argument(arguments, 1, "format") : "html";
		return Artifact.of("checklist-" + name).orElseThrow(() -> error("Format checklist tidak dikenal: " + name
				+ " (pilih html, json atau md)."));
	}

	private static Sop sopWithoutErrors(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Sop sop)) {
			throw error("Berkas ini bukan SOP.");
		}
		List<Issue> errors = resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).collect(Collectors.toList());
		if (!errors.isEmpty()) {
			throw error("Dokumen tidak dibuat: SOP ini masih memiliki " + errors.size()
					+ " kesalahan (lihat panel Problems). Perbaiki dulu kesalahannya.");
		}
		return sop;
	}

	/** The output beside its source, with the source's name: lakip.sop gives lakip.pdf, lakip.checklist.html. */
	private static String write(URI source, Artifact output, byte[] content) {
		Path file = Path.of(source.toFileString());
		String name = file.getFileName().toString().replaceFirst("\\.sop$", "") + output.suffix();
		Path target = file.resolveSibling(name);
		try {
			AtomicFile.write(target, content);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return target.toString();
	}

	private static String argument(List<Object> arguments, int index, String what) {
		if (arguments == null || arguments.size() <= index) {
			throw error("Argumen perintah kurang: " + what + ".");
		}
		Object value = arguments.get(index);
		return value instanceof JsonPrimitive json ? json.getAsString() : String.valueOf(value);
	}

	private static ResponseErrorException error(String message) {
		return ServerErrors.refusal(ResponseErrorCode.InvalidParams, message);
	}
}
