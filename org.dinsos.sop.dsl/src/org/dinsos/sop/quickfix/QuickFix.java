package org.dinsos.sop.quickfix;

import java.util.List;
import java.util.function.Function;

import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.KeputusanKepala;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Waktu;
import org.dinsos.sop.text.TextEdit;
import org.dinsos.sop.validation.SopIssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

/**
 * A repair offered for a problem with the given code: the title the editor shows and the edits
 * ({@link SopFixes}) made from the element the problem is reported on. {@link #ALL} is the one table
 * the language server and the Eclipse editor both offer.
 */
public record QuickFix(String code, String title, Function<EObject, List<TextEdit>> edits) {

	public static final List<QuickFix> ALL = List.of(
			on(SopIssueCodes.NOMOR_LANGKAH_GANDA, "Nomori ulang semua langkah 1..n", Langkah.class, SopFixes::renumber),
			on(SopIssueCodes.NOMOR_LANGKAH_TERLEWAT, "Nomori ulang semua langkah 1..n", Langkah.class, SopFixes::renumber),
			on(SopIssueCodes.NOMOR_LANGKAH_TIDAK_URUT, "Nomori ulang semua langkah 1..n", Langkah.class, SopFixes::renumber),
			on(SopIssueCodes.PELAKSANA_TIDAK_DIKENAL, "Tambahkan pelaksana ini ke bagian pelaksana", Langkah.class,
					SopFixes::declareLane),
			on(SopIssueCodes.PELAKSANA_TIDAK_DIPAKAI, "Hapus pelaksana yang tidak dipakai", Pelaksana.class,
					SopFixes::removeLane),
			on(SopIssueCodes.SATUAN_TIDAK_DIKENAL, "Ganti dengan satuan yang dikenal", Waktu.class, SopFixes::replaceUnit),
			on(SopIssueCodes.SATUAN_LEBIH_BESAR, "Tulis dalam satuan yang lebih besar", Waktu.class,
					SopFixes::useLargerUnit),
			on(SopIssueCodes.KEPUTUSAN_TANPA_YA, "Tambahkan cabang Ya", Keputusan.class,
					keputusan -> SopFixes.addBranch(keputusan, true)),
			on(SopIssueCodes.KEPUTUSAN_TANPA_TIDAK, "Tambahkan cabang Tidak", Keputusan.class,
					keputusan -> SopFixes.addBranch(keputusan, false)),
			on(SopIssueCodes.DIKTUM_BERGABUNG, "Pisahkan setiap diktum menjadi teks sendiri", KeputusanKepala.class,
					SopFixes::splitDiktum));

	/** The repairs for a problem code, in the order the editor lists them. */
	public static List<QuickFix> forCode(String code) {
		return ALL.stream().filter(fix -> fix.code.equals(code)).toList();
	}

	/** A fix that works on the nearest element of the given type around the one the problem is reported on. */
	private static <T extends EObject> QuickFix on(String code, String title, Class<T> type,
			Function<T, List<TextEdit>> fix) {
		return new QuickFix(code, title, element -> {
			T target = EcoreUtil2.getContainerOfType(element, type);
			return target == null ? List.of() : fix.apply(target);
		});
	}
}
