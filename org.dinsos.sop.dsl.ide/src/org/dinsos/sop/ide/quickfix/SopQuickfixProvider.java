package org.dinsos.sop.ide.quickfix;

import java.util.List;
import java.util.function.Function;

import org.dinsos.sop.quickfix.SopFixes;
import org.dinsos.sop.quickfix.TextEdit;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Waktu;
import org.dinsos.sop.validation.SopIssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;

/** The code actions the language server offers for the validator's problems; the edits are {@link SopFixes}. */
public class SopQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@QuickFix(SopIssueCodes.NOMOR_LANGKAH_GANDA)
	public void nomoriUlangGanda(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Nomori ulang semua langkah 1..n", edits(Langkah.class, SopFixes::nomoriUlang));
	}

	@QuickFix(SopIssueCodes.NOMOR_LANGKAH_TERLEWAT)
	public void nomoriUlangTerlewat(DiagnosticResolutionAcceptor acceptor) {
		nomoriUlangGanda(acceptor);
	}

	@QuickFix(SopIssueCodes.NOMOR_LANGKAH_TIDAK_URUT)
	public void nomoriUlangTidakUrut(DiagnosticResolutionAcceptor acceptor) {
		nomoriUlangGanda(acceptor);
	}

	@QuickFix(SopIssueCodes.PELAKSANA_TIDAK_DIKENAL)
	public void deklarasikanPelaksana(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Tambahkan pelaksana ini ke bagian pelaksana",
				edits(Langkah.class, SopFixes::deklarasikanPelaksana));
	}

	@QuickFix(SopIssueCodes.PELAKSANA_TIDAK_DIPAKAI)
	public void hapusPelaksana(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Hapus pelaksana yang tidak dipakai", edits(Pelaksana.class, SopFixes::hapusPelaksana));
	}

	@QuickFix(SopIssueCodes.SATUAN_TIDAK_DIKENAL)
	public void gantiSatuan(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Ganti dengan satuan yang dikenal", edits(Waktu.class, SopFixes::gantiSatuan));
	}

	@QuickFix(SopIssueCodes.SATUAN_LEBIH_BESAR)
	public void ubahSatuan(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Tulis dalam satuan yang lebih besar", edits(Waktu.class, SopFixes::ubahKeSatuanLebihBesar));
	}

	@QuickFix(SopIssueCodes.KEPUTUSAN_TANPA_YA)
	public void tambahYa(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Tambahkan cabang Ya", edits(Keputusan.class, k -> SopFixes.tambahCabang(k, true)));
	}

	@QuickFix(SopIssueCodes.KEPUTUSAN_TANPA_TIDAK)
	public void tambahTidak(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Tambahkan cabang Tidak", edits(Keputusan.class, k -> SopFixes.tambahCabang(k, false)));
	}

	/** Runs a fix on the element of the given type at the diagnostic and turns its edits into LSP edits. */
	private static <T extends EObject> ITextModification edits(Class<T> type, Function<T, List<TextEdit>> fix) {
		return (diagnostic, element, document) -> {
			T target = EcoreUtil2.getContainerOfType(element, type);
			if (target == null) {
				return List.of();
			}
			return fix.apply(target).stream().map(edit -> toLsp(edit, document)).toList();
		};
	}

	private static org.eclipse.lsp4j.TextEdit toLsp(TextEdit edit, Document document) {
		Position start = document.getPosition(edit.offset());
		Position end = document.getPosition(edit.offset() + edit.length());
		return new org.eclipse.lsp4j.TextEdit(new Range(start, end), edit.text());
	}
}
