package org.dinsos.sop.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.dinsos.sop.diagram.edit.DiagramEditor;
import org.dinsos.sop.diagram.edit.EditOperation;
import org.dinsos.sop.diagram.edit.EditResult;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.text.TextEdit;
import org.eclipse.xtext.resource.XtextResource;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The diagram's edit operations, every kind the editor knows with fuzzed fields, on the examples: an
 * operation is refused with a reason or gives edits after which the text still parses and every line
 * before and after the edited region is byte for byte what it was.
 */
class DiagramEditFuzzIT {

	private static final DiagramEditor EDITOR = FuzzSupport.INJECTOR.getInstance(DiagramEditor.class);
	private static final List<String> KINDS = EditOperation.KINDS.keySet().stream().sorted().toList();

	@FuzzTest(maxDuration = "20s")
	void editsReparseAndLeaveOtherLinesAlone(FuzzedDataProvider data) throws Exception {
		List<String> sops = FuzzSupport.EXAMPLES.stream().filter(text -> !text.contains("\nbuku ")).toList();
		String text = sops.get(data.consumeInt(0, sops.size() - 1));
		XtextResource resource = FuzzSupport.parse(text);
		Sop sop = (Sop) resource.getContents().get(0);
		EditOperation operation = operation(data, sop);
		EditResult result = EDITOR.apply(resource, operation);
		if (result.isRefused()) {
			assertFalse(result.refusal().isBlank(), "a refusal without a reason");
			return;
		}
		String edited = TextEdit.apply(text, result.edits());
		assertFalse(FuzzSupport.parse(edited).getParseResult().hasSyntaxErrors(),
				() -> operation + " broke the text:\n" + edited);
		int first = result.edits().stream().mapToInt(TextEdit::offset).min().orElse(text.length());
		int last = result.edits().stream().mapToInt(edit -> edit.offset() + edit.length()).max().orElse(0);
		int before = text.lastIndexOf('\n', Math.max(0, first - 1)) + 1;
		int after = text.indexOf('\n', last);
		assertEquals(text.substring(0, before), edited.substring(0, Math.min(before, edited.length())),
				() -> operation + " changed lines before its edits");
		if (after >= 0) {
			String tail = text.substring(after);
			assertEquals(tail, edited.substring(Math.max(0, edited.length() - tail.length())),
					() -> operation + " changed lines after its edits");
		}
	}

	/** An operation of a fuzzed kind: step numbers near the SOP's, lanes of the SOP or fuzzed names, texts fuzzed. */
	private static EditOperation operation(FuzzedDataProvider data, Sop sop) throws Exception {
		Class<? extends EditOperation> type = EditOperation.KINDS.get(KINDS.get(data.consumeInt(0, KINDS.size() - 1)));
		RecordComponent[] components = type.getRecordComponents();
		List<Object> values = new ArrayList<>();
		List<Class<?>> types = new ArrayList<>();
		for (RecordComponent component : components) {
			Class<?> kind = component.getType();
			types.add(kind);
			if (kind == int.class || kind == Integer.class) {
				values.add(data.consumeInt(-1, sop.getLangkah().size() + 2));
			} else if (kind.isEnum()) {
				Object[] constants = kind.getEnumConstants();
				values.add(data.consumeBoolean() ? null : constants[data.consumeInt(0, constants.length - 1)]);
			} else if (kind == String.class) {
				values.add(string(data, sop, component.getName()));
			} else {
				values.add(null);
			}
		}
		Constructor<? extends EditOperation> constructor = type.getDeclaredConstructor(types.toArray(Class<?>[]::new));
		constructor.setAccessible(true);
		return constructor.newInstance(values.toArray());
	}

	private static String string(FuzzedDataProvider data, Sop sop, String name) {
		List<Pelaksana> lanes = sop.getPelaksana();
		return switch (data.consumeInt(0, 3)) {
			case 0 -> null;
			case 1 -> lanes.isEmpty() ? "staf" : lanes.get(data.consumeInt(0, lanes.size() - 1)).getName();
			case 2 -> name.equals("waktu") ? data.consumeInt(0, 100) + " " + (data.consumeBoolean() ? "jam" : "menit") : "Memeriksa berkas";
			default -> data.consumeString(30);
		};
	}
}
