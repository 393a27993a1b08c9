package org.dinsos.sop.diagram.edit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.dinsos.sop.query.Flow;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.MutuBaku;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.SopFactory;
import org.dinsos.sop.sop.Waktu;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * Makes an operation's change on the model of an SOP, in rounds for the change serializer. New steps
 * get a number after the highest one; {@link #renumber} then numbers all steps 1..n, in a round of
 * its own.
 */
final class ModelChanges {

	/** Why an operation cannot be made, as the user reads it. */
	static final class Refusal extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Refusal(String message) {
			super(message, null, false, false);
		}
	}

	private static final Pattern WAKTU = Pattern.compile("\\s*(\\d+(?:,\\d+)?)\\s+([A-Za-z]+(?:\\s+[A-Za-z]+)?)\\s*");

	private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private ModelChanges() {
	}

	/** Whether the operation adds, removes or reorders steps, so that they need numbering again. */
	static boolean changesRows(EditOperation operation) {
		return operation instanceof AddStep || operation instanceof AddDecision || operation instanceof DeleteStep
				|| operation instanceof MoveStep;
	}

	/**
	 * The change in rounds, each to be written on the text the one before left; the operation is
	 * checked here, before any round. The change serializer writes a round badly when it inserts or
	 * removes a step and changes the tokens next to it, or moves an element down by more than one
	 * place; so a new or deleted step's branches are changed in a round of their own, and a move down
	 * goes one place a round. The first round works on the given model, later ones on a fresh parse of
	 * the text so far, where the steps are found by their row.
	 */
	static List<Consumer<Sop>> rounds(Sop sop, EditOperation operation) {
		if (operation instanceof AddStep add) {
			Proses proses = SopFactory.eINSTANCE.createProses();
			fill(sop, proses, add.pelaksana(), add.kegiatan(), add.waktu());
			return added(sop, add.step(), add.position(), proses);
		}
		if (operation instanceof AddDecision add) {
			Keputusan keputusan = SopFactory.eINSTANCE.createKeputusan();
			fill(sop, keputusan, add.pelaksana(), add.kegiatan(), add.waktu());
			keputusan.setYa(langkah(sop, add.ya()));
			keputusan.setTidak(langkah(sop, add.tidak()));
			return added(sop, add.step(), add.position(), keputusan);
		}
		if (operation instanceof DeleteStep delete) {
			return deleted(sop, langkah(sop, delete.step()));
		}
		if (operation instanceof MoveStep move) {
			Langkah langkah = langkah(sop, move.step());
			if (move.to() < 1 || move.to() > sop.getLangkah().size()) {
				throw new Refusal("Langkah " + move.to() + " tidak ada");
			}
			return moves(sop.getLangkah().indexOf(langkah), move.to() - 1, Sop::getLangkah);
		}
		if (operation instanceof MoveLane move) {
			Pelaksana pelaksana = pelaksana(sop, move.pelaksana());
			column(move.position(), sop.getPelaksana().size());
			return moves(sop.getPelaksana().indexOf(pelaksana), move.position() - 1, Sop::getPelaksana);
		}
		return List.of(changed -> apply(changed, operation));
	}

	/**
	 * A new step takes the place of the step it is added at: added before it, it receives every branch
	 * that went there; added after it, it continues where that step went (the `lanjut ke`, or the
	 * decision's branch to the next row).
	 */
	private static List<Consumer<Sop>> added(Sop sop, int nomor, Position position, Langkah baru) {
		Langkah at = langkah(sop, nomor);
		int index = sop.getLangkah().indexOf(at);
		boolean before = required(position, "Posisi") == Position.BEFORE;
		int added = before ? index : index + 1;
		int moved = before ? index + 1 : index;
		Langkah below = Flow.row(at, 1);
		List<Consumer<Sop>> rounds = new ArrayList<>();
		rounds.add(changed -> changed.getLangkah().add(added, baru));
		if (before && sop.getLangkah().stream().anyMatch(langkah -> pointsAt(langkah, at))) {
			rounds.add(changed -> {
				Langkah to = changed.getLangkah().get(added);
				changed.getLangkah().stream().filter(langkah -> langkah != to)
						.forEach(langkah -> redirect(langkah, changed.getLangkah().get(moved), to));
			});
		} else if (!before && at instanceof Proses proses && proses.getLanjut() != null) {
			if (baru instanceof Proses next && proses.getLanjut() != below) {
				next.setLanjut(proses.getLanjut());
			}
			// Pointing it at the row below flows the same as removing it, which the change serializer
			// cannot do without leaving "lanjut ke" behind.
			rounds.add(changed -> ((Proses) changed.getLangkah().get(moved)).setLanjut(changed.getLangkah().get(added)));
		} else if (!before && at instanceof Keputusan && below != null && pointsAt(at, below)) {
			rounds.add(changed -> redirect(changed.getLangkah().get(moved), changed.getLangkah().get(added + 1),
					changed.getLangkah().get(added)));
		}
		return rounds;
	}

	/** What went to a deleted step goes on to where it went; the row above, if it flowed in, says so. */
	private static List<Consumer<Sop>> deleted(Sop sop, Langkah gone) {
		Langkah successor = Flow.next(gone).stream().filter(next -> next != gone).findFirst().orElse(null);
		List<Langkah> rows = sop.getLangkah();
		List<String> pointing = rows.stream().filter(langkah -> langkah != gone && pointsAt(langkah, gone))
				.map(Langkah::getName).collect(Collectors.toList());
		if (successor == null && !pointing.isEmpty()) {
			throw new Refusal("Langkah " + gone.getName() + " masih dituju oleh langkah " + String.join(", ", pointing)
					+ " dan tidak punya langkah sesudahnya; arahkan dulu ke langkah lain.");
		}
		int index = rows.indexOf(gone);
		int to = rows.indexOf(successor);
		Langkah above = Flow.row(gone, -1);
		boolean aboveFlowsIn = above instanceof Proses proses && !Flow.isEnd(proses) && proses.getLanjut() == null
				&& successor != null && successor != Flow.row(gone, 1);
		List<Consumer<Sop>> rounds = new ArrayList<>();
		if (!pointing.isEmpty() || aboveFlowsIn) {
			rounds.add(changed -> {
				List<Langkah> now = changed.getLangkah();
				now.stream().filter(langkah -> langkah != now.get(index))
						.forEach(langkah -> redirect(langkah, now.get(index), now.get(to)));
				if (aboveFlowsIn) {
					((Proses) now.get(index - 1)).setLanjut(now.get(to));
				}
			});
		}
		rounds.add(changed -> changed.getLangkah().remove(index));
		return rounds;
	}

	private static List<Consumer<Sop>> moves(int from, int to, Function<Sop, EList<? extends EObject>> list) {
		if (to <= from + 1) {
			return List.of(changed -> list.apply(changed).move(to, from));
		}
		List<Consumer<Sop>> rounds = new ArrayList<>();
		for (int at = from; at < to; at++) {
			int below = at + 1;
			rounds.add(changed -> list.apply(changed).move(below, below - 1));
		}
		return rounds;
	}

	private static void apply(Sop sop, EditOperation operation) {
		if (operation instanceof MoveToLane move) {
			langkah(sop, move.step()).setPelaksana(pelaksana(sop, move.pelaksana()));
		} else if (operation instanceof ConnectBranch connect) {
			connect(sop, connect);
		} else if (operation instanceof AddLane add) {
			addLane(sop, add);
		} else if (operation instanceof RenameLane rename) {
			renameLane(sop, rename);
		} else if (operation instanceof DeleteLane delete) {
			deleteLane(sop, pelaksana(sop, delete.pelaksana()));
		} else if (operation instanceof EditKegiatan edit) {
			langkah(sop, edit.step()).setKegiatan(required(edit.kegiatan(), "Kegiatan"));
		} else if (operation instanceof EditWaktu edit) {
			mutuBaku(langkah(sop, edit.step())).setWaktu(waktu(edit.waktu()));
		} else if (operation instanceof EditOutput edit) {
			List<String> output = required(edit.output(), "Output");
			output.forEach(item -> required(item, "Output"));
			ECollections.setEList(mutuBaku(langkah(sop, edit.step())).getOutput(), output);
		}
	}

	/** Numbers the steps 1..n in file order; references follow through the change serializer. */
	static void renumber(Sop sop) {
		for (int i = 0; i < sop.getLangkah().size(); i++) {
			Langkah langkah = sop.getLangkah().get(i);
			String nomor = String.valueOf(i + 1);
			if (!nomor.equals(langkah.getName())) {
				langkah.setName(nomor);
			}
		}
	}

	static boolean isNumbered(Sop sop) {
		for (int i = 0; i < sop.getLangkah().size(); i++) {
			if (!String.valueOf(i + 1).equals(sop.getLangkah().get(i).getName())) {
				return false;
			}
		}
		return true;
	}

	private static void fill(Sop sop, Langkah langkah, String pelaksana, String kegiatan, String waktu) {
		BigInteger highest = sop.getLangkah().stream().map(Langkah::getName).map(BigInteger::new)
				.reduce(BigInteger.ZERO, BigInteger::max);
		langkah.setName(highest.add(BigInteger.ONE).toString());
		langkah.setPelaksana(pelaksana(sop, pelaksana));
		langkah.setKegiatan(required(kegiatan, "Kegiatan"));
		MutuBaku mutuBaku = SopFactory.eINSTANCE.createMutuBaku();
		mutuBaku.setWaktu(waktu(waktu));
		langkah.setMutuBaku(mutuBaku);
	}

	private static boolean pointsAt(Langkah langkah, Langkah target) {
		return langkah instanceof Keputusan keputusan ? keputusan.getYa() == target || keputusan.getTidak() == target
				: ((Proses) langkah).getLanjut() == target;
	}

	/** Points every branch and `lanjut ke` of a step that goes to `from` at `to` instead. */
	private static void redirect(Langkah langkah, Langkah from, Langkah to) {
		if (langkah instanceof Keputusan keputusan) {
			if (keputusan.getYa() == from) {
				keputusan.setYa(to);
			}
			if (keputusan.getTidak() == from) {
				keputusan.setTidak(to);
			}
		} else if (langkah instanceof Proses proses && proses.getLanjut() == from) {
			proses.setLanjut(to);
		}
	}

	private static void connect(Sop sop, ConnectBranch connect) {
		Langkah langkah = langkah(sop, connect.step());
		Langkah target = langkah(sop, connect.to());
		if (!(langkah instanceof Keputusan keputusan)) {
			throw new Refusal("Langkah " + connect.step() + " bukan keputusan; hanya keputusan yang punya cabang Ya dan Tidak.");
		}
		if (required(connect.branch(), "Cabang") == Branch.YA) {
			keputusan.setYa(target);
		} else {
			keputusan.setTidak(target);
		}
	}

	/** A Mutu Baku with a line to write next to; the change serializer misplaces the first one. */
	private static MutuBaku mutuBaku(Langkah langkah) {
		MutuBaku mutuBaku = langkah.getMutuBaku();
		if (mutuBaku.getKelengkapan().isEmpty() && mutuBaku.getWaktu() == null && mutuBaku.getOutput().isEmpty()) {
			throw new Refusal("Langkah " + langkah.getName() + " belum punya Mutu Baku; tulis dulu waktunya di teks SOP.");
		}
		return mutuBaku;
	}

	private static void addLane(Sop sop, AddLane add) {
		if (sop.getPelaksana().isEmpty()) {
			throw new Refusal("SOP ini belum punya bagian pelaksana; tulis dulu bagian itu di teks SOP.");
		}
		String name = newLaneName(sop, add.pelaksana());
		column(add.position(), sop.getPelaksana().size() + 1);
		Pelaksana pelaksana = SopFactory.eINSTANCE.createPelaksana();
		pelaksana.setName(name);
		pelaksana.setLabel(required(add.label(), "Nama kolom"));
		sop.getPelaksana().add(add.position() - 1, pelaksana);
	}

	private static void renameLane(Sop sop, RenameLane rename) {
		Pelaksana pelaksana = pelaksana(sop, rename.pelaksana());
		if (rename.name() != null && !rename.name().equals(pelaksana.getName())) {
			pelaksana.setName(newLaneName(sop, rename.name()));
		}
		if (rename.label() != null) {
			pelaksana.setLabel(required(rename.label(), "Nama kolom"));
		}
	}

	private static void deleteLane(Sop sop, Pelaksana pelaksana) {
		String users = sop.getLangkah().stream().filter(langkah -> langkah.getPelaksana() == pelaksana)
				.map(Langkah::getName).collect(Collectors.joining(", "));
		if (!users.isEmpty()) {
			throw new Refusal("Pelaksana '" + pelaksana.getName() + "' masih dipakai oleh langkah " + users);
		}
		sop.getPelaksana().remove(pelaksana);
	}

	private static String newLaneName(Sop sop, String name) {
		required(name, "Pelaksana");
		if (!ID.matcher(name).matches()) {
			throw new Refusal("Nama pelaksana '" + name + "' tidak bisa dipakai; tulis satu kata dari huruf, angka atau _, "
					+ "diawali huruf, misalnya kabid.");
		}
		if (sop.getPelaksana().stream().anyMatch(p -> name.equals(p.getName()))) {
			throw new Refusal("Pelaksana '" + name + "' sudah ada.");
		}
		return name;
	}

	private static Waktu waktu(String text) {
		Matcher matcher = WAKTU.matcher(required(text, "Waktu"));
		if (!matcher.matches()) {
			throw new Refusal("Waktu '" + text + "' tidak terbaca; tulis jumlah dan satuannya, misalnya 2 jam atau 1,5 hari.");
		}
		Waktu waktu = SopFactory.eINSTANCE.createWaktu();
		waktu.setJumlah(new BigDecimal(matcher.group(1).replace(',', '.')));
		waktu.setSatuan(matcher.group(2).replaceAll("\\s+", " "));
		return waktu;
	}

	private static Langkah langkah(Sop sop, int nomor) {
		String name = String.valueOf(nomor);
		return sop.getLangkah().stream().filter(langkah -> name.equals(langkah.getName())).findFirst()
				.orElseThrow(() -> new Refusal("Langkah " + nomor + " tidak ada"));
	}

	private static Pelaksana pelaksana(Sop sop, String name) {
		required(name, "Pelaksana");
		return sop.getPelaksana().stream().filter(pelaksana -> name.equals(pelaksana.getName())).findFirst()
				.orElseThrow(() -> new Refusal("Pelaksana '" + name + "' tidak ada"));
	}

	private static void column(int position, int columns) {
		if (position < 1 || position > columns) {
			throw new Refusal("Kolom " + position + " tidak ada; pilih kolom 1 sampai " + columns + ".");
		}
	}

	private static <T> T required(T value, String field) {
		if (value == null || value instanceof String text && text.isBlank()) {
			throw new Refusal(field + " belum diisi.");
		}
		return value;
	}
}
