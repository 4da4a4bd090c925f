package org.zhili.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security policy (zhili.security.*). The defaults follow common 等保 level-3 practice (domain rules DB-15);
 * every value can be changed per deployment.
 *
 * @param password password rules
 * @param lockout what happens after repeated failed sign-ins
 * @param idleTimeout a web session ends after this long without activity
 * @param totp second factor
 * @param tokenLifetime how long a bearer token from {@code POST /api/v1/auth/token} is valid
 * @param fieldKey base64 AES-256 key for personal fields; empty: generated into the data directory
 * @param auditRetention audit rows younger than this are never purged (at least 180 days)
 */
@ConfigurationProperties("zhili.security")
record SecurityProperties(@DefaultValue Password password, @DefaultValue Lockout lockout,
		@DefaultValue("30m") Duration idleTimeout, @DefaultValue Totp totp, @DefaultValue("8h") Duration tokenLifetime,
		@DefaultValue("") String fieldKey, @DefaultValue("180d") Duration auditRetention) {

	static final Duration MINIMUM_AUDIT_RETENTION = Duration.ofDays(180);

	SecurityProperties {
		if (auditRetention.compareTo(MINIMUM_AUDIT_RETENTION) < 0) {
			throw new IllegalArgumentException("zhili.security.audit-retention must be at least 180 days (网络安全法 art. 21)");
		}
	}

	/**
	 * @param minLength fewest characters
	 * @param minCharacterClasses how many of: lower case, upper case, digits, other characters
	 * @param maxAge a password older than this must be changed at the next sign-in
	 * @param history a new password may not be any of this many passwords the account had before
	 */
	record Password(@DefaultValue("8") int minLength, @DefaultValue("3") int minCharacterClasses,
			@DefaultValue("90d") Duration maxAge, @DefaultValue("5") int history) {
	}

	/**
	 * @param maxFailures consecutive failed sign-ins that lock an account
	 * @param duration how long the lock lasts
	 */
	record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("30m") Duration duration) {
	}

	/**
	 * @param requiredForAdministrators the three administrators must use a second factor
	 * @param issuer the name authenticator apps show (application.yml: the district's name and 治理平台)
	 */
	record Totp(@DefaultValue("true") boolean requiredForAdministrators, @DefaultValue("治理平台") String issuer) {
	}
}
