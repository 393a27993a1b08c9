package org.dinsos.sop.linking;

import org.dinsos.sop.sop.SopPackage;
import org.dinsos.sop.validation.SopIssueCodes;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Says what an unresolved name was meant to be, in the words of the SOP AP format. */
public class SopLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		if (type == SopPackage.Literals.PELAKSANA) {
			return error("Pelaksana '" + name + "' belum dideklarasikan; tambahkan di bagian pelaksana, misalnya: "
					+ name + " \"Nama Jabatan\".", SopIssueCodes.PELAKSANA_TIDAK_DIKENAL, name);
		}
		if (type == SopPackage.Literals.LANGKAH) {
			return error("Langkah nomor " + name + " tidak ada di prosedur ini.", SopIssueCodes.LANGKAH_TIDAK_ADA, name);
		}
		if (type == SopPackage.Literals.SOP) {
			return error("SOP '" + name + "' tidak ditemukan di antara berkas yang dibuka; periksa namanya, "
					+ "atau tulis judulnya dalam tanda kutip bila SOP itu di luar ruang kerja ini.",
					SopIssueCodes.SOP_TIDAK_DITEMUKAN, name);
		}
		return super.getUnresolvedProxyMessage(context);
	}

	private static DiagnosticMessage error(String message, String code, String name) {
		return new DiagnosticMessage(message, Severity.ERROR, code, name);
	}
}
