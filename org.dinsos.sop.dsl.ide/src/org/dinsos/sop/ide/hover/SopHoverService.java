package org.dinsos.sop.ide.hover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dinsos.sop.ide.Uraian;
import org.dinsos.sop.ide.server.SopSettings;
import org.dinsos.sop.query.Alur;
import org.dinsos.sop.query.Durasi;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;

import com.google.inject.Inject;

/**
 * Hovers over a step (actor, waktu, output, where the flow goes next), a pelaksana (its steps and
 * their total time) and an SOP (total waktu along the main path, number of steps), as Markdown.
 */
public class SopHoverService extends HoverService {

	@Inject
	private SopSettings settings;

	@Override
	protected MarkupContent getMarkupContent(HoverContext context) {
		String contents = getContents(context.getElement());
		return contents.isEmpty() ? null : toMarkupContent(getKind(context), contents);
	}

	@Override
	public String getContents(EObject element) {
		BigDecimal jamKerja = settings.jamKerjaPerHari();
		if (element instanceof Langkah langkah) {
			return langkah(langkah);
		}
		if (element instanceof Pelaksana pelaksana) {
			return pelaksana(pelaksana, jamKerja);
		}
		if (element instanceof Sop sop) {
			return "**SOP " + sop.getName() + "**: " + sop.getJudul() + "\n\n" + Uraian.totalWaktu(sop, jamKerja)
					+ " (jalur utama, 1 hari kerja = " + jam(jamKerja) + " jam)";
		}
		return "";
	}

	private static String langkah(Langkah langkah) {
		List<String> lines = new ArrayList<>();
		lines.add("**Langkah " + langkah.getName() + "** (" + Uraian.jenis(langkah) + "): " + langkah.getKegiatan());
		Pelaksana pelaksana = langkah.getPelaksana();
		lines.add("Pelaksana: " + (pelaksana == null || pelaksana.eIsProxy() ? "-" : pelaksana.getLabel() + " (" + pelaksana.getName() + ")"));
		lines.add("Waktu: " + Uraian.waktu(langkah.getMutuBaku().getWaktu()));
		lines.add("Output: " + (langkah.getMutuBaku().getOutput().isEmpty() ? "-" : String.join(", ", langkah.getMutuBaku().getOutput())));
		lines.add(alur(langkah));
		return String.join("\n\n", lines);
	}

	/** Where the flow goes after the step, as the flowchart's arrows show it. */
	private static String alur(Langkah langkah) {
		if (langkah instanceof Keputusan keputusan) {
			return "Ya → " + tujuan(keputusan.getYa()) + "; Tidak → " + tujuan(keputusan.getTidak());
		}
		if (Alur.isSelesai(langkah)) {
			return "Akhir prosedur";
		}
		Langkah next = ((Proses) langkah).getLanjut() != null ? ((Proses) langkah).getLanjut() : Alur.baris(langkah, 1);
		return "Lanjut ke " + tujuan(next);
	}

	private static String tujuan(Langkah target) {
		return target == null || target.eIsProxy() ? "(belum ditentukan)" : Uraian.langkah(target);
	}

	private static String pelaksana(Pelaksana pelaksana, BigDecimal jamKerja) {
		List<Langkah> steps = ((Sop) pelaksana.eContainer()).getLangkah().stream()
				.filter(l -> l.getPelaksana() == pelaksana).collect(Collectors.toList());
		BigDecimal menit = steps.stream().map(l -> Durasi.menit(l.getMutuBaku().getWaktu(), jamKerja).orElse(BigDecimal.ZERO))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		String nomor = steps.isEmpty() ? "-" : steps.stream().map(Langkah::getName).collect(Collectors.joining(", "));
		return "**" + pelaksana.getLabel() + "** (pelaksana " + pelaksana.getName() + ")\n\nLangkah: " + nomor
				+ "\n\nWaktu semua langkahnya: " + Durasi.teks(menit, jamKerja);
	}

	private static String jam(BigDecimal jamKerja) {
		return jamKerja.stripTrailingZeros().toPlainString().replace('.', ',');
	}
}
