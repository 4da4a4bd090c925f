package org.zhili.routing.internal;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.DataScope;
import org.zhili.identity.Role;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;

/** zhili's routing acting on its own: a command-centre dispatcher (and intake, for proactive cases) of the whole district. */
@Component
class SystemActor {

	static final String NAME = "system:routing";

	private final OrgUnits units;
	private volatile Actor actor;

	SystemActor(OrgUnits units) {
		this.units = units;
	}

	Actor get() {
		Actor a = actor;
		if (a == null) {
			OrgUnit district = units.district();
			a = new Actor(null, NAME, Set.of(Role.DISPATCHER), new DataScope(district.code(), district.path(), true));
			actor = a;
		}
		return a;
	}
}
