package org.dinsos.sop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.dinsos.sop.diagram.sirius.SwimlaneServices;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.SopPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

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

	private static final Set<String> NODE_MAPPINGS = Set.of("nodeMappings", "subNodeMappings", "borderedNodeMappings");
	private static final Set<String> CONTAINER_MAPPINGS = Set.of("containerMappings", "subContainerMappings");

	/** What each reference attribute must point at: mappings by element name, tools by type. */
	private static final Map<String, Predicate<Element>> REFERENCES = Map.ofEntries(
			Map.entry("sourceMapping", SiriusViewpointTest::isNodeOrContainer),
			Map.entry("targetMapping", SiriusViewpointTest::isNodeOrContainer),
			Map.entry("mappings", SiriusViewpointTest::isNodeOrContainer),
			Map.entry("nodeMappings", e -> NODE_MAPPINGS.contains(e.getTagName())),
			Map.entry("reusedBorderedNodeMappings", e -> e.getTagName().equals("borderedNodeMappings")),
			Map.entry("containerMappings", e -> CONTAINER_MAPPINGS.contains(e.getTagName())),
			Map.entry("edgeMappings", e -> e.getTagName().equals("edgeMappings")),
			Map.entry("deletionDescription", e -> type(e).equals("DeleteElementDescription")),
			Map.entry("labelDirectEdit", e -> type(e).equals("DirectEditLabel")),
			Map.entry("dropDescriptions", e -> type(e).equals("ContainerDropDescription")),
			Map.entry("reconnections", e -> type(e).equals("ReconnectEdgeDescription")));

	/** The only AQL operations the description uses besides services and features. */
	private static final Set<String> AQL_OPERATIONS = Set.of("oclIsKindOf");

	private static final Pattern AQL_TYPE = Pattern.compile("(\\w+)::(\\w+)(?:::(\\w+))?");
	private static final Pattern AQL_CHAIN = Pattern
			.compile("(?<![\\w.'])([A-Za-z_]\\w*)((?:\\s*\\.\\s*[A-Za-z_]\\w*\\s*(?:\\([^()]*\\))?)*)");
	private static final Pattern AQL_SEGMENT = Pattern.compile("\\.\\s*([A-Za-z_]\\w*)\\s*(\\(([^()]*)\\))?");
	private static final Pattern AQL_REST = Pattern.compile("''|\\b(and|or|not|true|false)\\b|[\\s=<>+()-]");
	private static final Pattern SERVICE = Pattern.compile("([A-Za-z_]\\w*)(?:\\(([^()]*)\\))?");

	private static Document odesign;

	@BeforeAll
	static void read() throws Exception {
		odesign = xml(DIAGRAM.getEntry("description/sop.odesign"));
	}

	@Test
	void theDescriptionIsTheViewpointSopSwimlaneOnSopFilesWithTheServicesClass() {
		Element group = odesign.getDocumentElement();
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
		for (Element element : elements(e -> e.hasAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type"))) {
			String type = element.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
			String namespace = element.lookupNamespaceURI(type.substring(0, type.indexOf(':')));
			assertTrue(namespace != null && namespace.startsWith(SIRIUS), type + " is not a Sirius type");
		}
		List<Element> typed = elements(e -> e.hasAttribute("domainClass"));
		assertEquals(7, typed.size(), "the diagram, pool, lane, two step kinds, waktu and output");
		for (Element element : typed) {
			assertNotNull(eClass(element.getAttribute("domainClass")), where(element));
		}
	}

	@Test
	void everyReferenceInsideTheDescriptionPointsAtAnElementOfTheRightKind() {
		List<String> problems = new ArrayList<>();
		for (Element element : elements(e -> true)) {
			for (Attr attribute : attributes(element)) {
				if (!attribute.getValue().startsWith("//@")) {
					continue;
				}
				Predicate<Element> kind = REFERENCES.get(attribute.getName());
				for (String path : attribute.getValue().split(" ")) {
					Element target = resolve(path);
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
		Element pool = mapping("Prosedur");
		assertEquals("HorizontalStack", pool.getAttribute("childrenPresentation"));
		Element lane = single(children(pool, "subContainerMappings"));
		assertEquals("sop::Pelaksana", lane.getAttribute("domainClass"));
		Element proses = mapping("Proses");
		Element keputusan = mapping("Keputusan");
		assertEquals(List.of(proses, keputusan), children(lane, "subNodeMappings"));
		assertEquals("SquareDescription", type(single(children(proses, "style"))));
		Element terminator = single(children(proses, "conditionnalStyles"));
		assertEquals("EllipseNodeDescription", type(single(children(terminator, "style"))));
		assertEquals("aql:self.jenis = sop::JenisProses::MULAI or self.jenis = sop::JenisProses::SELESAI",
				terminator.getAttribute("predicateExpression"));
		assertEquals("LozengeNodeDescription", type(single(children(keputusan, "style"))));
		for (String branch : List.of("Ya", "Tidak")) {
			Element edge = mapping(branch);
			assertEquals(List.of(keputusan), references(edge, "sourceMapping"));
			assertEquals("feature:" + branch.toLowerCase(), edge.getAttribute("targetFinderExpression"));
			assertEquals("aql:'" + branch + "'",
					single(descendants(edge, "centerLabelStyleDescription")).getAttribute("labelExpression"));
		}
		assertEquals(List.of(proses), references(mapping("Alur"), "sourceMapping"));
	}

	@Test
	void everyToolChangesTheSopOnlyByCallingOneService() {
		List<Element> operations = elements(e -> e.getTagName().endsWith("ModelOperations"));
		assertFalse(operations.isEmpty());
		for (Element operation : operations) {
			assertEquals("firstModelOperations", operation.getTagName(), where(operation));
			assertEquals("ChangeContext", type(operation), where(operation));
			assertTrue(operation.getAttribute("browseExpression").matches("aql:\\w+\\.\\w+\\(\\w*\\)"), where(operation));
		}
		Set<String> kinds = tools().stream().map(SiriusViewpointTest::type).collect(Collectors.toSet());
		assertEquals(Set.of("NodeCreationDescription", "ContainerCreationDescription", "ContainerDropDescription",
				"DeleteElementDescription", "DirectEditLabel", "EdgeCreationDescription", "ReconnectEdgeDescription",
				"OperationAction"), kinds);
		for (Element tool : tools()) {
			assertEquals(1, descendants(tool, "firstModelOperations").size(), where(tool));
		}
	}

	@Test
	void everyDiagramElementHasItsOwnDeletionAndEveryToolIsReachable() {
		List<Element> mappings = elements(e -> isNodeOrContainer(e) || e.getTagName().equals("edgeMappings"));
		for (Element mapping : mappings) {
			// Sirius's default deletion would remove the element from the model, behind the text's back.
			assertTrue(mapping.hasAttribute("deletionDescription"), where(mapping));
		}
		for (Element tool : tools()) {
			boolean inPalette = Set.of("NodeCreationDescription", "ContainerCreationDescription", "EdgeCreationDescription",
					"OperationAction").contains(type(tool));
			assertTrue(inPalette || !referrers(tool).isEmpty(), where(tool) + " is never used");
		}
	}

	@Test
	void everyExpressionNamesFeaturesOfItsContextAndServicesThatExist() {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Element element : elements(e -> true)) {
			for (Attr attribute : attributes(element)) {
				String name = attribute.getName();
				if (!name.endsWith("Expression") && !name.equals("precondition")) {
					continue;
				}
				for (Map<String, Class<?>> variables : contexts(element, name)) {
					checked++;
					problems.addAll(check(attribute.getValue(), variables, expected(element, name)).stream()
							.map(problem -> where(element) + " " + name + "=\"" + attribute.getValue() + "\": " + problem)
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
		problems.forEach((expression, expected) -> assertEquals(expected, check(expression, onLane, Set.of()), expression));
		assertEquals(List.of("gives Pelaksana, expected Langkah"), check("feature:pelaksana",
				Map.of("self", Sop.class), Set.of(Langkah.class)));
	}

	@Test
	void pluginXmlRegistersTheViewpointThroughTheActivatorOfTheEclipseOnlyBundle() throws Exception {
		Element plugin = xml(DIAGRAM.getEntry("plugin.xml")).getDocumentElement();
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

	// The type check of expressions.

	/**
	 * The variables an expression sees, with their types: one map per combination of the domain classes
	 * involved (a tool used by two mappings is checked for both). Views are Objects: nothing may be read
	 * from them, since Sirius is not here to check it.
	 */
	private static List<Map<String, Class<?>>> contexts(Element element, String attribute) {
		Element mapping = ancestorOrSelf(element, e -> isNodeOrContainer(e) || e.getTagName().equals("edgeMappings"));
		Element tool = ancestorOrSelf(element, SiriusViewpointTest::isTool);
		if (mapping != null && mapping.getTagName().equals("edgeMappings")) {
			return each(domains(references(mapping, "sourceMapping")), self -> Map.of("self", self));
		}
		if (mapping != null) {
			List<Class<?>> self = element == mapping && attribute.equals("semanticCandidatesExpression")
					? parentDomains(mapping) : List.of(domain(mapping));
			return each(self, type -> Map.of("self", type));
		}
		if (tool == null) {
			return List.of(Map.of("self", domain(ancestorOrSelf(element, e -> e.hasAttribute("domainClass")))));
		}
		List<Element> users = referrers(tool);
		return switch (type(tool)) {
		case "NodeCreationDescription", "ContainerCreationDescription" -> each(
				domains(references(tool, type(tool).startsWith("Node") ? "nodeMappings" : "containerMappings").stream()
						.map(created -> (Element) created.getParentNode()).toList()),
				container -> variables(tool, Map.of("variable", container), Map.of()));
		case "DeleteElementDescription" -> each(domains(users),
				gone -> variables(tool, Map.of("element", gone), Map.of("self", gone)));
		case "DirectEditLabel" -> each(domains(users),
				edited -> variables(tool, Map.of(), Map.of("self", edited, "arg0", String.class)));
		case "ContainerDropDescription" -> combine(domains(references(tool, "mappings")), domains(users),
				(dropped, lane) -> variables(tool,
						Map.of("element", dropped, "newContainer", lane, "oldContainer", lane), Map.of()));
		case "EdgeCreationDescription" -> edgeEnds(references(tool, "edgeMappings"),
				(source, target) -> variables(tool, Map.of("sourceVariable", source, "targetVariable", target), Map.of()));
		case "ReconnectEdgeDescription" -> edgeEnds(users,
				(source, target) -> variables(tool, Map.of("element", source, "source", target, "target", target),
						Map.of("self", source)));
		case "PopupMenu" -> List.of(Map.of("self", EObject.class));
		case "OperationAction" -> List.of(variables(tool, Map.of(), Map.of("self", popupSubject(tool))));
		default -> throw new AssertionError("no context known for " + where(tool));
		};
	}

	/**
	 * The variables a tool declares, typed by the element that declares them (views as Object), and
	 * those Sirius sets without a declaration (self, arg0).
	 */
	private static Map<String, Class<?>> variables(Element tool, Map<String, Class<?>> declared,
			Map<String, Class<?>> implicit) {
		Map<String, Class<?>> variables = new LinkedHashMap<>();
		for (Element declaration : children(tool, null)) {
			if (declaration.hasAttribute("name") && !declaration.getTagName().equals("menuItemDescription")) {
				variables.put(declaration.getAttribute("name"), declared.getOrDefault(declaration.getTagName(), Object.class));
			}
		}
		variables.putAll(implicit);
		return variables;
	}

	/** An operation action acts on the kind its popup menu's precondition asks for. */
	private static Class<?> popupSubject(Element action) {
		Element menu = (Element) action.getParentNode();
		Matcher kind = Pattern.compile("aql:self\\.oclIsKindOf\\((\\w+::\\w+)\\)").matcher(menu.getAttribute("precondition"));
		assertTrue(kind.matches(), where(menu) + " does not say what it acts on");
		return eClass(kind.group(1)).getInstanceClass();
	}

	/** What a mapping's candidates and an edge's targets must be. */
	private static Set<Class<?>> expected(Element element, String attribute) {
		if (attribute.equals("semanticCandidatesExpression")) {
			return Set.of(domain(element));
		}
		if (attribute.equals("targetFinderExpression")) {
			return Set.copyOf(domains(references(element, "targetMapping")));
		}
		return Set.of();
	}

	/** The problems of one expression, as text; none when every name in it exists with fitting types. */
	private static List<String> check(String expression, Map<String, Class<?>> variables, Set<Class<?>> expected) {
		if (expression.matches("\\d+")) {
			return List.of();
		}
		int colon = expression.indexOf(':');
		String body = expression.substring(colon + 1);
		List<String> problems = new ArrayList<>();
		Class<?> result = switch (colon < 0 ? "" : expression.substring(0, colon)) {
		case "feature" -> feature(variables.get("self"), body, problems);
		case "var" -> variables.containsKey(body) ? variables.get(body) : unknown("unknown variable " + body, problems);
		case "service" -> {
			Matcher call = SERVICE.matcher(body);
			yield call.matches() ? service(variables.get("self"), call.group(1), arguments(call.group(2)), variables, problems)
					: unknown("unreadable service call " + body, problems);
		}
		case "aql" -> aql(body, variables, problems);
		default -> unknown("no interpreter prefix (aql:, service:, feature:, var:)", problems);
		};
		if (!expected.isEmpty() && result != null
				&& expected.stream().noneMatch(type -> type.isAssignableFrom(result) || result.isAssignableFrom(type))) {
			problems.add("gives " + result.getSimpleName() + ", expected " + names(expected));
		}
		return problems;
	}

	/** AQL as the description writes it: navigations from variables, type literals, operators. */
	private static Class<?> aql(String body, Map<String, Class<?>> variables, List<String> problems) {
		String code = body.replaceAll("'[^']*'", "''");
		Matcher literal = AQL_TYPE.matcher(code);
		while (literal.find()) {
			typeLiteral(literal, problems);
		}
		code = literal.replaceAll("''");
		Class<?> result = null;
		StringBuilder rest = new StringBuilder();
		Matcher chain = AQL_CHAIN.matcher(code);
		while (chain.find()) {
			String head = chain.group(1);
			if (chain.group(2).isEmpty() && head.matches("and|or|not|true|false")) {
				continue;
			}
			Class<?> type = variables.containsKey(head) ? variables.get(head) : unknown("unknown variable " + head, problems);
			Matcher segment = AQL_SEGMENT.matcher(chain.group(2));
			while (type != null && segment.find()) {
				String name = segment.group(1);
				if (segment.group(2) == null) {
					type = feature(type, name, problems);
				} else if (AQL_OPERATIONS.contains(name)) {
					type = Boolean.class;
				} else {
					type = service(type, name, arguments(segment.group(3)), variables, problems);
				}
			}
			result = type;
			chain.appendReplacement(rest, "''");
		}
		chain.appendTail(rest);
		if (!AQL_REST.matcher(rest).replaceAll("").isEmpty()) {
			problems.add("not understood by the offline check: " + rest);
		}
		return result;
	}

	private static void typeLiteral(Matcher literal, List<String> problems) {
		EClassifier classifier = literal.group(1).equals(SopPackage.eNAME)
				? SopPackage.eINSTANCE.getEClassifier(literal.group(2)) : null;
		if (classifier == null) {
			problems.add("no type " + literal.group(1) + "::" + literal.group(2));
		} else if (literal.group(3) != null
				&& !(classifier instanceof EEnum eEnum && eEnum.getEEnumLiteral(literal.group(3)) != null)) {
			problems.add(classifier.getName() + " has no literal " + literal.group(3));
		}
	}

	/** The type of a feature of the receiver's EClass (of its elements, for a list). */
	private static Class<?> feature(Class<?> receiver, String name, List<String> problems) {
		EClass eClass = receiver == null ? null : eClass(receiver);
		EStructuralFeature feature = eClass == null ? null : eClass.getEStructuralFeature(name);
		if (feature == null) {
			return unknown((receiver == null ? "?" : receiver.getSimpleName()) + " has no feature " + name, problems);
		}
		return feature.getEType().getInstanceClass();
	}

	/** The result type of a service of SwimlaneServices called on the receiver, its elements' type for a list. */
	private static Class<?> service(Class<?> receiver, String name, List<String> arguments, Map<String, Class<?>> variables,
			List<String> problems) {
		List<Method> fitting = Arrays.stream(SwimlaneServices.class.getMethods())
				.filter(method -> method.getName().equals(name) && method.getParameterCount() == arguments.size() + 1
						&& receiver != null && method.getParameterTypes()[0].isAssignableFrom(receiver))
				.toList();
		if (fitting.size() != 1) {
			return unknown("no service " + name + " with " + (arguments.size() + 1) + " parameters for "
					+ (receiver == null ? "?" : receiver.getSimpleName()), problems);
		}
		Method method = fitting.get(0);
		for (int i = 0; i < arguments.size(); i++) {
			Class<?> argument = variables.get(arguments.get(i));
			if (argument == null || !method.getParameterTypes()[i + 1].isAssignableFrom(argument)) {
				problems.add("argument " + arguments.get(i) + " (" + (argument == null ? "unknown" : argument.getSimpleName())
						+ ") does not fit " + name);
			}
		}
		Type returned = method.getGenericReturnType();
		return returned instanceof ParameterizedType list ? (Class<?>) list.getActualTypeArguments()[0]
				: method.getReturnType();
	}

	private static List<String> arguments(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).toList();
	}

	private static Class<?> unknown(String problem, List<String> problems) {
		problems.add(problem);
		return null;
	}

	// Reading the description.

	private static Element mapping(String name) {
		return single(elements(e -> (isNodeOrContainer(e) || e.getTagName().equals("edgeMappings"))
				&& e.getAttribute("name").equals(name)));
	}

	private static List<Element> tools() {
		return elements(SiriusViewpointTest::isTool).stream().filter(e -> !type(e).equals("PopupMenu")).toList();
	}

	private static boolean isTool(Element element) {
		return element.getTagName().equals("ownedTools") || element.getTagName().equals("menuItemDescription");
	}

	private static boolean isNodeOrContainer(Element element) {
		return NODE_MAPPINGS.contains(element.getTagName()) || CONTAINER_MAPPINGS.contains(element.getTagName());
	}

	private static Class<?> domain(Element mapping) {
		EClass eClass = eClass(mapping.getAttribute("domainClass"));
		assertNotNull(eClass, where(mapping));
		return eClass.getInstanceClass();
	}

	/** The classes of the mappings' elements; an edge's element is its source's. */
	private static List<Class<?>> domains(List<Element> mappings) {
		return mappings.stream()
				.flatMap(m -> m.getTagName().equals("edgeMappings") ? domains(references(m, "sourceMapping")).stream()
						: Stream.of(domain(m)))
				.distinct().collect(Collectors.toList());
	}

	/** Where a mapping's candidates are looked for: its container's element, and that of every mapping reusing it. */
	private static List<Class<?>> parentDomains(Element mapping) {
		List<Element> parents = new ArrayList<>(List.of(ancestorOrSelf((Element) mapping.getParentNode(),
				e -> e.hasAttribute("domainClass"))));
		parents.addAll(referrers(mapping, attribute -> attribute.startsWith("reused")));
		return domains(parents);
	}

	/** One context per source and target mapping of the edges. */
	private static List<Map<String, Class<?>>> edgeEnds(List<Element> edges,
			BiFunction<Class<?>, Class<?>, Map<String, Class<?>>> context) {
		List<Map<String, Class<?>>> contexts = new ArrayList<>();
		for (Element edge : edges) {
			contexts.addAll(combine(domains(references(edge, "sourceMapping")), domains(references(edge, "targetMapping")),
					context));
		}
		return contexts;
	}

	private static List<Map<String, Class<?>>> each(List<Class<?>> types,
			Function<Class<?>, Map<String, Class<?>>> context) {
		assertFalse(types.isEmpty());
		return types.stream().map(context).toList();
	}

	private static List<Map<String, Class<?>>> combine(List<Class<?>> first, List<Class<?>> second,
			BiFunction<Class<?>, Class<?>, Map<String, Class<?>>> context) {
		assertFalse(first.isEmpty() || second.isEmpty());
		return first.stream().flatMap(a -> second.stream().map(b -> context.apply(a, b))).toList();
	}

	private static EClass eClass(String domainClass) {
		String[] parts = domainClass.split("::");
		return parts.length == 2 && parts[0].equals(SopPackage.eNAME)
				&& SopPackage.eINSTANCE.getEClassifier(parts[1]) instanceof EClass eClass ? eClass : null;
	}

	private static EClass eClass(Class<?> type) {
		return SopPackage.eINSTANCE.getEClassifiers().stream()
				.filter(classifier -> classifier instanceof EClass && classifier.getInstanceClass() == type)
				.map(EClass.class::cast).findFirst().orElse(null);
	}

	/** The elements a reference attribute names. */
	private static List<Element> references(Element element, String attribute) {
		return Arrays.stream(element.getAttribute(attribute).split(" ")).filter(path -> !path.isEmpty())
				.map(SiriusViewpointTest::resolve).toList();
	}

	/** The elements that name this one in a reference attribute. */
	private static List<Element> referrers(Element target) {
		return referrers(target, attribute -> true);
	}

	private static List<Element> referrers(Element target, Predicate<String> attribute) {
		return elements(e -> attributes(e).stream().anyMatch(a -> attribute.test(a.getName())
				&& a.getValue().startsWith("//@") && Arrays.stream(a.getValue().split(" ")).anyMatch(p -> resolve(p) == target)));
	}

	/** An EMF fragment path of the description: //@feature[name='x']/@feature.2/... */
	private static Element resolve(String path) {
		Element at = odesign.getDocumentElement();
		Matcher step = Pattern.compile("/@(\\w+)(?:\\[name='([^']*)'\\]|\\.(\\d+))?").matcher(path.substring(1));
		int end = 0;
		while (at != null && step.find() && step.start() == end) {
			end = step.end();
			List<Element> candidates = children(at, step.group(1));
			if (step.group(2) != null) {
				String name = URI.decode(step.group(2));
				at = candidates.stream().filter(e -> e.getAttribute("name").equals(name)).findFirst().orElse(null);
			} else {
				int index = step.group(3) == null ? 0 : Integer.parseInt(step.group(3));
				at = index < candidates.size() ? candidates.get(index) : null;
			}
		}
		return end == path.length() - 1 ? at : null;
	}

	private static String type(Element element) {
		String type = element.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
		return type.substring(type.indexOf(':') + 1);
	}

	private static List<Element> elements(Predicate<Element> test) {
		return descendants(odesign.getDocumentElement(), null).stream().filter(test).toList();
	}

	private static List<Element> descendants(Element root, String tag) {
		List<Element> found = new ArrayList<>();
		NodeList all = root.getElementsByTagName(tag == null ? "*" : tag);
		IntStream.range(0, all.getLength()).forEach(i -> found.add((Element) all.item(i)));
		return found;
	}

	private static List<Element> children(Element parent, String tag) {
		List<Element> found = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && (tag == null || element.getTagName().equals(tag))) {
				found.add(element);
			}
		}
		return found;
	}

	private static List<Attr> attributes(Element element) {
		return IntStream.range(0, element.getAttributes().getLength()).mapToObj(i -> (Attr) element.getAttributes().item(i))
				.toList();
	}

	private static Element ancestorOrSelf(Element element, Predicate<Element> test) {
		for (Node at = element; at instanceof Element e; at = at.getParentNode()) {
			if (test.test(e)) {
				return e;
			}
		}
		return null;
	}

	private static <T> T single(List<T> list) {
		assertEquals(1, list.size(), String.valueOf(list));
		return list.get(0);
	}

	private static String names(Set<Class<?>> types) {
		return types.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(" or "));
	}

	/** An element and the nearest named element around it, e.g. firstModelOperations in ownedTools[moveUp]. */
	private static String where(Element element) {
		Element named = element.getParentNode() instanceof Element parent ? ancestorOrSelf(parent, e -> e.hasAttribute("name"))
				: null;
		return element.getTagName() + (element.hasAttribute("name") ? "[" + element.getAttribute("name") + "]" : "")
				+ (named == null ? "" : " in " + named.getTagName() + "[" + named.getAttribute("name") + "]");
	}

	private static Document xml(URL url) throws IOException {
		assertNotNull(url, "missing from the bundle");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		try (InputStream in = url.openStream()) {
			return factory.newDocumentBuilder().parse(in);
		} catch (ParserConfigurationException | SAXException e) {
			throw new AssertionError(url + " is not well-formed XML", e);
		}
	}
}
