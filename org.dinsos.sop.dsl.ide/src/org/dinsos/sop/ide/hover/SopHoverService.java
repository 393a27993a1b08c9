package org.dinsos.sop.ide.hover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dinsos.sop.ide.Descriptions;
import org.dinsos.sop.ide.server.SopSettings;
import org.dinsos.sop.query.Durations;
import org.dinsos.sop.query.Flow;
import org.dinsos.sop.query.Wording;
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
		BigDecimal workdayHours = settings.workdayHours();
		if (element instanceof Langkah langkah) {
			return langkah(langkah);
		}
		if (element instanceof Pelaksana pelaksana) {
			return pelaksana(pelaksana, workdayHours);
		}
		if (element instanceof Sop sop) {
			return "**SOP " + sop.getName() + "**: " + sop.getJudul() + "\n\n" + Descriptions.jumlahWaktu(sop, workdayHours)
					+ " (" + Wording.mainPath(workdayHours) + ")";
		}
		return "";
	}

	private static String langkah(Langkah langkah) {
		List<String> lines = new ArrayList<>();
		lines.add("**Langkah " + langkah.getName() + "** (" + Descriptions.kind(langkah) + "): " + langkah.getKegiatan());
		Pelaksana pelaksana = langkah.getPelaksana();
		lines.add("Pelaksana: " + (pelaksana == null || pelaksana.eIsProxy() ? "-" : pelaksana.getLabel() + " (" + pelaksana.getName() + ")"));
		lines.add("Waktu: " + Descriptions.waktu(langkah.getMutuBaku().getWaktu()));
		lines.add("Output: " + (langkah.getMutuBaku().getOutput().isEmpty() ? "-" : String.join(", ", langkah.getMutuBaku().getOutput())));
		lines.add(flow(langkah));
		return String.join("\n\n", lines);
	}

	/** Where the flow goes after the step, as the flowchart's arrows show it. */
	private static String flow(Langkah langkah) {
		if (langkah instanceof Keputusan keputusan) {
			return "Ya → " + target(keputusan.getYa()) + "; Tidak → " + target(keputusan.getTidak());
		}
		if (Flow.isEnd(langkah)) {
			return "Akhir prosedur";
		}
		Langkah next = ((Proses) langkah).getLanjut() != null ? ((Proses) langkah).getLanjut() : Flow.row(langkah, 1);
		return "Lanjut ke " + target(next);
	}

	private static String target(Langkah target) {
		return target == null || target.eIsProxy() ? "(belum ditentukan)" : Descriptions.step(target);
	}

	private static String pelaksana(Pelaksana pelaksana, BigDecimal workdayHours) {
		List<Langkah> steps = ((Sop) pelaksana.eContainer()).getLangkah().stream()
				.filter(l -> l.getPelaksana() == pelaksana).collect(Collectors.toList());
		BigDecimal menit = steps.stream().map(l -> Durations.minutes(l.getMutuBaku().getWaktu(), workdayHours).orElse(BigDecimal.ZERO))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		String nomor = steps.isEmpty() ? "-" : steps.stream().map(Langkah::getName).collect(Collectors.joining(", "));
		return "**" + pelaksana.getLabel() + "** (pelaksana " + pelaksana.getName() + ")\n\nLangkah: " + nomor
				+ "\n\nWaktu semua langkahnya: " + Durations.text(menit, workdayHours);
	}
}
