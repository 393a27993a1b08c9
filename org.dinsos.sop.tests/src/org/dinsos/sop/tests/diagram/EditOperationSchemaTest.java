package org.dinsos.sop.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.dinsos.sop.diagram.edit.EditJson;
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
import org.dinsos.sop.diagram.edit.EditOperation.Nullable;
import org.dinsos.sop.diagram.edit.EditOperation.Position;
import org.dinsos.sop.diagram.edit.EditOperation.RenameLane;
import org.dinsos.sop.diagram.edit.EditOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The diagram edit contract: the JSON Schema org.dinsos.sop.diagram/schema/edit-operation-1.schema.json,
 * from which the VS Code extension derives its types, and the records of {@link EditOperation}, which the
 * server decodes and the Sirius services build, describe the same operations, field for field.
 */
class EditOperationSchemaTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	/** Writes JSON as the server reads it: enum constants by their @SerializedName. */
	private static final Gson GSON = new Gson();
	private static final JsonNode SCHEMA_TEXT = schemaText();
	private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(SCHEMA_TEXT);

	/** What a field may say besides its type: a one-line description, and a lower bound of a number. */
	private static final Set<String> ANNOTATIONS = Set.of("description", "minimum");

	private static JsonNode schemaText() {
		try (InputStream in = EditOperation.class.getResourceAsStream("/schema/edit-operation-1.schema.json")) {
			assertNotNull(in, "the schema is packaged in the diagram bundle");
			return JSON.readTree(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Stream<String> kinds() {
		return EditOperation.KINDS.keySet().stream().sorted();
	}

	private static List<JsonNode> branches() {
		return StreamSupport.stream(SCHEMA_TEXT.get("oneOf").spliterator(), false).toList();
	}

	private static JsonNode branch(String kind) {
		return branches().stream().filter(branch -> kind.equals(branch.at("/properties/kind/const").asText()))
				.findFirst().orElseThrow(() -> new AssertionError("the schema has no operation " + kind));
	}

	@Test
	void theSchemaDescribesEveryKindOnceAndEveryKindIsARecordOfEditOperation() {
		List<String> described = branches().stream().map(branch -> branch.at("/properties/kind/const").asText())
				.sorted().toList();
		assertEquals(kinds().toList(), described);
		assertEquals(Set.copyOf(EditOperation.KINDS.values()), Set.of(EditOperation.class.getPermittedSubclasses()));
		for (JsonNode branch : branches()) {
			Class<?> type = EditOperation.KINDS.get(branch.at("/properties/kind/const").asText());
			assertTrue(type.isRecord(), type + " is a record");
			assertEquals(type.getSimpleName(), branch.get("title").asText(), "the title names the record");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void theFieldsOfAnOperationAreTheComponentsOfItsRecordWithTheirTypes(String kind) {
		JsonNode branch = branch(kind);
		RecordComponent[] components = EditOperation.KINDS.get(kind).getRecordComponents();
		assertEquals("object", branch.get("type").asText());
		assertFalse(branch.get("additionalProperties").asBoolean(true), "no field but these");
		oneLine(branch.get("description"), kind);

		List<String> fields = new ArrayList<>();
		branch.get("properties").fieldNames().forEachRemaining(fields::add);
		List<String> expectedFields = new ArrayList<>(List.of("kind"));
		Arrays.stream(components).map(RecordComponent::getName).forEach(expectedFields::add);
		assertEquals(expectedFields, fields, "the fields, in the order of the record's components");

		JsonNode kindField = branch.at("/properties/kind");
		oneLine(kindField.get("description"), kind + ".kind");
		assertEquals(JSON.createObjectNode().put("const", kind), withoutAnnotations(kindField), kind + ".kind");
		for (RecordComponent component : components) {
			JsonNode field = branch.get("properties").get(component.getName());
			String name = kind + "." + component.getName();
			oneLine(field.get("description"), name);
			assertEquals(jsonType(component), withoutAnnotations(field), name);
		}

		List<String> required = new ArrayList<>();
		branch.get("required").forEach(field -> required.add(field.asText()));
		List<String> expectedRequired = new ArrayList<>(List.of("kind"));
		Arrays.stream(components).filter(component -> !component.isAnnotationPresent(Nullable.class))
				.map(RecordComponent::getName).forEach(expectedRequired::add);
		assertEquals(expectedRequired, required, "required: every component that is not @Nullable");
	}

	private static ObjectNode withoutAnnotations(JsonNode field) {
		ObjectNode type = field.deepCopy();
		type.remove(ANNOTATIONS);
		return type;
	}

	private static void oneLine(JsonNode description, String field) {
		assertNotNull(description, field + " is described");
		assertFalse(description.asText().isBlank() || description.asText().contains("\n"), field + " in one line");
	}

	/** The schema of a component's Java type (an enum by its constants' names in JSON); a @Nullable one may be null as well. */
	private static ObjectNode jsonType(RecordComponent component) {
		ObjectNode schema = jsonType(component.getGenericType(), component.toString());
		if (component.isAnnotationPresent(Nullable.class)) {
			schema.set("type", JSON.createArrayNode().add(schema.get("type").asText()).add("null"));
		}
		return schema;
	}

	private static ObjectNode jsonType(Type type, String component) {
		ObjectNode schema = JSON.createObjectNode();
		if (type == int.class) {
			return schema.put("type", "integer");
		}
		if (type == String.class) {
			return schema.put("type", "string");
		}
		if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
			schema.put("type", "array");
			schema.set("items", jsonType(list.getActualTypeArguments()[0], component));
			return schema;
		}
		if (type instanceof Class<?> enumType && enumType.isEnum()) {
			ArrayNode values = schema.put("type", "string").putArray("enum");
			for (Object constant : enumType.getEnumConstants()) {
				values.add(GSON.toJsonTree(constant).getAsString());
			}
			return schema;
		}
		throw new AssertionError(component + ": no JSON type for " + type);
	}

	/** One operation of every kind; a lane renamed with and without its optional fields. */
	private static final List<EditOperation> SAMPLES = List.of(
			new AddStep(2, Position.AFTER, "staf", "Menyusun draf", "1 jam"),
			new AddDecision(2, Position.BEFORE, "kadis", "Memeriksa draf", "1,5 hari", 3, 1),
			new DeleteStep(4),
			new MoveStep(4, 3),
			new MoveToLane(4, "staf"),
			new ConnectBranch(3, Branch.TIDAK, 1),
			new AddLane("kabid", "Kepala Bidang", 2),
			new RenameLane("staf", "pegawai", "Pegawai"),
			new RenameLane("staf", null, null),
			new MoveLane("staf", 1),
			new DeleteLane("kabid"),
			new EditKegiatan(2, "Menyusun draf akhir"),
			new EditWaktu(2, "2 jam"),
			new EditOutput(2, List.of("Draf", "Surat")),
			new EditOutput(2, List.of()));

	/** An operation as a client writes it: its kind, then its fields; absent fields are left out. */
	private static String json(EditOperation operation) {
		JsonObject json = new JsonObject();
		json.addProperty("kind", operation.kind());
		GSON.toJsonTree(operation).getAsJsonObject().entrySet().forEach(field -> json.add(field.getKey(), field.getValue()));
		return json.toString();
	}

	@Test
	void theJsonOfAnOperationOfEveryKindIsValidAndReadsBackAsTheSameOperation() throws IOException {
		assertEquals(EditOperation.KINDS.keySet(), SAMPLES.stream().map(EditOperation::kind).collect(Collectors.toSet()));
		for (EditOperation sample : SAMPLES) {
			String json = json(sample);
			assertEquals(Set.of(), SCHEMA.validate(JSON.readTree(json)), json);
			assertEquals(sample, EditJson.read(json), json);
		}
	}

	@Test
	void theSchemaRejectsAMissingFieldAnUnknownFieldAndAnUnknownValue() throws IOException {
		for (String json : List.of(
				"{'kind': 'moveStep', 'step': 4}",
				"{'kind': 'deleteStep', 'langkah': 4}",
				"{'kind': 'deleteStep', 'step': 4, 'ke': 3}",
				"{'kind': 'connectBranch', 'step': 3, 'branch': 'mungkin', 'to': 1}",
				"{'kind': 'addLane', 'pelaksana': 'kabid', 'label': 'Kepala Bidang', 'position': 0}",
				"{'kind': 'editOutput', 'step': 2, 'output': 'Draf'}",
				"{'kind': 'flyAway', 'step': 2}")) {
			Set<ValidationMessage> errors = SCHEMA.validate(JSON.readTree(json.replace('\'', '"')));
			assertFalse(errors.isEmpty(), json + " is refused");
		}
	}

	// --- What the server reads ---

	@Test
	void everyOperationIsReadFromTheJsonAClientSends() {
		List<String> json = List.of(
				"{'kind': 'addStep', 'step': 2, 'position': 'after', 'pelaksana': 'staf', 'kegiatan': 'Menyusun', 'waktu': '1 jam'}",
				"{'kind': 'addDecision', 'step': 2, 'position': 'before', 'pelaksana': 'kadis', 'kegiatan': 'Memeriksa', "
						+ "'waktu': '1 jam', 'ya': 3, 'tidak': 1}",
				"{'kind': 'deleteStep', 'step': 4}",
				"{'kind': 'moveStep', 'step': 4, 'to': 3}",
				"{'kind': 'moveToLane', 'step': 4, 'pelaksana': 'staf'}",
				"{'kind': 'connectBranch', 'step': 3, 'branch': 'tidak', 'to': 1}",
				"{'kind': 'addLane', 'pelaksana': 'kabid', 'label': 'Kepala Bidang', 'position': 2}",
				"{'kind': 'renameLane', 'pelaksana': 'staf', 'label': 'Staf Umum'}",
				"{'kind': 'moveLane', 'pelaksana': 'staf', 'position': 1}",
				"{'kind': 'deleteLane', 'pelaksana': 'kabid'}",
				"{'kind': 'editKegiatan', 'step': 2, 'kegiatan': 'Menyusun draf'}",
				"{'kind': 'editWaktu', 'step': 2, 'waktu': '1,5 jam'}",
				"{'kind': 'editOutput', 'step': 2, 'output': ['Draf', 'Surat']}");
		List<EditOperation> expected = List.of(new AddStep(2, Position.AFTER, "staf", "Menyusun", "1 jam"),
				new AddDecision(2, Position.BEFORE, "kadis", "Memeriksa", "1 jam", 3, 1), new DeleteStep(4),
				new MoveStep(4, 3), new MoveToLane(4, "staf"), new ConnectBranch(3, Branch.TIDAK, 1),
				new AddLane("kabid", "Kepala Bidang", 2), new RenameLane("staf", null, "Staf Umum"),
				new MoveLane("staf", 1), new DeleteLane("kabid"), new EditKegiatan(2, "Menyusun draf"),
				new EditWaktu(2, "1,5 jam"), new EditOutput(2, List.of("Draf", "Surat")));
		List<EditOperation> read = json.stream().map(object -> EditJson.read(object.replace('\'', '"')))
				.collect(Collectors.toList());
		assertEquals(expected, read);
		assertEquals(json.stream().map(object -> object.substring(10, object.indexOf('\'', 10))).collect(Collectors.toList()),
				read.stream().map(EditOperation::kind).collect(Collectors.toList()));
		assertEquals(EditOperation.KINDS.size(), read.size(), "one example of every kind");
	}

	@Test
	void anUnknownKindIsNamed() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> EditJson.read("{\"kind\": \"moveSideways\", \"step\": 2}"));
		assertTrue(error.getMessage().startsWith("Jenis perubahan \"moveSideways\" tidak dikenal; yang dikenal: addDecision, "),
				error.getMessage());
	}

	@Test
	void aFieldThatIsMissingUnknownOrOfTheWrongTypeIsNamedInTheUsersWords() {
		Map<String, String> refusals = new LinkedHashMap<>();
		refusals.put("{\"kind\": \"moveStep\", \"step\": 4}", "Perubahan 'moveStep' tidak terbaca: 'to' belum diisi.");
		refusals.put("{\"kind\": \"moveStep\", \"step\": 4, \"to\": \"3\"}",
				"Perubahan 'moveStep' tidak terbaca: 'to' harus bilangan bulat.");
		refusals.put("{\"kind\": \"moveStep\", \"step\": 4, \"to\": 3.5}",
				"Perubahan 'moveStep' tidak terbaca: 'to' harus bilangan bulat.");
		refusals.put("{\"kind\": \"moveStep\", \"step\": 99999999999, \"to\": 3}",
				"Perubahan 'moveStep' tidak terbaca: 'step' harus bilangan bulat.");
		refusals.put("{\"kind\": \"connectBranch\", \"step\": 3, \"branch\": \"mungkin\", \"to\": 1}",
				"Perubahan 'connectBranch' tidak terbaca: 'branch' harus salah satu dari ya, tidak.");
		refusals.put("{\"kind\": \"editOutput\", \"step\": 2, \"output\": [\"Draf\", 3]}",
				"Perubahan 'editOutput' tidak terbaca: 'output' harus daftar teks.");
		refusals.put("{\"kind\": \"deleteStep\", \"step\": 2, \"langkah\": 2}",
				"Perubahan 'deleteStep' tidak terbaca: kolom 'langkah' tidak dikenal.");
		refusals.put("{\"kind\": \"deleteStep\", ", "Perubahan tidak terbaca: bukan JSON yang utuh.");
		refusals.put("[\"deleteStep\", 2]", "Perubahan tidak terbaca: yang dikirim bukan objek JSON.");
		refusals.forEach((json, message) -> assertEquals(message,
				assertThrows(IllegalArgumentException.class, () -> EditJson.read(json)).getMessage(), json));
	}
}
