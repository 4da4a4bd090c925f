package org.zhili.identity.internal;

import java.time.Instant;
import java.util.List;

import org.zhili.identity.OrgUnitDirectory;
import org.zhili.identity.PersonalData;
import org.zhili.identity.Role;

/**
 * An account as administrators see it: personal fields masked, the secret parts absent.
 */
record AccountView(long id, String username, String displayName, String phone, List<RoleView> roles, ScopeView scope,
		boolean enabled, Instant lockedUntil, boolean totpEnabled, boolean mustChangePassword, Instant lastLoginAt,
		Instant passwordChangedAt, Instant createdAt, boolean demo, int version) {

	record RoleView(String code, String label) {
	}

	record ScopeView(String unitCode, String unitName, boolean includeChildren) {
	}

	static AccountView of(Account a, OrgUnitDirectory units, Instant now) {
		String unitName = units.findScope(a.scopeUnitCode()).map(OrgUnitDirectory.ScopeUnit::name).orElse(a.scopeUnitCode());
		return new AccountView(a.id(), a.username(), PersonalData.name(a.displayName()), PersonalData.phone(a.phone()),
				a.roles().stream().sorted().map(r -> new RoleView(r.name(), r.label())).toList(),
				new ScopeView(a.scopeUnitCode(), unitName, a.scopeIncludeChildren()), a.enabled(),
				a.lockedAt(now) ? a.lockedUntil() : null, a.totpEnabled(), a.mustChangePassword(), a.lastLoginAt(),
				a.passwordChangedAt(), a.createdAt(), a.demo(), a.version());
	}

	public boolean locked() {
		return lockedUntil != null;
	}

	public boolean hasRole(Role role) {
		return roles.stream().anyMatch(r -> r.code().equals(role.name()));
	}
}
