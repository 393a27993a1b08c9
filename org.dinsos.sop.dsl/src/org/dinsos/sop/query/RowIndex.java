package org.dinsos.sop.query;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.SopPackage;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/**
 * The row of each step of an SOP, kept on the SOP until its list of steps changes: without it, finding the
 * row below a step is a search through the list, and every analysis that follows the arrows of a long SOP
 * turns quadratic.
 */
final class RowIndex extends AdapterImpl {

	private Map<Langkah, Integer> rows;

	/**
	 * The index of the SOP, made on first use. The language server reads one SOP from several threads at once
	 * (validation, hover, the diagram), so making it and adding it to the SOP happen under the SOP's lock.
	 */
	static RowIndex of(Sop sop) {
		synchronized (sop) {
			for (Object adapter : sop.eAdapters()) {
				if (adapter instanceof RowIndex index) {
					return index;
				}
			}
			RowIndex index = new RowIndex();
			sop.eAdapters().add(index);
			return index;
		}
	}

	synchronized int indexOf(Langkah langkah) {
		if (rows == null) {
			List<Langkah> steps = ((Sop) getTarget()).getLangkah();
			rows = new IdentityHashMap<>(steps.size() * 2);
			for (int i = 0; i < steps.size(); i++) {
				rows.put(steps.get(i), i);
			}
		}
		return rows.getOrDefault(langkah, -1);
	}

	@Override
	public synchronized void notifyChanged(Notification notification) {
		if (notification.getFeature() == SopPackage.Literals.SOP__LANGKAH) {
			rows = null;
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == RowIndex.class;
	}
}
