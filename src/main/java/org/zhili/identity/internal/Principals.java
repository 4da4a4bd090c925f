package org.zhili.identity.internal;

import java.time.Clock;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.DataScope;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.identity.Role;

/** Builds the principal for an account or API key, resolving its scope unit to a path in the org tree. */
@Component
class Principals {

	private final OrgUnitDirectory units;
	private final SecurityProperties properties;
	private final Clock clock;

	Principals(OrgUnitDirectory units, SecurityProperties properties, Clock clock) {
		this.units = units;
		this.properties = properties;
		this.clock = clock;
	}

	AccountPrincipal of(Account account) {
		Actor actor = new Actor(account.id(), account.username(), account.roles(),
				scope(account.scopeUnitCode(), account.scopeIncludeChildren()));
		return new AccountPrincipal(actor, account.displayName(), account.version(), obligation(account));
	}

	AccountPrincipal ofApiKey(String name, Set<Role> roles, String scopeUnitCode, boolean includeChildren) {
		Actor actor = new Actor(null, "apikey:" + name, roles, scope(scopeUnitCode, includeChildren));
		return new AccountPrincipal(actor, name, 0, null);
	}

	AccountPrincipal.Obligation obligation(Account account) {
		if (account.mustChangePassword() || account.passwordExpiredAt(clock.instant(), properties.password().maxAge())) {
			return AccountPrincipal.Obligation.CHANGE_PASSWORD;
		}
		if (account.administrator() && properties.totp().requiredForAdministrators() && !account.totpEnabled()) {
			return AccountPrincipal.Obligation.ENROL_SECOND_FACTOR;
		}
		return null;
	}

	private DataScope scope(String unitCode, boolean includeChildren) {
		OrgUnitDirectory.ScopeUnit unit = units.findScope(unitCode)
			.filter(OrgUnitDirectory.ScopeUnit::active)
			.orElseThrow(() -> new SignInFailure(SignInFailure.Reason.SCOPE_UNAVAILABLE,
					"账号的数据范围单位 " + unitCode + " 不存在或已撤销，请联系安全管理员", null));
		return new DataScope(unit.code(), unit.path(), includeChildren);
	}
}
