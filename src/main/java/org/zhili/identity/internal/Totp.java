package org.zhili.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/** RFC 6238 one-time codes: 6 digits, 30-second steps, HMAC-SHA1 — what every authenticator app speaks. */
final class Totp {

	private static final Duration STEP = Duration.ofSeconds(30);
	/** Codes from one step before or after are accepted, for clocks that drift. */
	private static final int WINDOW = 1;

	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);

	static String newSecret() {
		byte[] bytes = new byte[20];
		new SecureRandom().nextBytes(bytes);
		return new Base32().encodeToString(bytes).replace("=", "");
	}

	static long step(Instant time) {
		return time.getEpochSecond() / STEP.getSeconds();
	}

	/** The code an authenticator shows at {@code time}. */
	String code(String secret, Instant time) {
		try {
			return "%06d".formatted(generator.generateOneTimePassword(key(secret), time));
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException("unusable second-factor secret", e);
		}
	}

	/** The time step {@code code} belongs to, if it is valid around {@code now}. */
	OptionalLong matchingStep(String secret, String code, Instant now) {
		if (code == null || !code.strip().matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		for (int offset = -WINDOW; offset <= WINDOW; offset++) {
			Instant at = now.plus(STEP.multipliedBy(offset));
			if (code(secret, at).equals(code.strip())) {
				return OptionalLong.of(step(at));
			}
		}
		return OptionalLong.empty();
	}

	/** The {@code otpauth://} address an authenticator app reads from the enrolment QR code. */
	static String uri(String issuer, String username, String secret) {
		String label = encode(issuer) + ":" + encode(username);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	private static SecretKeySpec key(String secret) {
		return new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
