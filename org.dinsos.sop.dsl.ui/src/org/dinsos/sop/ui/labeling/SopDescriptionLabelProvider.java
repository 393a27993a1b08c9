package org.dinsos.sop.ui.labeling;

import org.dinsos.sop.sop.SopPackage;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.ui.label.DefaultDescriptionLabelProvider;

/**
 * Labels of indexed elements (Open Model Element, the references view): the name, and the icon of the element's
 * kind as the outline shows it.
 */
public class SopDescriptionLabelProvider extends DefaultDescriptionLabelProvider {

	@Override
	public Object image(IEObjectDescription description) {
		if (description.getEClass() == SopPackage.Literals.SOP) {
			return "sop.png";
		}
		if (description.getEClass() == SopPackage.Literals.BUKU) {
			return "buku.png";
		}
		if (description.getEClass() == SopPackage.Literals.PELAKSANA) {
			return "pelaksana.png";
		}
		if (description.getEClass() == SopPackage.Literals.KEPUTUSAN) {
			return "keputusan.png";
		}
		if (description.getEClass() == SopPackage.Literals.PROSES) {
			return "proses.png";
		}
		return super.image(description);
	}
}
