package org.zhili.open311.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes GeoReport v2 documents in either format from one tree of maps (elements, in order), lists and
 * values. JSON is the tree as it is; XML names each list's items as the specification does
 * ({@code <services><service>…}) and writes {@code null} as an empty element.
 */
@Component
class Documents {

	/** The element name of a list's items, by the list's name. */
	private static final Map<String, String> ITEMS = Map.ofEntries(Map.entry("services", "service"),
			Map.entry("attributes", "attribute"), Map.entry("values", "value"), Map.entry("endpoints", "endpoint"),
			Map.entry("formats", "format"), Map.entry("service_requests", "request"), Map.entry("errors", "error"),
			Map.entry("notes", "note"));

	private final JsonMapper json;

	Documents(JsonMapper json) {
		this.json = json;
	}

	/**
	 * @param root the document's root: the XML root element; in JSON only an object's wrapper is dropped
	 * @param body a list (a JSON array, the root's items in XML) or a map (an object, the root's children)
	 */
	ResponseEntity<String> write(Format format, HttpStatus status, String root, Object body) {
		String text = format == Format.JSON ? json.writeValueAsString(body) : xml(root, body);
		return ResponseEntity.status(status).contentType(format.mediaType()).body(text);
	}

	ResponseEntity<String> error(Format format, Open311Error error) {
		List<Map<String, Object>> items = error.items().stream().map(i -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("code", i.code());
			item.put("description", i.description());
			return item;
		}).toList();
		return write(format, error.status(), "errors", items);
	}

	static String xml(String root, Object body) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		element(out, root, body);
		return out.append('\n').toString();
	}

	private static void element(StringBuilder out, String name, Object value) {
		if (value == null) {
			out.append('<').append(name).append("/>");
			return;
		}
		out.append('<').append(name).append('>');
		if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> element(out, (String) k, v));
		}
		else if (value instanceof List<?> list) {
			String item = ITEMS.getOrDefault(name, "item");
			list.forEach(v -> element(out, item, v));
		}
		else {
			escape(out, String.valueOf(value));
		}
		out.append("</").append(name).append('>');
	}

	private static void escape(StringBuilder out, String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					// Characters XML 1.0 cannot carry at all are left out.
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
	}
}
