package org.dinsos.sop.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dinsos.sop.sop.JenisProses;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.util.Tuples;

/**
 * The flow of an SOP as the flowchart draws it: a step leads to the next row unless it says
 * `lanjut ke`, a decision leads to its Ya and Tidak steps, an end step (`selesai`) leads nowhere.
 */
public final class Flow {

	/** Values live in the resource's cache adapter, which every instance of this cache shares. */
	private static final OnChangeEvictingCache ROWS = new OnChangeEvictingCache();

	private Flow() {
	}

	public static boolean isEnd(Langkah langkah) {
		return langkah instanceof Proses proses && proses.getJenis() == JenisProses.SELESAI;
	}

	public static boolean isStart(Langkah langkah) {
		return langkah instanceof Proses proses && proses.getJenis() == JenisProses.MULAI;
	}

	/** The steps that may follow this one; unresolved branch targets are left out. */
	public static List<Langkah> next(Langkah langkah) {
		List<Langkah> next = new ArrayList<>(2);
		if (langkah instanceof Keputusan keputusan) {
			addResolved(next, keputusan.getYa());
			addResolved(next, keputusan.getTidak());
		} else if (langkah instanceof Proses proses && !isEnd(proses)) {
			if (proses.getLanjut() != null) {
				addResolved(next, proses.getLanjut());
			} else {
				addResolved(next, row(langkah, 1));
			}
		}
		return next;
	}

	/** The step's row in the table, counted from 0. */
	public static int rowOf(Langkah langkah) {
		return rows((Sop) langkah.eContainer()).getOrDefault(langkah, -1);
	}

	/**
	 * The row of every step, kept with the resource until its text changes: without it, finding the row below
	 * a step is a search through the list, and every analysis that follows the arrows of a long SOP turns
	 * quadratic. Xtext's resource cache is thread-safe; the language server answers read requests in
	 * parallel, and an adapter of our own on the SOP raced with Xtext's and corrupted its adapter list.
	 */
	private static Map<Langkah, Integer> rows(Sop sop) {
		return ROWS.get(Tuples.pair(Flow.class, sop), sop.eResource(), () -> {
			List<Langkah> steps = sop.getLangkah();
			Map<Langkah, Integer> rows = new IdentityHashMap<>(steps.size() * 2);
			for (int i = 0; i < steps.size(); i++) {
				rows.put(steps.get(i), i);
			}
			return rows;
		});
	}

	/** The step `offset` rows below (or above) this one in the table, or null. */
	public static Langkah row(Langkah langkah, int offset) {
		Sop sop = (Sop) langkah.eContainer();
		int index = rowOf(langkah) + offset;
		return index >= 0 && index < sop.getLangkah().size() ? sop.getLangkah().get(index) : null;
	}

	/** Every step the flow can reach from the first one. */
	public static Set<Langkah> reachableFromStart(Sop sop) {
		Set<Langkah> seen = new LinkedHashSet<>();
		if (sop.getLangkah().isEmpty()) {
			return seen;
		}
		Deque<Langkah> todo = new ArrayDeque<>(List.of(sop.getLangkah().get(0)));
		while (!todo.isEmpty()) {
			Langkah langkah = todo.pop();
			if (seen.add(langkah)) {
				todo.addAll(next(langkah));
			}
		}
		return seen;
	}

	/** Every step from which some end step (`selesai`) can be reached: the ends, walked back along the arrows. */
	public static Set<Langkah> reachingAnEnd(Sop sop) {
		Map<Langkah, List<Langkah>> previous = new IdentityHashMap<>();
		for (Langkah langkah : sop.getLangkah()) {
			for (Langkah target : next(langkah)) {
				previous.computeIfAbsent(target, key -> new ArrayList<>(1)).add(langkah);
			}
		}
		Set<Langkah> reaching = new LinkedHashSet<>();
		Deque<Langkah> todo = new ArrayDeque<>();
		sop.getLangkah().stream().filter(Flow::isEnd).forEach(todo::add);
		while (!todo.isEmpty()) {
			Langkah langkah = todo.pop();
			if (reaching.add(langkah)) {
				todo.addAll(previous.getOrDefault(langkah, List.of()));
			}
		}
		return reaching;
	}

	/**
	 * The main path: from the first step, taking the Ya exit of every decision, until an end step
	 * or a step already on the path.
	 */
	public static List<Langkah> mainPath(Sop sop) {
		Set<Langkah> path = new LinkedHashSet<>();
		Langkah langkah = sop.getLangkah().isEmpty() ? null : sop.getLangkah().get(0);
		while (langkah != null && path.add(langkah)) {
			List<Langkah> next = next(langkah);
			langkah = next.isEmpty() ? null : next.get(0);
		}
		return List.copyOf(path);
	}

	private static void addResolved(List<Langkah> next, Langkah target) {
		if (target != null && !target.eIsProxy()) {
			next.add(target);
		}
	}
}
