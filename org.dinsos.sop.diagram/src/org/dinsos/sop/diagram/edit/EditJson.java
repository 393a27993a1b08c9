package org.dinsos.sop.diagram.edit;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads an edit operation as a client sends it: a JSON object with the operation's `kind` and its
 * fields, e.g. {"kind": "moveToLane", "step": 4, "pelaksana": "staf"}, as described by
 * schema/edit-operation-1.schema.json.
 */
public final class EditJson {

	private static final Gson GSON = new Gson();

	private EditJson() {
	}

	/** The operation; IllegalArgumentException, with a message in Bahasa Indonesia, when it is not one. */
	public static EditOperation read(String json) {
		try {
			return read(JsonParser.parseString(json).getAsJsonObject());
		} catch (JsonParseException | IllegalStateException e) {
			throw new IllegalArgumentException("Perubahan tidak terbaca: " + e.getMessage(), e);
		}
	}

	public static EditOperation read(JsonObject json) {
		JsonElement kind = json.get("kind");
		Class<? extends EditOperation> type = kind == null || !kind.isJsonPrimitive() ? null
				: EditOperation.KINDS.get(kind.getAsString());
		if (type == null) {
			throw new IllegalArgumentException("Jenis perubahan " + kind + " tidak dikenal; yang dikenal: "
					+ String.join(", ", EditOperation.KINDS.keySet().stream().sorted().toList()) + ".");
		}
		try {
			return GSON.fromJson(json, type);
		} catch (JsonParseException e) {
			throw new IllegalArgumentException("Perubahan '" + kind.getAsString() + "' tidak terbaca: " + e.getMessage(), e);
		}
	}
}
