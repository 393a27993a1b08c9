package org.dinsos.sop.ide.symbols;

import org.dinsos.sop.sop.SopPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

/** Outline icons: an SOP is a module, a booklet a package, a pelaksana a field, a step an event. */
public class SopSymbolKinds extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		if (type == SopPackage.Literals.SOP) {
			return SymbolKind.Module;
		}
		if (type == SopPackage.Literals.BUKU) {
			return SymbolKind.Package;
		}
		if (type == SopPackage.Literals.PELAKSANA) {
			return SymbolKind.Field;
		}
		if (SopPackage.Literals.LANGKAH.isSuperTypeOf(type)) {
			return SymbolKind.Event;
		}
		return super.getSymbolKind(type);
	}
}
