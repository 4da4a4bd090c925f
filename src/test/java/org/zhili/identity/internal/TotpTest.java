package org.zhili.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

	/** The SHA-1 seed of RFC 6238 appendix B, as authenticator apps receive it. */
	static final String RFC_SECRET = new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	final Totp totp = new Totp();

	@Test
	void producesTheRfc6238TestVectors() {
		// Appendix B gives 8-digit codes; authenticators show the last 6.
		assertThat(totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
		assertThat(totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
		assertThat(totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
	}

	@Test
	void acceptsTheNeighbouringStepButNotOlderOnes() {
		Instant now = Instant.ofEpochSecond(1234567890);
		String previous = totp.code(RFC_SECRET, now.minusSeconds(30));
		String old = totp.code(RFC_SECRET, now.minusSeconds(90));

		assertThat(totp.matchingStep(RFC_SECRET, previous, now)).hasValue(Totp.step(now) - 1);
		assertThat(totp.matchingStep(RFC_SECRET, old, now)).isEmpty();
		assertThat(totp.matchingStep(RFC_SECRET, "12a456", now)).isEmpty();
	}

	@Test
	void theEnrolmentAddressNamesIssuerAndAccount() {
		assertThat(Totp.uri("南开区治理平台", "secadmin", "ABC"))
			.startsWith("otpauth://totp/%E5%8D%97")
			.contains(":secadmin?secret=ABC&issuer=")
			.endsWith("&algorithm=SHA1&digits=6&period=30");
	}
}
