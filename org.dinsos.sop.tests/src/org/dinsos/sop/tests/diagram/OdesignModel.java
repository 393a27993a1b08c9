package org.dinsos.sop.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.dinsos.sop.sop.SopPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A Sirius viewpoint description (.odesign) read as XML: its mappings and tools, the EMF paths by which
 * they refer to each other, and the variables each expression sees, typed by the SOP model.
 */
final class OdesignModel {

	static final Set<String> NODE_MAPPINGS = Set.of("nodeMappings", "subNodeMappings", "borderedNodeMappings");
	static final Set<String> CONTAINER_MAPPINGS = Set.of("containerMappings", "subContainerMappings");

	private final Document document;

	private OdesignModel(Document document) {
		this.document = document;
	}

	/** The description at the URL, which must be well-formed XML. */
	static OdesignModel read(URL url) throws IOException {
		return new OdesignModel(xml(url));
	}

	Element root() {
		return document.getDocumentElement();
	}

	/**
	 * The variables an expression sees, with their types: one map per combination of the domain classes
	 * involved (a tool used by two mappings is checked for both). Views are Objects: nothing may be read
	 * from them, since Sirius is not here to check it.
	 */
	List<Map<String, Class<?>>> contexts(Element element, String attribute) {
		Element mapping = ancestorOrSelf(element, e -> isNodeOrContainer(e) || e.getTagName().equals("edgeMappings"));
		Element tool = ancestorOrSelf(element, OdesignModel::isTool);
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

	/** What a mapping's candidates and an edge's targets must be. */
	Set<Class<?>> expected(Element element, String attribute) {
		if (attribute.equals("semanticCandidatesExpression")) {
			return Set.of(domain(element));
		}
		if (attribute.equals("targetFinderExpression")) {
			return Set.copyOf(domains(references(element, "targetMapping")));
		}
		return Set.of();
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

	Element mapping(String name) {
		return single(elements(e -> (isNodeOrContainer(e) || e.getTagName().equals("edgeMappings"))
				&& e.getAttribute("name").equals(name)));
	}

	List<Element> tools() {
		return elements(OdesignModel::isTool).stream().filter(e -> !type(e).equals("PopupMenu")).toList();
	}

	/** The classes of the mappings' elements; an edge's element is its source's. */
	private List<Class<?>> domains(List<Element> mappings) {
		return mappings.stream()
				.flatMap(m -> m.getTagName().equals("edgeMappings") ? domains(references(m, "sourceMapping")).stream()
						: Stream.of(domain(m)))
				.distinct().collect(Collectors.toList());
	}

	/** Where a mapping's candidates are looked for: its container's element, and that of every mapping reusing it. */
	private List<Class<?>> parentDomains(Element mapping) {
		List<Element> parents = new ArrayList<>(List.of(ancestorOrSelf((Element) mapping.getParentNode(),
				e -> e.hasAttribute("domainClass"))));
		parents.addAll(referrers(mapping, attribute -> attribute.startsWith("reused")));
		return domains(parents);
	}

	/** One context per source and target mapping of the edges. */
	private List<Map<String, Class<?>>> edgeEnds(List<Element> edges,
			BiFunction<Class<?>, Class<?>, Map<String, Class<?>>> context) {
		List<Map<String, Class<?>>> contexts = new ArrayList<>();
		for (Element edge : edges) {
			contexts.addAll(combine(domains(references(edge, "sourceMapping")), domains(references(edge, "targetMapping")),
					context));
		}
		return contexts;
	}

	/** The elements a reference attribute names. */
	List<Element> references(Element element, String attribute) {
		return Arrays.stream(element.getAttribute(attribute).split(" ")).filter(path -> !path.isEmpty())
				.map(this::resolve).toList();
	}

	/** The elements that name this one in a reference attribute. */
	List<Element> referrers(Element target) {
		return referrers(target, attribute -> true);
	}

	private List<Element> referrers(Element target, Predicate<String> attribute) {
		return elements(e -> attributes(e).stream().anyMatch(a -> attribute.test(a.getName())
				&& a.getValue().startsWith("//@") && Arrays.stream(a.getValue().split(" ")).anyMatch(p -> resolve(p) == target)));
	}

	/** An EMF fragment path of the description: //@feature[name='x']/@feature.2/... */
	Element resolve(String path) {
		Element at = document.getDocumentElement();
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

	List<Element> elements(Predicate<Element> test) {
		return descendants(document.getDocumentElement(), null).stream().filter(test).toList();
	}

	private static boolean isTool(Element element) {
		return element.getTagName().equals("ownedTools") || element.getTagName().equals("menuItemDescription");
	}

	static boolean isNodeOrContainer(Element element) {
		return NODE_MAPPINGS.contains(element.getTagName()) || CONTAINER_MAPPINGS.contains(element.getTagName());
	}

	private static Class<?> domain(Element mapping) {
		EClass eClass = eClass(mapping.getAttribute("domainClass"));
		assertNotNull(eClass, where(mapping));
		return eClass.getInstanceClass();
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

	static EClass eClass(String domainClass) {
		String[] parts = domainClass.split("::");
		return parts.length == 2 && parts[0].equals(SopPackage.eNAME)
				&& SopPackage.eINSTANCE.getEClassifier(parts[1]) instanceof EClass eClass ? eClass : null;
	}

	static String type(Element element) {
		String type = element.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
		return type.substring(type.indexOf(':') + 1);
	}

	static List<Element> descendants(Element root, String tag) {
		List<Element> found = new ArrayList<>();
		NodeList all = root.getElementsByTagName(tag == null ? "*" : tag);
		IntStream.range(0, all.getLength()).forEach(i -> found.add((Element) all.item(i)));
		return found;
	}

	static List<Element> children(Element parent, String tag) {
		List<Element> found = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && (tag == null || element.getTagName().equals(tag))) {
				found.add(element);
			}
		}
		return found;
	}

	static List<Attr> attributes(Element element) {
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

	static <T> T single(List<T> list) {
		assertEquals(1, list.size(), String.valueOf(list));
		return list.get(0);
	}

	/** An element and the nearest named element around it, e.g. firstModelOperations in ownedTools[moveUp]. */
	static String where(Element element) {
		Element named = element.getParentNode() instanceof Element parent ? ancestorOrSelf(parent, e -> e.hasAttribute("name"))
				: null;
		return element.getTagName() + (element.hasAttribute("name") ? "[" + element.getAttribute("name") + "]" : "")
				+ (named == null ? "" : " in " + named.getTagName() + "[" + named.getAttribute("name") + "]");
	}

	static Document xml(URL url) throws IOException {
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
