package org.dinsos.sop.ide.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Validation after the build, so that hover, completion and the other reading requests need not wait for
 * it. The build parses, links and indexes a changed file and notes it here; the read request that follows
 * every write ({@link SopRequestManager}) validates the noted files and publishes their diagnostics while
 * other reads are answered from the same parsed files. The next write cancels that read; a file it did not
 * finish stays noted and is validated by the read that follows the next write, so no file is left without
 * its diagnostics.
 */
@Singleton
public class DeferredValidation {

	private static final Logger LOG = Logger.getLogger(DeferredValidation.class);

	private final Set<URI> pending = new LinkedHashSet<>();

	@Inject
	private OperationCanceledManager cancellation;

	private WorkspaceManager workspace;

	private Procedure2<? super URI, ? super Iterable<Issue>> publisher;

	/** Where the files are found and their diagnostics published: the server's workspace and its client. */
	synchronized void attach(WorkspaceManager workspace, Procedure2<? super URI, ? super Iterable<Issue>> publisher) {
		this.workspace = workspace;
		this.publisher = publisher;
	}

	/** Notes a file the build has just parsed and linked. */
	synchronized void defer(URI uri) {
		pending.add(uri);
	}

	/**
	 * Validates the noted files one after the other, publishing the diagnostics of each, until none is left
	 * or the request is cancelled. A file the workspace no longer holds (deleted) is dropped: its build
	 * published its empty diagnostics. A file whose validation fails is dropped too, the failure logged, so
	 * that it cannot keep the files after it from being validated.
	 */
	public synchronized Void validatePending(CancelIndicator cancel) {
		while (!pending.isEmpty() && !cancel.isCanceled()) {
			URI uri = pending.iterator().next();
			Resource resource = resource(uri);
			if (resource instanceof XtextResource file) {
				try {
					List<Issue> issues = file.getResourceServiceProvider().getResourceValidator().validate(file, CheckMode.ALL, cancel);
					if (cancel.isCanceled()) {
						return null;
					}
					publisher.apply(uri, issues);
				} catch (RuntimeException failure) {
					cancellation.propagateIfCancelException(failure);
					LOG.error("Validasi " + uri + " gagal", failure);
				}
			}
			pending.remove(uri);
		}
		return null;
	}

	/**
	 * The file as the workspace holds it now, loaded again if the build that noted it was followed by
	 * another (each build has a resource set of its own); none if the workspace's index no longer has it.
	 */
	private Resource resource(URI uri) {
		ProjectManager project = workspace == null ? null : workspace.getProjectManager(uri);
		if (project == null || workspace.getIndex().getResourceDescription(uri) == null) {
			return null;
		}
		return project.getResource(uri);
	}
}
