package org.dinsos.sop.ide;

import org.dinsos.sop.ide.codelens.SopCodeLensService;
import org.dinsos.sop.ide.contentassist.SopContentProposalProvider;
import org.dinsos.sop.ide.diagram.SopDiagramService;
import org.dinsos.sop.ide.folding.SopFoldingRangeProvider;
import org.dinsos.sop.ide.hover.SopHoverService;
import org.dinsos.sop.ide.quickfix.SopQuickfixProvider;
import org.dinsos.sop.ide.rename.SopRenameService;
import org.dinsos.sop.ide.server.SopCommandService;
import org.dinsos.sop.ide.symbols.SopSymbolDetails;
import org.dinsos.sop.ide.symbols.SopSymbolKinds;
import org.dinsos.sop.ide.symbols.SopSymbolNames;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

/**
 * The language server services of the SOP language (bound here, each implemented in its package).
 */
public class SopIdeModule extends AbstractSopIdeModule {

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends IExecutableCommandService> bindIExecutableCommandService() {
		return SopCommandService.class;
	}

	public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
		return SopDiagramService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return SopQuickfixProvider.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return SopContentProposalProvider.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return SopHoverService.class;
	}

	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return SopFoldingRangeProvider.class;
	}

	public Class<? extends ICodeLensService> bindICodeLensService() {
		return SopCodeLensService.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return SopSymbolNames.class;
	}

	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return SopSymbolKinds.class;
	}

	public Class<? extends DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return SopSymbolDetails.class;
	}

	public Class<? extends IRenameService2> bindIRenameService2() {
		return SopRenameService.class;
	}
}
