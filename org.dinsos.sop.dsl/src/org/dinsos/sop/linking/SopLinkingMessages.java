package org.dinsos.sop.linking;

import org.dinsos.sop.sop.SopPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Says what an unresolved name was meant to be, in the words of the SOP AP format. */
public class SopLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		String message;
		if (type == SopPackage.Literals.PELAKSANA) {
			message = "Pelaksana '" + name + "' belum dideklarasikan di bagian pelaksana.";
		} else if (type == SopPackage.Literals.LANGKAH) {
			message = "Langkah nomor " + name + " tidak ada di prosedur ini.";
		} else if (type == SopPackage.Literals.SOP) {
			message = "SOP '" + name + "' tidak ditemukan di antara berkas yang dibuka.";
		} else {
			return super.getUnresolvedProxyMessage(context);
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}
}
