package org.dinsos.sop.ide.symbols;

import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

/** Outline names: steps read "Langkah 7", a pelaksana its own name, not the one qualified by its SOP. */
public class SopSymbolNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		if (object instanceof Langkah langkah) {
			return "Langkah " + langkah.getName();
		}
		return object instanceof Pelaksana pelaksana ? pelaksana.getName() : super.getName(object);
	}
}
