package org.dinsos.sop.ui.tests;

import org.dinsos.sop.diagram.edit.EditOperation;
import org.dinsos.sop.diagram.edit.EditOperation.AddStep;
import org.dinsos.sop.diagram.edit.EditOperation.ConnectBranch;
import org.dinsos.sop.diagram.edit.EditOperation.MoveToLane;

/** The language server's operations the diagram tests compare the Sirius tools with. */
final class Operations {

	private Operations() {
	}

	static EditOperation moveToLane(int step, String lane) {
		return new MoveToLane(step, lane);
	}

	/** A process step before the given one, as the tool that adds a step to a lane without one that goes on does. */
	static EditOperation addStepBefore(int step, String lane, String kegiatan, String waktu) {
		return new AddStep(step, EditOperation.Position.BEFORE, lane, kegiatan, waktu);
	}

	static EditOperation connectTidak(int decision, int target) {
		return new ConnectBranch(decision, EditOperation.Branch.TIDAK, target);
	}
}
