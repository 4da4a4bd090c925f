package org.zhili.inspection.internal.draw;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical form of any JSON, the naive way (a tree with every object's keys sorted): what the codecs'
 * hand-ordered writers must reproduce exactly.
 */
final class Canonicaliser {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(JsonWriteFeature.ESCAPE_NON_ASCII, JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
		.enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
		.build();

	private Canonicaliser() {
	}

	static String canonical(String json) {
		return MAPPER.writeValueAsString(sorted(MAPPER.readTree(json)));
	}

	private static JsonNode sorted(JsonNode node) {
		if (node.isObject()) {
			ObjectNode copy = MAPPER.createObjectNode();
			List<String> names = new ArrayList<>(node.propertyNames());
			names.sort(CodePointOrder.INSTANCE);
			names.forEach(n -> copy.set(n, sorted(node.get(n))));
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = MAPPER.createArrayNode();
			node.forEach(item -> copy.add(sorted(item)));
			return copy;
		}
		if (node.isNumber() && !node.isIntegralNumber()) {
			throw new IllegalArgumentException("not canonical: " + node);
		}
		return node;
	}
}
