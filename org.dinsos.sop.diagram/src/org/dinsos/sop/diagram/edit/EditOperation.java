package org.dinsos.sop.diagram.edit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

import com.google.gson.annotations.SerializedName;

/**
 * A gesture on the swimlane diagram, as a small value: the language server decodes one from JSON
 * ({@link EditJson}), Sirius services construct one. Steps are named by their number and pelaksana by
 * their id, both as the SOP reads before the operation; {@link DiagramEditor} turns one into text edits.
 * The JSON form is described by schema/edit-operation-1.schema.json, which the tests hold these records to.
 */
public sealed interface EditOperation {

	/** Each operation's name in JSON, the "kind" field clients send; never rename one. */
	Map<String, Class<? extends EditOperation>> KINDS = Map.ofEntries(
			Map.entry("addStep", AddStep.class),
			Map.entry("addDecision", AddDecision.class),
			Map.entry("deleteStep", DeleteStep.class),
			Map.entry("moveStep", MoveStep.class),
			Map.entry("moveToLane", MoveToLane.class),
			Map.entry("connectBranch", ConnectBranch.class),
			Map.entry("addLane", AddLane.class),
			Map.entry("renameLane", RenameLane.class),
			Map.entry("moveLane", MoveLane.class),
			Map.entry("deleteLane", DeleteLane.class),
			Map.entry("editKegiatan", EditKegiatan.class),
			Map.entry("editWaktu", EditWaktu.class),
			Map.entry("editOutput", EditOutput.class));

	default String kind() {
		return KINDS.entrySet().stream().filter(entry -> entry.getValue() == getClass()).findFirst().orElseThrow()
				.getKey();
	}

	/** A component a client may leave out or send as null; every other one is required. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface Nullable {
	}

	/** Where a new step goes relative to the step it is added at. */
	enum Position {
		@SerializedName("before")
		BEFORE,
		@SerializedName("after")
		AFTER
	}

	/** The two exits of a decision, the format's Ya and Tidak. */
	enum Branch {
		@SerializedName("ya")
		YA,
		@SerializedName("tidak")
		TIDAK
	}

	/**
	 * A process step in the row before or after step `step`, taking its place in the flow: added after
	 * it, the new step continues where that step went; added before it, everything that went to that
	 * step goes to the new one first. `waktu` as written in an SOP: "2 jam", "1,5 hari".
	 */
	record AddStep(int step, Position position, String pelaksana, String kegiatan, String waktu)
			implements EditOperation {
	}

	/** A decision placed like {@link AddStep}, with its Ya and Tidak exits to existing steps. */
	record AddDecision(int step, Position position, String pelaksana, String kegiatan, String waktu, int ya,
			int tidak) implements EditOperation {
	}

	/** Removes a step; what went to it goes on to where it went, and the steps are numbered again. */
	record DeleteStep(int step) implements EditOperation {
	}

	/** Moves a step to row `to` (one up or down, or further); branches keep pointing at the same steps. */
	record MoveStep(int step, int to) implements EditOperation {
	}

	/** Gives a step to another pelaksana: its symbol moves to that lane. */
	record MoveToLane(int step, String pelaksana) implements EditOperation {
	}

	/** Points a decision's Ya or Tidak exit at step `to`. */
	record ConnectBranch(int step, Branch branch, int to) implements EditOperation {
	}

	/** A new lane at column `position` (1 is the leftmost). */
	record AddLane(String pelaksana, String label, int position) implements EditOperation {
	}

	/** A lane's new id (every step that names it follows) and column header; null keeps the old one. */
	record RenameLane(String pelaksana, @Nullable String name, @Nullable String label) implements EditOperation {
	}

	/** Moves a lane to column `position`. */
	record MoveLane(String pelaksana, int position) implements EditOperation {
	}

	/** Removes a lane that no step uses. */
	record DeleteLane(String pelaksana) implements EditOperation {
	}

	record EditKegiatan(int step, String kegiatan) implements EditOperation {
	}

	record EditWaktu(int step, String waktu) implements EditOperation {
	}

	/** The step's outputs, all of them; an empty list removes the line. */
	record EditOutput(int step, List<String> output) implements EditOperation {
	}
}
