package org.dinsos.sop.ide.codelens;

import java.util.List;

import org.dinsos.sop.ide.Descriptions;
import org.dinsos.sop.ide.server.SopSettings;
import org.dinsos.sop.sop.Sop;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/** A code lens over the SOP's name with its total waktu and number of steps. */
public class SopCodeLensService implements ICodeLensService {

	@Inject
	private SopSettings settings;

	@Inject
	private ILocationInFileProvider locations;

	@Inject
	private DocumentExtensions documents;

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
			CancelIndicator cancelIndicator) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Sop sop)) {
			return List.of();
		}
		// A lens with an empty command is a label: VS Code shows it and does nothing on a click.
		Command label = new Command(Descriptions.jumlahWaktu(sop, settings.workdayHours()), "");
		return List.of(new CodeLens(documents.newRange(resource, locations.getSignificantTextRegion(sop)), label, null));
	}
}
