package org.zhili.identity.internal;

import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security policy (zhili.security.*). The defaults follow common 等保 level-3 practice (domain rules DB-15);
 * every value can be changed per deployment.
 *
 * @param password password rules
 * @param lockout what happens after repeated failed sign-ins on one account
 * @param signInLimits how many failed sign-ins one network address may make
 * @param idleTimeout a web session ends after this long without activity
 * @param totp second factor
 * @param tokenLifetime how long a bearer token from {@code POST /api/v1/auth/token} is valid
 * @param fieldKey base64 AES-256 key for personal fields; empty: generated into the data directory
 * @param auditRetention audit rows younger than this are never purged (at least 180 days)
 */
@ConfigurationProperties("zhili.security")
record SecurityProperties(@DefaultValue Password password, @DefaultValue Lockout lockout,
		@DefaultValue SignInLimits signInLimits, @DefaultValue("30m") Duration idleTimeout, @DefaultValue Totp totp, @DefaultValue("8h") Duration tokenLifetime,
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
	record Password(@DefaultValue("12") int minLength, @DefaultValue("3") int minCharacterClasses,
			@DefaultValue("90d") Duration maxAge, @DefaultValue("5") int history) {
	}

	/**
	 * A temporary lock rather than a hard one: anybody who knows a user name can fail its sign-ins, so a lock must
	 * not be a cheap way to keep an administrator out for long. Each further {@code maxFailures} consecutive
	 * failures lock again, for twice as long, up to {@code maxDuration}; a success or the security administrator's
	 * unlock starts over.
	 *
	 * @param maxFailures consecutive failed sign-ins that lock an account
	 * @param duration how long the first lock lasts
	 * @param maxDuration the longest a lock lasts
	 */
	record Lockout(@DefaultValue("10") int maxFailures, @DefaultValue("5m") Duration duration,
			@DefaultValue("1h") Duration maxDuration) {

		Lockout {
			if (maxFailures < 1 || duration.isNegative() || maxDuration.compareTo(duration) < 0) {
				throw new IllegalArgumentException(
						"zhili.security.lockout: max-failures at least 1, max-duration at least duration");
			}
		}

		/** How long to lock after this many consecutive failures; empty when they do not lock. */
		Optional<Duration> lockAfter(int failures) {
			if (failures < maxFailures || failures % maxFailures != 0) {
				return Optional.empty();
			}
			int doublings = Math.min(failures / maxFailures - 1, 30);
			Duration grown = duration.multipliedBy(1L << doublings);
			return Optional.of(grown.compareTo(maxDuration) > 0 ? maxDuration : grown);
		}
	}

	/**
	 * Failed sign-ins one network address may make within a sliding window (the login page and the token endpoint
	 * together); beyond that it is refused, right password or not, until the oldest failure leaves the window.
	 * Successful sign-ins do not count.
	 *
	 * @param perAddress failed sign-ins allowed per address within the window
	 * @param addressWindow the sliding window
	 */
	record SignInLimits(@DefaultValue("20") int perAddress, @DefaultValue("1m") Duration addressWindow) {
	}

	/**
	 * @param requiredForAdministrators the three administrators must use a second factor
	 * @param issuer the name authenticator apps show (application.yml: the district's name and 治理平台)
	 */
	record Totp(@DefaultValue("true") boolean requiredForAdministrators, @DefaultValue("治理平台") String issuer) {
	}
}
