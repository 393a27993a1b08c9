package org.dinsos.sop.ide.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Pair;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

import com.google.inject.Inject;

/**
 * Xtext's workspace, reading only what belongs to it: a request names a `file:` URI of an open document or
 * of a file inside a workspace folder. Any other URI (http:, a file outside the folders, one that does not
 * exist) is refused with the reason before anything is loaded, so a request never makes the server fetch a
 * remote resource or read an arbitrary local file. Its diagnostics are published by the
 * {@link DeferredValidation} after each build. Opening a file with the text the workspace build parsed (the
 * file as saved) builds nothing: hover and completion answer at once, not after parsing it again, which
 * takes seconds for a 10 000-step SOP.
 */
public class SopWorkspaceManager extends WorkspaceManager {

	@Inject
	private DeferredValidation validation;

	/** The file being opened with the text already parsed; set only while the write queue opens it. */
	private URI openedAsParsed;

	@Override
	public void initialize(List<WorkspaceFolder> workspaceFolders, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
			CancelIndicator cancelIndicator) {
		validation.attach(this, issueAcceptor);
		super.initialize(workspaceFolders, issueAcceptor, cancelIndicator);
	}

	@Override
	public Buildable didOpen(URI uri, Integer version, String contents) {
		openedAsParsed = parsed(uri, contents) ? uri : null;
		try {
			return super.didOpen(uri, version, contents);
		} finally {
			openedAsParsed = null;
		}
	}

	@Override
	public Buildable didChangeFiles(List<URI> dirtyFiles, List<URI> deletedFiles) {
		if (openedAsParsed != null && dirtyFiles.equals(List.of(openedAsParsed)) && deletedFiles.isEmpty()) {
			return Buildable.NO_BUILD;
		}
		return super.didChangeFiles(dirtyFiles, deletedFiles);
	}

	/** Whether the workspace holds `uri` parsed from exactly `contents`. */
	private boolean parsed(URI uri, String contents) {
		ProjectManager project = getProjectManager(uri);
		if (project == null || project.getResourceSet() == null
				|| !(project.getResourceSet().getResource(uri, false) instanceof XtextResource resource) || !resource.isLoaded()
				|| resource.getParseResult() == null) {
			return false;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		return root.getTotalLength() == contents.length() && root.getText().equals(contents);
	}

	@Override
	public Pair<? super Document, ? super XtextResource> read(URI uri) {
		URI file = uri.trimFragment();
		if (!isDocumentOpen(file)) {
			Path path = fileOf(file).orElseThrow(() -> ServerErrors.refusal(ResponseErrorCode.InvalidParams,
					"Berkas " + uri + " tidak dibaca: server bahasa SOP hanya membaca berkas (file:) di folder ruang kerja."));
			if (!insideWorkspace(path)) {
				throw ServerErrors.refusal(ResponseErrorCode.InvalidParams,
						"Berkas " + path + " tidak dibaca: berkas ini tidak berada di folder ruang kerja.");
			}
			if (!Files.isRegularFile(path)) {
				throw ServerErrors.refusal(ResponseErrorCode.InvalidParams, "Berkas " + path + " tidak ditemukan di ruang kerja.");
			}
		} else if (!file.isFile()) {
			throw ServerErrors.refusal(ResponseErrorCode.InvalidParams,
					"Berkas " + uri + " tidak dibaca: server bahasa SOP hanya membaca berkas (file:).");
		}
		return super.read(uri);
	}

	private static Optional<Path> fileOf(URI uri) {
		if (!uri.isFile() || uri.toFileString() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(uri.toFileString()).toAbsolutePath().normalize());
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** Inside a workspace folder, also after following symbolic links. */
	private boolean insideWorkspace(Path path) {
		for (WorkspaceFolder folder : getWorkspaceFolders()) {
			Optional<Path> root = folder.getUri() == null ? Optional.empty() : fileOf(URI.createURI(folder.getUri()));
			if (root.isPresent() && path.startsWith(root.get()) && realPath(path).startsWith(realPath(root.get()))) {
				return true;
			}
		}
		return false;
	}

	private static Path realPath(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			return path;
		}
	}
}
