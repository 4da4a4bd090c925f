package org.zhili.open311.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * Checks {@code attribute[code]} (and {@code attribute[code][]} for a multivaluelist) against a service
 * definition: every required variable attribute answered, list answers among the keys, numbers numeric,
 * datetimes in ISO 8601 with their offset. Attributes the service does not define are not kept.
 */
final class AttributeCheck {

	private static final Pattern PARAMETER = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");
	private static final int MAX_LENGTH = 1000;

	private AttributeCheck() {
	}

	/** The answers by attribute code (a list of keys for a multivaluelist), or an error naming every fault. */
	static Map<String, Object> check(List<ServiceAttributes.Attribute> definition, MultiValueMap<String, String> form) {
		Map<String, ServiceAttributes.Attribute> byCode = new LinkedHashMap<>();
		definition.forEach(a -> byCode.put(a.code(), a));
		Map<String, List<String>> given = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		form.forEach((name, values) -> {
			Matcher m = PARAMETER.matcher(name);
			if (m.matches()) {
				given.computeIfAbsent(m.group(1), k -> new ArrayList<>())
					.addAll(values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
			}
		});
		Map<String, Object> answers = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> e : given.entrySet()) {
			ServiceAttributes.Attribute a = byCode.get(e.getKey());
			List<String> values = e.getValue();
			if (values.isEmpty() || a == null || !a.variable()) {
				// Empty means not given. An information-only attribute asks nothing, and clients written for other
				// servers send their own (e.g. a report URL): neither is an answer, so both are left out.
				continue;
			}
			String problem = problem(a, values);
			if (problem != null) {
				errors.add("attribute[" + a.code() + "] " + problem);
			}
			else {
				answers.put(a.code(), "multivaluelist".equals(a.datatype()) ? List.copyOf(values) : values.get(0));
			}
		}
		for (ServiceAttributes.Attribute a : definition) {
			if (a.variable() && a.required() && !answers.containsKey(a.code()) && errors.stream()
				.noneMatch(x -> x.startsWith("attribute[" + a.code() + "]"))) {
				errors.add("attribute[" + a.code() + "] is required: " + a.description());
			}
		}
		if (!errors.isEmpty()) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, errors);
		}
		return answers;
	}

	private static String problem(ServiceAttributes.Attribute a, List<String> values) {
		if (values.stream().anyMatch(v -> v.length() > MAX_LENGTH)) {
			return "is longer than " + MAX_LENGTH + " characters";
		}
		if (!"multivaluelist".equals(a.datatype()) && values.size() > 1) {
			return "takes one value";
		}
		String v = values.get(0);
		return switch (a.datatype()) {
			case "number" -> number(v) ? null : "must be a number";
			case "datetime" -> datetime(v) ? null : "must be an ISO 8601 date and time with its offset, e.g. 2026-05-01T22:00:00+08:00";
			case "singlevaluelist", "multivaluelist" -> values.stream().allMatch(a::hasKey) ? null
					: "must be one of " + String.join(", ", a.values().stream().map(ServiceAttributes.Value::key).toList());
			default -> null;
		};
	}

	private static boolean number(String v) {
		try {
			new BigDecimal(v);
			return true;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private static boolean datetime(String v) {
		try {
			OffsetDateTime.parse(v);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}
}
