package org.dinsos.sop.ui.quickfix;

import java.util.Comparator;
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
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ui.editor.model.IXtextDocument;
import org.eclipse.xtext.ui.editor.quickfix.DefaultQuickfixProvider;
import org.eclipse.xtext.ui.editor.quickfix.Fix;
import org.eclipse.xtext.ui.editor.quickfix.IssueResolutionAcceptor;
import org.eclipse.xtext.validation.Issue;

/** The Eclipse editor's quick fixes: the same edits ({@link SopFixes}) the language server offers. */
public class SopQuickfixProvider extends DefaultQuickfixProvider {

	@Fix(SopIssueCodes.NOMOR_LANGKAH_GANDA)
	public void nomoriUlangGanda(Issue issue, IssueResolutionAcceptor acceptor) {
		accept(issue, acceptor, "Nomori ulang semua langkah 1..n", Langkah.class, SopFixes::nomoriUlang);
	}

	@Fix(SopIssueCodes.NOMOR_LANGKAH_TERLEWAT)
	public void nomoriUlangTerlewat(Issue issue, IssueResolutionAcceptor acceptor) {
		nomoriUlangGanda(issue, acceptor);
	}

	@Fix(SopIssueCodes.NOMOR_LANGKAH_TIDAK_URUT)
	public void nomoriUlangTidakUrut(Issue issue, IssueResolutionAcceptor acceptor) {
		nomoriUlangGanda(issue, acceptor);
	}

	@Fix(SopIssueCodes.PELAKSANA_TIDAK_DIKENAL)
	public void deklarasikanPelaksana(Issue issue, IssueResolutionAcceptor acceptor) {
		accept(issue, acceptor, "Tambahkan pelaksana ini ke bagian pelaksana", Langkah.class,
				SopFixes::deklarasikanPelaksana);
	}

	@Fix(SopIssueCodes.PELAKSANA_TIDAK_DIPAKAI)
	public void hapusPelaksana(Issue issue, IssueResolutionAcceptor acceptor) {
		accept(issue, acceptor, "Hapus pelaksana yang tidak dipakai", Pelaksana.class, SopFixes::hapusPelaksana);
	}

	@Fix(SopIssueCodes.SATUAN_TIDAK_DIKENAL)
	public void gantiSatuan(Issue issue, IssueResolutionAcceptor acceptor) {
		accept(issue, acceptor, "Ganti dengan satuan yang dikenal", Waktu.class, SopFixes::gantiSatuan);
	}

	@Fix(SopIssueCodes.SATUAN_LEBIH_BESAR)
	public void ubahSatuan(Issue issue, IssueResolutionAcceptor acceptor) {
		accept(issue, acceptor, "Tulis dalam satuan yang lebih besar", Waktu.class, SopFixes::ubahKeSatuanLebihBesar);
	}

	@Fix(SopIssueCodes.KEPUTUSAN_TANPA_YA)
	public void tambahYa(Issue issue, IssueResolutionAcceptor acceptor) {
		accept(issue, acceptor, "Tambahkan cabang Ya", Keputusan.class, k -> SopFixes.tambahCabang(k, true));
	}

	@Fix(SopIssueCodes.KEPUTUSAN_TANPA_TIDAK)
	public void tambahTidak(Issue issue, IssueResolutionAcceptor acceptor) {
		accept(issue, acceptor, "Tambahkan cabang Tidak", Keputusan.class, k -> SopFixes.tambahCabang(k, false));
	}

	/** Computes the fix's edits on the editor's model, then makes them in the document from the end backwards. */
	private static <T extends EObject> void accept(Issue issue, IssueResolutionAcceptor acceptor, String label,
			Class<T> type, Function<T, List<TextEdit>> fix) {
		acceptor.accept(issue, label, label, null, context -> {
			IXtextDocument document = context.getXtextDocument();
			List<TextEdit> edits = document.readOnly(resource -> {
				T target = EcoreUtil2.getContainerOfType(resource.getEObject(issue.getUriToProblem().fragment()), type);
				return target == null ? List.<TextEdit>of() : fix.apply(target);
			});
			for (TextEdit edit : edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed()).toList()) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		});
	}
}
