package org.dinsos.sop.tests.diagram;

import static org.dinsos.sop.tests.diagram.OdesignModel.CONTAINER_MAPPINGS;
import static org.dinsos.sop.tests.diagram.OdesignModel.NODE_MAPPINGS;
import static org.dinsos.sop.tests.diagram.OdesignModel.attributes;
import static org.dinsos.sop.tests.diagram.OdesignModel.children;
import static org.dinsos.sop.tests.diagram.OdesignModel.descendants;
import static org.dinsos.sop.tests.diagram.OdesignModel.eClass;
import static org.dinsos.sop.tests.diagram.OdesignModel.isNodeOrContainer;
import static org.dinsos.sop.tests.diagram.OdesignModel.single;
import static org.dinsos.sop.tests.diagram.OdesignModel.type;
import static org.dinsos.sop.tests.diagram.OdesignModel.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;

import org.dinsos.sop.diagram.sirius.SwimlaneServices;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.SopPackage;
import org.dinsos.sop.tests.support.Sops;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * The Sirius viewpoint "SOP Swimlane", checked offline (Sirius is not part of this build): its
 * description is read as XML from the diagram bundle, and every domain class, feature, service and
 * internal reference it names must exist, with the right types; plugin.xml must name classes that exist.
 */
class SiriusViewpointTest {

	private static final String SIRIUS = "http://www.eclipse.org/sirius/";

	private static final Bundle DIAGRAM = FrameworkUtil.getBundle(SwimlaneServices.class);

	/** The Eclipse-only bundle that registers the viewpoint; built with -Peclipse, so read here as source. */
	private static final Path DESIGN = Sops.REPOSITORY.resolve("org.dinsos.sop.diagram.design");

	/** What each reference attribute must point at: mappings by element name, tools by type. */
	private static final Map<String, Predicate<Element>> REFERENCES = Map.ofEntries(
			Map.entry("sourceMapping", OdesignModel::isNodeOrContainer),
			Map.entry("targetMapping", OdesignModel::isNodeOrContainer),
			Map.entry("mappings", OdesignModel::isNodeOrContainer),
			Map.entry("nodeMappings", e -> NODE_MAPPINGS.contains(e.getTagName())),
			Map.entry("reusedBorderedNodeMappings", e -> e.getTagName().equals("borderedNodeMappings")),
			Map.entry("containerMappings", e -> CONTAINER_MAPPINGS.contains(e.getTagName())),
			Map.entry("edgeMappings", e -> e.getTagName().equals("edgeMappings")),
			Map.entry("deletionDescription", e -> type(e).equals("DeleteElementDescription")),
			Map.entry("labelDirectEdit", e -> type(e).equals("DirectEditLabel")),
			Map.entry("dropDescriptions", e -> type(e).equals("ContainerDropDescription")),
			Map.entry("reconnections", e -> type(e).equals("ReconnectEdgeDescription")));

	private static OdesignModel odesign;

	@BeforeAll
	static void read() throws Exception {
		odesign = OdesignModel.read(DIAGRAM.getEntry("description/sop.odesign"));
	}

	@Test
	void theDescriptionIsTheViewpointSopSwimlaneOnSopFilesWithTheServicesClass() {
		Element group = odesign.root();
		assertEquals(SIRIUS + "description/1.1.0", group.getNamespaceURI());
		assertEquals("Group", group.getLocalName());
		Element viewpoint = single(children(group, "ownedViewpoints"));
		assertEquals("SOP Swimlane", viewpoint.getAttribute("name"));
		assertEquals("sop", viewpoint.getAttribute("modelFileExtension"));
		Element diagram = single(children(viewpoint, "ownedRepresentations"));
		assertEquals("DiagramDescription", type(diagram));
		assertEquals("sop::Sop", diagram.getAttribute("domainClass"));
		assertEquals(SopPackage.eNS_URI + "#/", single(children(diagram, "metamodel")).getAttribute("href"));
		assertEquals(SwimlaneServices.class.getName(),
				single(children(viewpoint, "ownedJavaExtensions")).getAttribute("qualifiedClassName"));
	}

	@Test
	void everyTypeIsASiriusClassAndEveryDomainClassAClassOfTheSopModel() {
		for (Element element : odesign.elements(e -> e.hasAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI,
				"type"))) {
			String type = element.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
			String namespace = element.lookupNamespaceURI(type.substring(0, type.indexOf(':')));
			assertTrue(namespace != null && namespace.startsWith(SIRIUS), type + " is not a Sirius type");
		}
		List<Element> typed = odesign.elements(e -> e.hasAttribute("domainClass"));
		assertEquals(7, typed.size(), "the diagram, pool, lane, two step kinds, waktu and output");
		for (Element element : typed) {
			assertNotNull(eClass(element.getAttribute("domainClass")), where(element));
		}
	}

	@Test
	void everyReferenceInsideTheDescriptionPointsAtAnElementOfTheRightKind() {
		List<String> problems = new ArrayList<>();
		for (Element element : odesign.elements(e -> true)) {
			for (Attr attribute : attributes(element)) {
				if (!attribute.getValue().startsWith("//@")) {
					continue;
				}
				Predicate<Element> kind = REFERENCES.get(attribute.getName());
				for (String path : attribute.getValue().split(" ")) {
					Element target = odesign.resolve(path);
					if (target == null || kind == null || !kind.test(target)) {
						problems.add(where(element) + " " + attribute.getName() + " -> " + path);
					}
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void lanesAreRegionsOfOnePoolAndStepsAreShapedByTheirKind() {
		Element pool = odesign.mapping("Prosedur");
		assertEquals("HorizontalStack", pool.getAttribute("childrenPresentation"));
		Element lane = single(children(pool, "subContainerMappings"));
		assertEquals("sop::Pelaksana", lane.getAttribute("domainClass"));
		Element proses = odesign.mapping("Proses");
		Element keputusan = odesign.mapping("Keputusan");
		assertEquals(List.of(proses, keputusan), children(lane, "subNodeMappings"));
		assertEquals("SquareDescription", type(single(children(proses, "style"))));
		Element terminator = single(children(proses, "conditionnalStyles"));
		assertEquals("EllipseNodeDescription", type(single(children(terminator, "style"))));
		assertEquals("aql:self.jenis = sop::JenisProses::MULAI or self.jenis = sop::JenisProses::SELESAI",
				terminator.getAttribute("predicateExpression"));
		assertEquals("LozengeNodeDescription", type(single(children(keputusan, "style"))));
		for (String branch : List.of("Ya", "Tidak")) {
			Element edge = odesign.mapping(branch);
			assertEquals(List.of(keputusan), odesign.references(edge, "sourceMapping"));
			assertEquals("feature:" + branch.toLowerCase(), edge.getAttribute("targetFinderExpression"));
			assertEquals("aql:'" + branch + "'",
					single(descendants(edge, "centerLabelStyleDescription")).getAttribute("labelExpression"));
		}
		assertEquals(List.of(proses), odesign.references(odesign.mapping("Alur"), "sourceMapping"));
	}

	@Test
	void everyToolChangesTheSopOnlyByCallingOneService() {
		List<Element> operations = odesign.elements(e -> e.getTagName().endsWith("ModelOperations"));
		assertFalse(operations.isEmpty());
		for (Element operation : operations) {
			assertEquals("firstModelOperations", operation.getTagName(), where(operation));
			assertEquals("ChangeContext", type(operation), where(operation));
			assertTrue(operation.getAttribute("browseExpression").matches("aql:\\w+\\.\\w+\\(\\w*\\)"), where(operation));
		}
		Set<String> kinds = odesign.tools().stream().map(OdesignModel::type).collect(Collectors.toSet());
		assertEquals(Set.of("NodeCreationDescription", "ContainerCreationDescription", "ContainerDropDescription",
				"DeleteElementDescription", "DirectEditLabel", "EdgeCreationDescription", "ReconnectEdgeDescription",
				"OperationAction"), kinds);
		for (Element tool : odesign.tools()) {
			assertEquals(1, descendants(tool, "firstModelOperations").size(), where(tool));
		}
	}

	@Test
	void everyDiagramElementHasItsOwnDeletionAndEveryToolIsReachable() {
		List<Element> mappings = odesign.elements(e -> isNodeOrContainer(e) || e.getTagName().equals("edgeMappings"));
		for (Element mapping : mappings) {
			// Sirius's default deletion would remove the element from the model, behind the text's back.
			assertTrue(mapping.hasAttribute("deletionDescription"), where(mapping));
		}
		for (Element tool : odesign.tools()) {
			boolean inPalette = Set.of("NodeCreationDescription", "ContainerCreationDescription", "EdgeCreationDescription",
					"OperationAction").contains(type(tool));
			assertTrue(inPalette || !odesign.referrers(tool).isEmpty(), where(tool) + " is never used");
		}
	}

	@Test
	void everyExpressionNamesFeaturesOfItsContextAndServicesThatExist() {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Element element : odesign.elements(e -> true)) {
			for (Attr attribute : attributes(element)) {
				String name = attribute.getName();
				if (!name.endsWith("Expression") && !name.equals("precondition")) {
					continue;
				}
				for (Map<String, Class<?>> variables : odesign.contexts(element, name)) {
					checked++;
					problems.addAll(ExpressionCheck.check(attribute.getValue(), variables, odesign.expected(element, name))
							.stream().map(problem -> where(element) + " " + name + "=\"" + attribute.getValue() + "\": " + problem)
							.toList());
				}
			}
		}
		assertEquals(List.of(), problems.stream().distinct().toList());
		assertTrue(checked > 40, "expressions checked: " + checked);
	}

	@Test
	void theOfflineCheckCatchesWrongFeaturesServicesArgumentsLiteralsVariablesAndResults() {
		Map<String, Class<?>> onLane = Map.of("self", Pelaksana.class, "arg0", String.class);
		Map<String, List<String>> problems = Map.of(
				"aql:self.renameLane(arg0)", List.of(),
				"feature:kegiatan", List.of("Pelaksana has no feature kegiatan"),
				"aql:self.renameLane()", List.of("no service renameLane with 1 parameters for Pelaksana"),
				"aql:self.pindah(arg0)", List.of("no service pindah with 2 parameters for Pelaksana"),
				"aql:self.stepsOf().moveToLane(arg0)", List.of("argument arg0 (String) does not fit moveToLane"),
				"aql:self.stepsOf().oclIsKindOf(sop::JenisProses::AWAL)", List.of("JenisProses has no literal AWAL"),
				"aql:container.addLane()", List.of("unknown variable container"),
				"[self.name/]", List.of("no interpreter prefix (aql:, service:, feature:, var:)"));
		problems.forEach((expression, expected) -> assertEquals(expected, ExpressionCheck.check(expression, onLane, Set.of()),
				expression));
		assertEquals(List.of("gives Pelaksana, expected Langkah"), ExpressionCheck.check("feature:pelaksana",
				Map.of("self", Sop.class), Set.of(Langkah.class)));
	}

	@Test
	void pluginXmlRegistersTheViewpointThroughTheActivatorOfTheEclipseOnlyBundle() throws Exception {
		Element plugin = OdesignModel.xml(DIAGRAM.getEntry("plugin.xml")).getDocumentElement();
		Element extension = single(children(plugin, "extension"));
		assertEquals("org.eclipse.sirius.componentization", extension.getAttribute("point"));
		String[] bundleAndClass = single(children(extension, "component")).getAttribute("class").split("/");
		assertEquals(2, bundleAndClass.length);
		try (InputStream in = Files.newInputStream(DESIGN.resolve("META-INF/MANIFEST.MF"))) {
			var manifest = new Manifest(in).getMainAttributes();
			assertEquals(bundleAndClass[0] + ";singleton:=true", manifest.getValue("Bundle-SymbolicName"));
			assertEquals(bundleAndClass[1], manifest.getValue("Bundle-Activator"), "Sirius's component is the activator");
		}
		String source = Files.readString(DESIGN.resolve("src/" + bundleAndClass[1].replace('.', '/') + ".java"),
				StandardCharsets.UTF_8);
		String simpleName = bundleAndClass[1].substring(bundleAndClass[1].lastIndexOf('.') + 1);
		assertTrue(source.contains("package " + bundleAndClass[1].substring(0, bundleAndClass[1].lastIndexOf('.')) + ";"));
		assertTrue(source.contains("public class " + simpleName + " extends AbstractUIPlugin"), source);
		assertTrue(source.contains("registerFromPlugin("), source);
		String registered = DIAGRAM.getSymbolicName() + "/description/sop.odesign";
		assertTrue(source.contains("\"" + registered + "\""), "registers " + registered);
		assertNotNull(DIAGRAM.getEntry("description/sop.odesign"));
		assertTrue(Files.readString(Sops.REPOSITORY.resolve("pom.xml"), StandardCharsets.UTF_8)
				.matches("(?s).*<id>eclipse</id>\\s*<modules>.*<module>" + bundleAndClass[0] + "</module>.*"),
				"built in the eclipse profile");
	}
}
