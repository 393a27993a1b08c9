package org.dinsos.sop.resource;

import java.util.Map;

import org.dinsos.sop.sop.Dokumen;
import org.dinsos.sop.sop.Sop;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * Puts SOPs and booklets in the workspace index, with each SOP's nomor so that duplicates are found
 * across files. Steps and pelaksana stay local to their SOP.
 */
public class SopResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	/** Index user data: the nomor SOP. */
	public static final String NOMOR = "nomor";

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		if (eObject instanceof Dokumen dokumen) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(dokumen);
			if (name != null) {
				Map<String, String> data = dokumen instanceof Sop sop && sop.getNomor() != null
						? Map.of(NOMOR, sop.getNomor())
						: Map.of();
				acceptor.accept(EObjectDescription.create(name, dokumen, data));
			}
		}
		return false;
	}
}
