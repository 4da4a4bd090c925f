package org.zhili.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The {@code Idempotency-Key} of a creating request (DESIGN.md §6): the same key from the same caller performs
 * the request once; a retry gets the first outcome again, the same key with another request is refused (422).
 * The platform's filter remembers whole answers for most endpoints. An endpoint that keeps its keys itself, in
 * the transaction that writes what the request creates, declares an {@link Endpoint}; the filter leaves it alone.
 */
public final class IdempotencyKey {

	public static final String HEADER = "Idempotency-Key";

	/** Marks an answer given again for a retried request. */
	public static final String REPLAYED_HEADER = "Idempotent-Replayed";

	/** How long a key is remembered. */
	public static final Duration RETENTION = Duration.ofHours(24);

	/** An endpoint that keeps its own keys, e.g. {@code POST /api/v1/cases}. */
	public record Endpoint(String method, String path) {
	}

	private IdempotencyKey() {
	}

	/**
	 * The key as sent, or {@code null} when none was.
	 *
	 * @throws ApiProblem 400 when it is not 1–200 visible ASCII characters
	 */
	public static String checked(String key) {
		if (key == null) {
			return null;
		}
		if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
			throw ApiProblem.badInput(HEADER, "invalid_idempotency_key", "Idempotency-Key 须为 1–200 个可见 ASCII 字符");
		}
		return key;
	}

	/** The refusal of a key already used for a different request. */
	public static ApiProblem reused() {
		return ApiProblem.unprocessable("idempotency_key_reused", "该 Idempotency-Key 已用于另一个不同的请求", null);
	}

	/** A fingerprint of a request, to tell a retry from another request under the same key. */
	public static String fingerprint(String head, byte[] body) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(head.getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) '\n');
			sha256.update(body);
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
