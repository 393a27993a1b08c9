package org.dinsos.sop.diagram.edit;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.annotations.SerializedName;

/**
 * Reads an edit operation as a client sends it: a JSON object with the operation's `kind` and its
 * fields, e.g. {"kind": "moveToLane", "step": 4, "pelaksana": "staf"}, as described by
 * schema/edit-operation-1.schema.json. A field that is missing, unknown or of the wrong type is named in
 * the user's language before Gson reads the object, so none of Gson's own texts reaches the user.
 */
public final class EditJson {

	private static final Gson GSON = new Gson();

	private EditJson() {
	}

	/** The operation; IllegalArgumentException, with a message in Bahasa Indonesia, when it is not one. */
	public static EditOperation read(String json) {
		JsonElement parsed;
		try {
			parsed = JsonParser.parseString(json);
		} catch (JsonParseException e) {
			throw new IllegalArgumentException("Perubahan tidak terbaca: bukan JSON yang utuh.", e);
		}
		if (!parsed.isJsonObject()) {
			throw new IllegalArgumentException("Perubahan tidak terbaca: yang dikirim bukan objek JSON.");
		}
		return read(parsed.getAsJsonObject());
	}

	public static EditOperation read(JsonObject json) {
		JsonElement kind = json.get("kind");
		Class<? extends EditOperation> type = kind == null || !kind.isJsonPrimitive() ? null
				: EditOperation.KINDS.get(kind.getAsString());
		if (type == null) {
			throw new IllegalArgumentException("Jenis perubahan " + kind + " tidak dikenal; yang dikenal: "
					+ String.join(", ", EditOperation.KINDS.keySet().stream().sorted().toList()) + ".");
		}
		checkFields(kind.getAsString(), type, json);
		return GSON.fromJson(json, type);
	}

	private static void checkFields(String kind, Class<? extends EditOperation> type, JsonObject json) {
		Set<String> known = new HashSet<>(List.of("kind"));
		for (RecordComponent component : type.getRecordComponents()) {
			known.add(component.getName());
			JsonElement value = json.get(component.getName());
			if (value == null || value.isJsonNull()) {
				if (!component.isAnnotationPresent(EditOperation.Nullable.class)) {
					throw refused(kind, "'" + component.getName() + "' belum diisi");
				}
			} else if (!fits(component, value)) {
				throw refused(kind, "'" + component.getName() + "' harus " + expected(component));
			}
		}
		for (String field : json.keySet()) {
			if (!known.contains(field)) {
				throw refused(kind, "kolom '" + field + "' tidak dikenal");
			}
		}
	}

	private static boolean fits(RecordComponent component, JsonElement value) {
		Class<?> type = component.getType();
		if (type == int.class) {
			return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() && isInt(value.getAsString());
		}
		if (type == String.class) {
			return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
		}
		if (type.isEnum()) {
			return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
					&& jsonNames(type).contains(value.getAsString());
		}
		if (type == List.class && component.getGenericType() instanceof ParameterizedType list
				&& list.getActualTypeArguments()[0] == String.class) {
			return value.isJsonArray() && value.getAsJsonArray().asList().stream()
					.allMatch(item -> item.isJsonPrimitive() && item.getAsJsonPrimitive().isString());
		}
		throw new IllegalStateException("An edit operation has a field of type " + type + " that EditJson cannot check.");
	}

	private static boolean isInt(String number) {
		try {
			Integer.parseInt(number);
			return true;
		} catch (NumberFormatException notAnInt) {
			return false;
		}
	}

	private static String expected(RecordComponent component) {
		Class<?> type = component.getType();
		if (type == int.class) {
			return "bilangan bulat";
		}
		if (type.isEnum()) {
			return "salah satu dari " + String.join(", ", jsonNames(type));
		}
		return type == String.class ? "teks" : "daftar teks";
	}

	private static List<String> jsonNames(Class<?> enumType) {
		return Arrays.stream(enumType.getFields()).filter(Field::isEnumConstant)
				.map(field -> field.getAnnotation(SerializedName.class).value()).toList();
	}

	private static IllegalArgumentException refused(String kind, String problem) {
		return new IllegalArgumentException("Perubahan '" + kind + "' tidak terbaca: " + problem + ".");
	}
}
