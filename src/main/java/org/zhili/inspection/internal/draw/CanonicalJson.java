package org.zhili.inspection.internal.draw;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way draw data is written as JSON, so that its hash is the same in every language
 * (docs/guide/inspection-draw.md gives the rules, {@code verify_draw.py} writes it the same way): UTF-8, no
 * whitespace, object keys sorted by Unicode code point, integers only (ratios travel as strings), strings with
 * only {@code "} {@code \} and U+0000–U+001F escaped ({@code \b \t \n \f \r}, otherwise {@code \}{@code u00XX}
 * upper-case), everything else as is.
 * <p>
 * The codecs stream their records straight into the generator, writing each object's keys in that order
 * themselves (a 100,000-subject draw is 11 MB: no tree, no string when only its hash is wanted); the tests check
 * their output against a generic canonicaliser.
 */
final class CanonicalJson {

	// The escaping rules are pinned here rather than left to Jackson's defaults.
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(JsonWriteFeature.ESCAPE_NON_ASCII, JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
		.enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private CanonicalJson() {
	}

	static String write(Consumer<JsonGenerator> writer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(writer, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Lower-case hex SHA-256 of what the writer writes, without holding it in memory. */
	static String sha256Hex(Consumer<JsonGenerator> writer) {
		MessageDigest sha256 = sha256();
		write(writer, new DigestOutputStream(OutputStream.nullOutputStream(), sha256));
		return HexFormat.of().formatHex(sha256.digest());
	}

	static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(sha256().digest(bytes));
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

	/**
	 * Text as it may be written: a lone surrogate has no UTF-8 form (Jackson would escape it, Python could not
	 * encode it), so it is refused.
	 */
	static String checked(String s) {
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

	private static void write(Consumer<JsonGenerator> writer, OutputStream out) {
		try (JsonGenerator g = MAPPER.createGenerator(out)) {
			writer.accept(g);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
