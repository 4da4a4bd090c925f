package org.zhili.routing.internal;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Role;
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
			a = new Actor(null, NAME, Set.of(Role.DISPATCHER), units.district().scope());
			actor = a;
		}
		return a;
	}
}
