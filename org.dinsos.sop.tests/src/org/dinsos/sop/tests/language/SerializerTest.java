package org.dinsos.sop.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.dinsos.sop.sop.Dokumen;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model the parser builds can be printed and read back: parse, serialize, parse gives the same model. */
class SerializerTest {

	private final ISerializer serializer = Sops.INJECTOR.getInstance(ISerializer.class);

	static Stream<Path> exampleFiles() {
		return Sops.exampleFiles().stream();
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void parseSerializeParseGivesAnEqualModel(Path file) {
		XtextResourceSet original = Sops.loadExamples();
		EObject parsed = Sops.resource(original, file).getContents().get(0);

		// A copy has no node model: the serializer must print every element from the model alone.
		Resource detached = original.createResource(URI.createURI("detached/" + file.getFileName()));
		EObject copy = EcoreUtil.copy(parsed);
		detached.getContents().add(copy);
		String printed = serializer.serialize(copy);

		XtextResourceSet reread = Sops.load(Sops.exampleFiles(), Map.of(file, printed));
		XtextResource again = Sops.resource(reread, file);
		assertEquals(0, again.getErrors().size(), () -> file + ":\n" + again.getErrors() + "\n" + printed);
		Dokumen reparsed = (Dokumen) again.getContents().get(0);
		EcoreUtil.resolveAll(reread);
		assertTrue(EcoreUtil.equals(parsed, reparsed), () -> "model changed for " + file + ":\n" + printed);
	}
}
