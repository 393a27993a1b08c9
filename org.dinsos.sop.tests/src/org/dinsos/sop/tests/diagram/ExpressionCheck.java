package org.dinsos.sop.tests.diagram;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dinsos.sop.diagram.sirius.SwimlaneServices;
import org.dinsos.sop.sop.SopPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The offline type check of the Sirius description's expressions (Sirius is not part of this build):
 * every variable, feature, enum literal and service an expression names must exist, with fitting types,
 * in the SOP model and in SwimlaneServices.
 */
final class ExpressionCheck {

	/** The only AQL operations the description uses besides services and features. */
	private static final Set<String> AQL_OPERATIONS = Set.of("oclIsKindOf");

	private static final Pattern AQL_TYPE = Pattern.compile("(\\w+)::(\\w+)(?:::(\\w+))?");
	private static final Pattern AQL_CHAIN = Pattern
			.compile("(?<![\\w.'])([A-Za-z_]\\w*)((?:\\s*\\.\\s*[A-Za-z_]\\w*\\s*(?:\\([^()]*\\))?)*)");
	private static final Pattern AQL_SEGMENT = Pattern.compile("\\.\\s*([A-Za-z_]\\w*)\\s*(\\(([^()]*)\\))?");
	private static final Pattern AQL_REST = Pattern.compile("''|\\b(and|or|not|true|false)\\b|[\\s=<>+()-]");
	private static final Pattern SERVICE = Pattern.compile("([A-Za-z_]\\w*)(?:\\(([^()]*)\\))?");

	private ExpressionCheck() {
	}

	/** The problems of one expression, as text; none when every name in it exists with fitting types. */
	static List<String> check(String expression, Map<String, Class<?>> variables, Set<Class<?>> expected) {
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

	private static EClass eClass(Class<?> type) {
		return SopPackage.eINSTANCE.getEClassifiers().stream()
				.filter(classifier -> classifier instanceof EClass && classifier.getInstanceClass() == type)
				.map(EClass.class::cast).findFirst().orElse(null);
	}

	private static String names(Set<Class<?>> types) {
		return types.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(" or "));
	}
}
