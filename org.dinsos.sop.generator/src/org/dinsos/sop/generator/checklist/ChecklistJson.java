package org.dinsos.sop.generator.checklist;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The checklist as JSON (schema {@code checklist-1.schema.json}). Absent values are left out rather than
 * written as null, and markup characters are written as \\u escapes, so the JSON can sit inside an HTML
 * script element without ending it.
 */
public final class ChecklistJson {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableJdkUnsafe().create();

	private ChecklistJson() {
	}

	public static String write(Checklist checklist) {
		return GSON.toJson(checklist) + "\n";
	}
}
