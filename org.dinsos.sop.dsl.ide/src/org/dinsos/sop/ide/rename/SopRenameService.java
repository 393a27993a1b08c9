package org.dinsos.sop.ide.rename;

import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.xtext.ide.server.rename.RenameService2;

/**
 * Xtext's rename, reading the files in the read request it already runs in. Xtext's own queues a second
 * read and waits for it: a change typed in between is queued before that read and waits for the first one
 * to end, and the server never answers again (eclipse-xtext/xtext#3735).
 */
public class SopRenameService extends RenameService2 {

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameOptions options) {
		options.setLanguageServerAccess(new InRequestAccess(options.getLanguageServerAccess()));
		return super.prepareRename(options);
	}

	@Override
	public WorkspaceEdit rename(Options options) {
		options.setLanguageServerAccess(new InRequestAccess(options.getLanguageServerAccess()));
		return super.rename(options);
	}
}
