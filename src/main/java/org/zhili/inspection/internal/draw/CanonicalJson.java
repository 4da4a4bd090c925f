package org.zhili.inspection.internal.draw;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way draw data is written as JSON, so that its hash is the same in every language
 * (docs/guide/inspection-draw.md gives the rules, {@code verify_draw.py} writes it the same way): UTF-8, no
 * whitespace, object keys sorted by Unicode code point, integers only (ratios travel as strings), strings with
 * only {@code "} {@code \} and U+0000–U+001F escaped ({@code \b \t \n \f \r}, otherwise {@code \}{@code u00XX}
 * upper-case), everything else as is.
 */
final class CanonicalJson {

	/** Unicode code point order (Java's {@code compareTo} orders UTF-16 units, which differs above U+FFFF). */
	static final Comparator<String> KEY_ORDER = CanonicalJson::compareCodePoints;

	// The escaping rules are pinned here rather than left to Jackson's defaults.
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(JsonWriteFeature.ESCAPE_NON_ASCII, JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
		.enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private CanonicalJson() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static String write(JsonNode node) {
		StringWriter out = new StringWriter();
		try (JsonGenerator g = MAPPER.createGenerator(out)) {
			write(node, g);
		}
		return out.toString();
	}

	/** @throws IllegalArgumentException if it is not JSON or repeats a key */
	static JsonNode read(String json) {
		try {
			return MAPPER.readTree(json);
		}
		catch (JacksonException e) {
			throw new IllegalArgumentException("不是有效的 JSON：" + e.getOriginalMessage(), e);
		}
	}

	static String sha256Hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String sha256Hex(String text) {
		return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
	}

	private static void write(JsonNode node, JsonGenerator g) {
		switch (node.getNodeType()) {
			case OBJECT -> {
				g.writeStartObject();
				List<String> names = new ArrayList<>(node.propertyNames());
				names.sort(KEY_ORDER);
				for (String name : names) {
					g.writeName(checked(name));
					write(node.get(name), g);
				}
				g.writeEndObject();
			}
			case ARRAY -> {
				g.writeStartArray();
				for (JsonNode item : node) {
					write(item, g);
				}
				g.writeEndArray();
			}
			case STRING -> g.writeString(checked(node.stringValue()));
			case NUMBER -> {
				if (!node.isIntegralNumber() || !node.canConvertToLong()) {
					throw new IllegalArgumentException("规范 JSON 只允许 64 位整数：" + node);
				}
				g.writeNumber(node.longValue());
			}
			case BOOLEAN -> g.writeBoolean(node.booleanValue());
			case NULL -> g.writeNull();
			default -> throw new IllegalArgumentException("规范 JSON 不允许 " + node.getNodeType());
		}
	}

	/** A lone surrogate has no UTF-8 form: it would be hashed as '?' here and fail elsewhere. */
	private static String checked(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				throw new IllegalArgumentException("文本中有无效的 Unicode 字符（单独的代理项）");
			}
		}
		return s;
	}

	private static int compareCodePoints(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int ca = a.codePointAt(i);
			int cb = b.codePointAt(j);
			if (ca != cb) {
				return Integer.compare(ca, cb);
			}
			i += Character.charCount(ca);
			j += Character.charCount(cb);
		}
		return Boolean.compare(i < a.length(), j < b.length());
	}
}
