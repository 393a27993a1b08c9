package org.dinsos.sop.ide.diagram;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dinsos.sop.diagram.edit.DiagramEditor;
import org.dinsos.sop.diagram.edit.EditJson;
import org.dinsos.sop.diagram.edit.EditOperation;
import org.dinsos.sop.diagram.edit.EditResult;
import org.dinsos.sop.ide.diagram.DiagramModel.Graph;
import org.dinsos.sop.ide.server.ServerErrors;
import org.dinsos.sop.sop.Sop;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.gson.JsonObject;
import com.google.inject.Inject;

/**
 * The language server's requests of the diagram view. `sop/diagram {uri}` answers the diagram model of
 * the open file. The client asks again after every change of the text rather than the server pushing a
 * new model: a request runs after the build of every change the client sent before it, so the answer
 * always shows the text the client has, and the server need not track which diagrams are open.
 *
 * `sop/diagramEdit {uri, operation}` answers the workspace edit that makes a diagram gesture in the text:
 * minimal edits of the one file, for the version of it the server has; a refused gesture is an error
 * whose message says why.
 */
@JsonSegment("sop")
public class SopDiagramService implements ILanguageServerExtension {

	private ILanguageServerAccess access;

	@Inject
	private DiagramEditor editor;

	/** The file whose diagram is asked for. */
	public record DiagramParams(String uri) {
	}

	/** The file and a gesture as {@link EditJson} reads it, e.g. {"kind": "moveToLane", "step": 2, "pelaksana": "staf"}. */
	public record DiagramEditParams(String uri, JsonObject operation) {
	}

	@Override
	public void initialize(ILanguageServerAccess access) {
		this.access = access;
	}

	@JsonRequest
	public CompletableFuture<Graph> diagram(DiagramParams params) {
		return access.doRead(params.uri(), context -> {
			Sop sop = sop(context);
			XtextResource resource = (XtextResource) context.getResource();
			List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
					CheckMode.ALL, context.getCancelChecker());
			return DiagramBuilder.build(sop, context.getDocument(), issues);
		});
	}

	@JsonRequest
	public CompletableFuture<WorkspaceEdit> diagramEdit(DiagramEditParams params) {
		return access.doRead(params.uri(), context -> {
			sop(context);
			EditResult result = editor.apply((XtextResource) context.getResource(), operation(params.operation()));
			if (result.isRefused()) {
				throw ServerErrors.refusal(ResponseErrorCode.RequestFailed, result.refusal());
			}
			Document document = context.getDocument();
			List<TextEdit> edits = result.edits().stream()
					.map(edit -> new TextEdit(new Range(document.getPosition(edit.offset()),
							document.getPosition(edit.offset() + edit.length())), edit.text()))
					.toList();
			TextDocumentEdit change = new TextDocumentEdit(
					new VersionedTextDocumentIdentifier(params.uri(), document.getVersion()), edits);
			return new WorkspaceEdit(List.of(Either.forLeft(change)));
		});
	}

	private static EditOperation operation(JsonObject json) {
		if (json == null) {
			throw error("Perubahan diagram tanpa operasi.");
		}
		try {
			return EditJson.read(json);
		} catch (IllegalArgumentException e) {
			throw error(e.getMessage());
		}
	}

	private static Sop sop(ILanguageServerAccess.Context context) {
		if (context.getResource() == null || context.getDocument() == null) {
			throw error("Berkas ini tidak ada di ruang kerja server bahasa SOP.");
		}
		if (context.getResource().getContents().isEmpty()
				|| !(context.getResource().getContents().get(0) instanceof Sop sop)) {
			throw error("Berkas ini bukan SOP: diagram hanya ada untuk SOP, tidak untuk buku.");
		}
		return sop;
	}

	private static ResponseErrorException error(String message) {
		return ServerErrors.refusal(ResponseErrorCode.InvalidParams, message);
	}
}
