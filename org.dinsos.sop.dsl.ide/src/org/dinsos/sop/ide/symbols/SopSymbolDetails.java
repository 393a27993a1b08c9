package org.dinsos.sop.ide.symbols;

import org.dinsos.sop.ide.Descriptions;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

/** Outline details: the title of an SOP or booklet, a pelaksana's label, a step's kind and kegiatan. */
public class SopSymbolDetails extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		if (object instanceof Sop sop) {
			return sop.getJudul();
		}
		if (object instanceof Buku buku) {
			return buku.getJudul();
		}
		if (object instanceof Pelaksana pelaksana) {
			return pelaksana.getLabel();
		}
		if (object instanceof Langkah langkah) {
			return Descriptions.kind(langkah) + ": " + langkah.getKegiatan();
		}
		return super.getDetails(object);
	}
}
