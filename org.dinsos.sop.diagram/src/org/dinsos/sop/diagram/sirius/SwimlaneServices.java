package org.dinsos.sop.diagram.sirius;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dinsos.sop.diagram.edit.DiagramEditor;
import org.dinsos.sop.diagram.edit.EditOperation.AddDecision;
import org.dinsos.sop.diagram.edit.EditOperation.AddLane;
import org.dinsos.sop.diagram.edit.EditOperation.AddStep;
import org.dinsos.sop.diagram.edit.EditOperation.Branch;
import org.dinsos.sop.diagram.edit.EditOperation.ConnectBranch;
import org.dinsos.sop.diagram.edit.EditOperation.DeleteLane;
import org.dinsos.sop.diagram.edit.EditOperation.DeleteStep;
import org.dinsos.sop.diagram.edit.EditOperation.EditKegiatan;
import org.dinsos.sop.diagram.edit.EditOperation.EditOutput;
import org.dinsos.sop.diagram.edit.EditOperation.EditWaktu;
import org.dinsos.sop.diagram.edit.EditOperation.MoveLane;
import org.dinsos.sop.diagram.edit.EditOperation.MoveStep;
import org.dinsos.sop.diagram.edit.EditOperation.MoveToLane;
import org.dinsos.sop.diagram.edit.EditOperation.Position;
import org.dinsos.sop.diagram.edit.EditOperation.RenameLane;
import org.dinsos.sop.diagram.edit.EditOperation;
import org.dinsos.sop.diagram.edit.EditResult;
import org.dinsos.sop.query.Flow;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.MutuBaku;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Waktu;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The Java services of the Sirius viewpoint "SOP Swimlane" (description/sop.odesign). The queries
 * give the diagram its lanes, flows and labels; each tool calls one edit service, which makes the
 * gesture an operation of {@link DiagramEditor} and hands the resulting text edits to {@link SourceFile}
 * (in Eclipse the open editor's document or the file in the workspace), or throws {@link EditRefused}
 * with the reason, having changed nothing. Plain Java on the SOP model: no Sirius class is needed to run them.
 */
public class SwimlaneServices {

	/** What a step or lane added from the palette says until the user types over it. */
	private static final String KEGIATAN_BARU = "Kegiatan baru";
	private static final String KEPUTUSAN_BARU = "Keputusan baru";
	private static final String WAKTU_BARU = "1 jam";
	private static final String PELAKSANA_BARU = "Pelaksana baru";

	/** Between the outputs of a step in its label, and where an edited label is cut into outputs. */
	private static final String OUTPUT_SEPARATOR = "; ";

	/** A lane as the file declares it: its id and, in quotes, its column header. */
	private static final Pattern LANE = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s+\"(.*)\"\\s*");

	// What the diagram shows.

	/** The steps done in a lane, in row order. */
	public List<Langkah> stepsOf(Pelaksana lane) {
		return sop(lane).getLangkah().stream().filter(langkah -> langkah.getPelaksana() == lane).toList();
	}

	/** Where the flow goes from a process step: its `lanjut ke`, else the next row; nowhere from an end. */
	public List<Langkah> flowTargets(Proses proses) {
		return Flow.next(proses);
	}

	/** A step's symbol text: its number and kegiatan, as in the No and Kegiatan columns. */
	public String stepLabel(Langkah langkah) {
		return langkah.getName() + ". " + Objects.toString(langkah.getKegiatan(), "");
	}

	/** The waktu as the file writes it, e.g. "1,5 jam". */
	public String waktuText(Waktu waktu) {
		return NodeModelUtils.getTokenText(NodeModelUtils.getNode(waktu));
	}

	/** The step's Mutu Baku when it names an output: only then does the step show an output label. */
	public List<MutuBaku> withOutput(Langkah langkah) {
		MutuBaku mutuBaku = langkah.getMutuBaku();
		return mutuBaku == null || mutuBaku.getOutput().isEmpty() ? List.of() : List.of(mutuBaku);
	}

	public String outputText(MutuBaku mutuBaku) {
		return String.join(OUTPUT_SEPARATOR, mutuBaku.getOutput());
	}

	/** A lane as the file declares it, e.g. kadis "Kepala Dinas": what its label edit starts from. */
	public String laneText(Pelaksana lane) {
		return NodeModelUtils.getTokenText(NodeModelUtils.getNode(lane));
	}

	// Tools on steps.

	/**
	 * A process step in this lane, after the lane's last step that is not an end step; in a lane
	 * without one, before the SOP's last step.
	 */
	public Sop addProcess(Pelaksana lane) {
		Optional<Langkah> anchor = lastContinuing(lane);
		if (anchor.isPresent()) {
			return apply(lane, new AddStep(nomor(anchor.get()), Position.AFTER, lane.getName(), KEGIATAN_BARU, WAKTU_BARU));
		}
		List<Langkah> rows = sop(lane).getLangkah();
		if (rows.isEmpty()) {
			throw new EditRefused("SOP ini belum punya langkah; tulis dulu langkah mulai di teksnya.");
		}
		Langkah last = rows.get(rows.size() - 1);
		return apply(lane, new AddStep(nomor(last), Position.BEFORE, lane.getName(), KEGIATAN_BARU, WAKTU_BARU));
	}

	/** A decision in this lane, after the lane's last step that is not an end step (see {@link #addDecisionAfter}). */
	public Sop addDecision(Pelaksana lane) {
		Langkah anchor = lastContinuing(lane).orElseThrow(() -> new EditRefused("Lajur " + lane.getLabel()
				+ " belum punya langkah yang dapat diikuti keputusan; tambahkan dulu langkah proses di lajur ini."));
		return addDecisionAfter(anchor);
	}

	public Sop addProcessAfter(Langkah langkah) {
		return apply(langkah, new AddStep(nomor(langkah), Position.AFTER, laneOf(langkah), KEGIATAN_BARU, WAKTU_BARU));
	}

	/**
	 * A decision right after the step, in its lane, checking its work: Ya goes on to where the step
	 * went, Tidak goes back to the step.
	 */
	public Sop addDecisionAfter(Langkah langkah) {
		Langkah next = Flow.next(langkah).stream().findFirst().orElseThrow(() -> new EditRefused("Sesudah langkah "
				+ langkah.getName() + " alurnya berhenti; keputusan memerlukan langkah tujuan untuk cabang Ya."));
		return apply(langkah, new AddDecision(nomor(langkah), Position.AFTER, laneOf(langkah), KEPUTUSAN_BARU, WAKTU_BARU,
				nomor(next), nomor(langkah)));
	}

	public Sop deleteStep(Langkah langkah) {
		return apply(langkah, new DeleteStep(nomor(langkah)));
	}

	public Sop moveUp(Langkah langkah) {
		if (Flow.row(langkah, -1) == null) {
			throw new EditRefused("Langkah " + langkah.getName() + " sudah di baris paling atas.");
		}
		return apply(langkah, new MoveStep(nomor(langkah), nomor(langkah) - 1));
	}

	public Sop moveDown(Langkah langkah) {
		if (Flow.row(langkah, 1) == null) {
			throw new EditRefused("Langkah " + langkah.getName() + " sudah di baris paling bawah.");
		}
		return apply(langkah, new MoveStep(nomor(langkah), nomor(langkah) + 1));
	}

	/** A step dropped into another lane. */
	public Sop moveToLane(Langkah langkah, Pelaksana lane) {
		return apply(langkah, new MoveToLane(nomor(langkah), lane.getName()));
	}

	public Sop editKegiatan(Langkah langkah, String kegiatan) {
		return apply(langkah, new EditKegiatan(nomor(langkah), kegiatan));
	}

	public Sop editWaktu(Waktu waktu, String text) {
		Langkah langkah = (Langkah) waktu.eContainer().eContainer();
		return apply(langkah, new EditWaktu(nomor(langkah), text));
	}

	/** The outputs as edited in the label, separated by semicolons; an empty label removes them. */
	public Sop editOutput(MutuBaku mutuBaku, String text) {
		Langkah langkah = (Langkah) mutuBaku.eContainer();
		List<String> output = Arrays.stream(text.split(OUTPUT_SEPARATOR.strip())).map(String::strip)
				.filter(item -> !item.isEmpty()).toList();
		return apply(langkah, new EditOutput(nomor(langkah), output));
	}

	// Tools on the Ya and Tidak exits of a decision.

	public Sop connectYa(Keputusan keputusan, Langkah target) {
		return apply(keputusan, new ConnectBranch(nomor(keputusan), Branch.YA, nomor(target)));
	}

	public Sop connectTidak(Keputusan keputusan, Langkah target) {
		return apply(keputusan, new ConnectBranch(nomor(keputusan), Branch.TIDAK, nomor(target)));
	}

	// Tools on lanes.

	/** A lane at the right end. */
	public Sop addLane(Sop sop) {
		return apply(sop, new AddLane(newLaneName(sop), PELAKSANA_BARU, sop.getPelaksana().size() + 1));
	}

	public Sop addLaneAfter(Pelaksana lane) {
		return apply(lane, new AddLane(newLaneName(sop(lane)), PELAKSANA_BARU, column(lane) + 1));
	}

	/**
	 * The lane's label edited: either as declared in the file, id and quoted header (kabid "Kepala
	 * Bidang"), which renames the id in every step too, or the header alone.
	 */
	public Sop renameLane(Pelaksana lane, String text) {
		Matcher declared = LANE.matcher(text);
		if (declared.matches()) {
			return apply(lane, new RenameLane(lane.getName(), declared.group(1), declared.group(2)));
		}
		return apply(lane, new RenameLane(lane.getName(), null, text.strip()));
	}

	public Sop moveLaneLeft(Pelaksana lane) {
		if (column(lane) == 1) {
			throw new EditRefused("Pelaksana " + lane.getLabel() + " sudah di kolom paling kiri.");
		}
		return apply(lane, new MoveLane(lane.getName(), column(lane) - 1));
	}

	public Sop moveLaneRight(Pelaksana lane) {
		if (column(lane) == sop(lane).getPelaksana().size()) {
			throw new EditRefused("Pelaksana " + lane.getLabel() + " sudah di kolom paling kanan.");
		}
		return apply(lane, new MoveLane(lane.getName(), column(lane) + 1));
	}

	public Sop deleteLane(Pelaksana lane) {
		return apply(lane, new DeleteLane(lane.getName()));
	}

	/**
	 * The pool, the waktu and output labels and the edges stand for no text of their own that could go;
	 * their deletion tool is never enabled, and refuses should it run anyway.
	 */
	public Sop refuseDeletion(EObject element) {
		throw new EditRefused("Bagian diagram ini tidak dapat dihapus: hapus langkah atau pelaksananya, pindahkan ujung "
				+ "garis cabangnya, atau ubah teks SOP-nya langsung.");
	}

	/** Runs the operation through the editor of the language that loaded the resource, then writes the file. */
	private static Sop apply(EObject element, EditOperation operation) {
		XtextResource resource = (XtextResource) element.eResource();
		EditResult result = resource.getResourceServiceProvider().get(DiagramEditor.class).apply(resource, operation);
		if (result.isRefused()) {
			throw new EditRefused(result.refusal());
		}
		SourceFile.write(resource, result.edits());
		return (Sop) resource.getContents().get(0);
	}

	private static Sop sop(EObject element) {
		return (Sop) EcoreUtil.getRootContainer(element);
	}

	/** The lane's last step from which the flow goes on. */
	private Optional<Langkah> lastContinuing(Pelaksana lane) {
		List<Langkah> steps = stepsOf(lane);
		for (int i = steps.size() - 1; i >= 0; i--) {
			if (!Flow.isEnd(steps.get(i))) {
				return Optional.of(steps.get(i));
			}
		}
		return Optional.empty();
	}

	private static String laneOf(Langkah langkah) {
		if (langkah.getPelaksana() == null || langkah.getPelaksana().eIsProxy()) {
			throw new EditRefused("Langkah " + langkah.getName() + " belum punya pelaksana yang dikenal; perbaiki dulu teksnya.");
		}
		return langkah.getPelaksana().getName();
	}

	private static int nomor(Langkah langkah) {
		if (langkah.getName() == null || !langkah.getName().matches("\\d{1,9}")) {
			throw new EditRefused("Langkah tanpa nomor tidak dapat diubah dari diagram; perbaiki dulu teksnya.");
		}
		return Integer.parseInt(langkah.getName());
	}

	private static int column(Pelaksana lane) {
		return sop(lane).getPelaksana().indexOf(lane) + 1;
	}

	/** The first free id of the form pelaksana1, pelaksana2, ... */
	private static String newLaneName(Sop sop) {
		for (int i = 1;; i++) {
			String name = "pelaksana" + i;
			if (sop.getPelaksana().stream().noneMatch(lane -> name.equals(lane.getName()))) {
				return name;
			}
		}
	}
}
