package org.dinsos.sop.ui.labeling;

import org.dinsos.sop.query.Flow;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.xtext.ui.label.DefaultEObjectLabelProvider;

import com.google.inject.Inject;

/**
 * Labels and icons of SOP elements in the outline, completion and hyperlinks: an SOP or booklet by its name and
 * title, a pelaksana by its column header and id, a step by its number and kegiatan, with the flowchart symbol of
 * its kind. Icons are in icons/ (found by name through Xtext's image helper).
 */
public class SopLabelProvider extends DefaultEObjectLabelProvider {

	@Inject
	public SopLabelProvider(AdapterFactoryLabelProvider delegate) {
		super(delegate);
	}

	String text(Sop sop) {
		return sop.getName() + ": " + sop.getJudul();
	}

	String image(Sop sop) {
		return "sop.png";
	}

	String text(Buku buku) {
		return buku.getName() + ": " + buku.getJudul();
	}

	String image(Buku buku) {
		return "buku.png";
	}

	String text(Pelaksana pelaksana) {
		return pelaksana.getLabel() + " (" + pelaksana.getName() + ")";
	}

	String image(Pelaksana pelaksana) {
		return "pelaksana.png";
	}

	String text(Langkah langkah) {
		return langkah.getName() + ". " + (langkah.getKegiatan() == null ? "" : langkah.getKegiatan());
	}

	String image(Proses proses) {
		return Flow.isStart(proses) || Flow.isEnd(proses) ? "terminator.png" : "proses.png";
	}

	String image(Keputusan keputusan) {
		return "keputusan.png";
	}
}
