package org.dinsos.sop.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.diagram.DiagramEditSupport.Row;
import org.dinsos.sop.tests.support.Sops;
import org.dinsos.sop.text.TextEdit;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of diagram edits on the examples. After every accepted edit the SOP is as sound
 * as {@link DiagramEditSupport#assertSound} requires and shows exactly the change the operation describes; a refused
 * edit gives no edits and a reason, never a failure to write the change. A failure names its seed:
 * run that sequence alone with -Dsop.seed=SEED.
 */
class DiagramEditRandomTest {

	private static final long FIRST_SEED = 20240105;
	private static final int SEQUENCES = 1000;
	private static final int OPERATIONS_PER_SEQUENCE = 3;
	private static final List<String> WAKTU = List.of("15 menit", "1 jam", "2 jam", "1 hari", "1,5 hari", "2 jem");

	private final Map<String, int[]> acceptedAndRefused = new TreeMap<>();

	@Test
	void randomSequencesOfEditsKeepEverySopSound() {
		Long only = Long.getLong("sop.seed");
		for (long seed = FIRST_SEED; seed < FIRST_SEED + SEQUENCES; seed++) {
			if (only == null || only == seed) {
				sequence(seed);
			}
		}
		System.out.println("Diagram edits (accepted/refused): " + acceptedAndRefused.entrySet().stream()
				.map(entry -> entry.getKey() + " " + entry.getValue()[0] + "/" + entry.getValue()[1])
				.collect(Collectors.joining(", ")));
		if (only == null) {
			assertEquals(EditOperation.KINDS.keySet(), acceptedAndRefused.keySet());
			acceptedAndRefused.forEach((kind, counts) -> assertTrue(counts[0] > 0, kind + " never accepted"));
		}
	}

	private void sequence(long seed) {
		Random random = new Random(seed);
		List<Path> files = Sops.sopExampleFiles();
		Path file = files.get(random.nextInt(files.size()));
		String text = Sops.read(file);
		XtextResource resource = Sops.parse(file, text);
		List<EditOperation> done = new ArrayList<>();
		for (int i = 0; i < OPERATIONS_PER_SEQUENCE; i++) {
			Sop sop = DiagramEditSupport.sop(resource);
			EditOperation operation = operation(random, sop, seed + "-" + i);
			done.add(operation);
			try {
				EditResult result = Sops.EDITOR.apply(resource, operation);
				count(operation, result);
				if (result.isRefused()) {
					assertEquals(List.of(), result.edits());
					assertFalse(result.refusal().contains("tidak dapat ditulis"), result.refusal());
					continue;
				}
				text = TextEdit.apply(text, result.edits());
				resource = DiagramEditSupport.assertSound(file, resource, text, operation);
				Sop changed = DiagramEditSupport.sop(resource);
				assertEquals(expectedRows(DiagramEditSupport.rows(sop), operation), DiagramEditSupport.rows(changed));
				assertEquals(expectedLanes(sop, operation), DiagramEditSupport.lanes(changed));
			} catch (AssertionError | RuntimeException e) {
				throw new AssertionError("seed " + seed + ", " + file.getFileName() + ", operations " + done + ": "
						+ e.getMessage(), e);
			}
		}
	}

	private void count(EditOperation operation, EditResult result) {
		acceptedAndRefused.computeIfAbsent(operation.kind(), kind -> new int[2])[result.isRefused() ? 1 : 0]++;
	}

	/** Any operation, on steps and lanes that mostly exist: step n+1 and unknown lanes do not. */
	private static EditOperation operation(Random random, Sop sop, String unique) {
		int rows = sop.getLangkah().size();
		int step = 1 + random.nextInt(rows + 1);
		List<String> lanes = sop.getPelaksana().stream().map(Pelaksana::getName).collect(Collectors.toList());
		String lane = random.nextInt(20) == 0 ? "tamu" : lanes.get(random.nextInt(lanes.size()));
		Position position = random.nextBoolean() ? Position.BEFORE : Position.AFTER;
		String waktu = WAKTU.get(random.nextInt(WAKTU.size()));
		return switch (random.nextInt(13)) {
		case 0 -> new AddStep(step, position, lane, "Memeriksa berkas " + unique, waktu);
		case 1 -> new AddDecision(step, position, lane, "Menilai berkas " + unique, waktu, 1 + random.nextInt(rows),
				1 + random.nextInt(rows));
		case 2 -> new DeleteStep(step);
		case 3 -> new MoveStep(step, random.nextBoolean() ? step + (random.nextBoolean() ? 1 : -1) : 1 + random.nextInt(rows));
		case 4 -> new MoveToLane(step, lane);
		case 5 -> new ConnectBranch(decisionOr(random, sop, step), random.nextBoolean() ? Branch.YA : Branch.TIDAK,
				1 + random.nextInt(rows));
		case 6 -> new AddLane("lajur" + unique.replace('-', '_'), "Lajur " + unique, 1 + random.nextInt(lanes.size() + 1));
		case 7 -> new RenameLane(lane, random.nextBoolean() ? "lajur" + unique.replace('-', '_') : null,
				random.nextBoolean() ? "Lajur " + unique : null);
		case 8 -> new MoveLane(lane, 1 + random.nextInt(lanes.size()));
		case 9 -> new DeleteLane(unusedOr(random, sop, lane));
		case 10 -> new EditKegiatan(step, "Menyusun dokumen " + unique);
		case 11 -> new EditWaktu(step, waktu);
		default -> new EditOutput(step, List.of("Dokumen " + unique, "Surat " + unique).subList(0, random.nextInt(3)));
		};
	}

	/** Mostly the number of a decision, when the SOP has one. */
	private static int decisionOr(Random random, Sop sop, int step) {
		List<Langkah> decisions = sop.getLangkah().stream().filter(Keputusan.class::isInstance)
				.collect(Collectors.toList());
		return decisions.isEmpty() || random.nextInt(5) == 0 ? step
				: Integer.parseInt(decisions.get(random.nextInt(decisions.size())).getName());
	}

	/** Mostly a lane no step uses, when the SOP has one. */
	private static String unusedOr(Random random, Sop sop, String lane) {
		List<String> unused = sop.getPelaksana().stream()
				.filter(p -> sop.getLangkah().stream().noneMatch(l -> l.getPelaksana() == p)).map(Pelaksana::getName)
				.collect(Collectors.toList());
		return unused.isEmpty() || random.nextInt(4) == 0 ? lane : unused.get(random.nextInt(unused.size()));
	}

	// --- The rows each operation leaves, as its documentation describes them ---

	private static List<Row> expectedRows(List<Row> rows, EditOperation operation) {
		List<Row> result = new ArrayList<>(rows);
		if (operation instanceof AddStep add) {
			added(result, add.step() - 1, add.position(), Row.proses(add.pelaksana(), add.kegiatan(), waktu(add.waktu())));
		} else if (operation instanceof AddDecision add) {
			added(result, add.step() - 1, add.position(), Row.keputusan(add.pelaksana(), add.kegiatan(),
					waktu(add.waktu()), rows.get(add.ya() - 1).kegiatan(), rows.get(add.tidak() - 1).kegiatan()));
		} else if (operation instanceof DeleteStep delete) {
			deleted(result, delete.step() - 1);
		} else if (operation instanceof MoveStep move) {
			result.add(move.to() - 1, result.remove(move.step() - 1));
		} else if (operation instanceof MoveToLane move) {
			result.set(move.step() - 1, rows.get(move.step() - 1).withPelaksana(move.pelaksana()));
		} else if (operation instanceof ConnectBranch connect) {
			Row decision = rows.get(connect.step() - 1);
			String target = rows.get(connect.to() - 1).kegiatan();
			result.set(connect.step() - 1, connect.branch() == Branch.YA ? decision.withYa(target) : decision.withTidak(target));
		} else if (operation instanceof RenameLane rename && rename.name() != null) {
			result.replaceAll(row -> row.pelaksana().equals(rename.pelaksana()) ? row.withPelaksana(rename.name()) : row);
		} else if (operation instanceof EditKegiatan edit) {
			String old = rows.get(edit.step() - 1).kegiatan();
			result.replaceAll(row -> row.retargeted(old, edit.kegiatan()));
			result.set(edit.step() - 1, result.get(edit.step() - 1).withKegiatan(edit.kegiatan()));
		} else if (operation instanceof EditWaktu edit) {
			result.set(edit.step() - 1, rows.get(edit.step() - 1).withWaktu(waktu(edit.waktu())));
		} else if (operation instanceof EditOutput edit) {
			result.set(edit.step() - 1, rows.get(edit.step() - 1).withOutput(edit.output()));
		}
		return result;
	}

	private static String waktu(String waktu) {
		return waktu.strip().replaceAll("\\s+", " ");
	}

	/**
	 * A new row takes the place of the row it is added at: before it, it receives every branch that
	 * went there; after it, it continues where that row went.
	 */
	private static void added(List<Row> rows, int at, Position position, Row row) {
		Row next = row;
		if (position == Position.BEFORE) {
			String target = rows.get(at).kegiatan();
			rows.replaceAll(other -> other.retargeted(target, row.kegiatan()));
			rows.add(at, next);
			return;
		}
		Row old = rows.get(at);
		String below = at + 1 < rows.size() ? rows.get(at + 1).kegiatan() : null;
		if (!old.jenis().equals("keputusan") && old.lanjut() != null) {
			if (!row.jenis().equals("keputusan") && !old.lanjut().equals(below)) {
				next = row.withLanjut(old.lanjut());
			}
			rows.set(at, old.withLanjut(row.kegiatan()));
		} else if (old.jenis().equals("keputusan") && below != null) {
			rows.set(at, old.retargeted(below, row.kegiatan()));
		}
		rows.add(at + 1, next);
	}

	/** What went to a deleted row goes on to where it went; the row above, if it flowed in, says so. */
	private static void deleted(List<Row> rows, int at) {
		Row gone = rows.get(at);
		String below = at + 1 < rows.size() ? rows.get(at + 1).kegiatan() : null;
		String successor = gone.jenis().equals("keputusan") ? gone.ya()
				: gone.jenis().equals("selesai") ? null : gone.lanjut() != null ? gone.lanjut() : below;
		if (successor != null && !successor.equals(gone.kegiatan())) {
			rows.replaceAll(row -> row.retargeted(gone.kegiatan(), successor));
			Row above = at > 0 ? rows.get(at - 1) : null;
			if (above != null && !above.jenis().equals("keputusan") && !above.jenis().equals("selesai")
					&& above.lanjut() == null && !successor.equals(below)) {
				rows.set(at - 1, above.withLanjut(successor));
			}
		}
		rows.remove(at);
	}

	private static List<String> expectedLanes(Sop sop, EditOperation operation) {
		List<String> lanes = new ArrayList<>(DiagramEditSupport.lanes(sop));
		Function<String, Integer> index = id -> sop.getPelaksana().indexOf(
				sop.getPelaksana().stream().filter(p -> p.getName().equals(id)).findFirst().orElseThrow());
		if (operation instanceof AddLane add) {
			lanes.add(add.position() - 1, add.pelaksana() + " " + add.label());
		} else if (operation instanceof RenameLane rename) {
			Pelaksana lane = sop.getPelaksana().get(index.apply(rename.pelaksana()));
			lanes.set(index.apply(rename.pelaksana()), (rename.name() != null ? rename.name() : lane.getName()) + " "
					+ (rename.label() != null ? rename.label() : lane.getLabel()));
		} else if (operation instanceof MoveLane move) {
			lanes.add(move.position() - 1, lanes.remove((int) index.apply(move.pelaksana())));
		} else if (operation instanceof DeleteLane delete) {
			lanes.remove((int) index.apply(delete.pelaksana()));
		}
		return lanes;
	}
}
