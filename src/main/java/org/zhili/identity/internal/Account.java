package org.zhili.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.zhili.identity.Role;

/** An account as stored, personal fields decrypted. */
record Account(long id, String username, String displayName, String phone, Set<Role> roles, String scopeUnitCode,
		boolean scopeIncludeChildren, String passwordHash, Instant passwordChangedAt, boolean mustChangePassword,
		int failedAttempts, Instant lockedUntil, String totpSecret, Long totpLastStep, boolean enabled, boolean demo,
		Instant createdAt, Instant lastLoginAt, int version) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public boolean administrator() {
		return roles.stream().anyMatch(Role::administrator);
	}

	public boolean totpEnabled() {
		return totpSecret != null;
	}

	/** Demo accounts keep their documented password; everyone else changes theirs on schedule. */
	public boolean passwordExpiredAt(Instant now, Duration maxAge) {
		return !demo && passwordChangedAt.plus(maxAge).isBefore(now);
	}
}
