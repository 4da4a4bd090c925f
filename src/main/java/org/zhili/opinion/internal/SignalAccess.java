package org.zhili.opinion.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;

/**
 * Who sees a signal and who acts on it: the analysts (OPINION_TRIAGE) and the district's offices see all; a street or
 * department sees the signals about it or sent to it to verify, and verifies those sent to it.
 */
@Component
class SignalAccess {

	private final OrgUnits units;

	SignalAccess(OrgUnits units) {
		this.units = units;
	}

	SignalStore.Visibility visibility(Actor actor) {
		if (actor.has(Permission.OPINION_TRIAGE) || units.district().code().equals(actor.scope().unitCode())) {
			return SignalStore.Visibility.ALL;
		}
		return new SignalStore.Visibility(actor.scope().unitCode());
	}

	boolean maySee(Actor actor, SignalStore.Row row) {
		String unit = visibility(actor).unitCode();
		return unit == null || unit.equals(row.streetCode()) || unit.equals(row.unitCode()) || unit.equals(row.verifyUnit());
	}

	/** The row, or 404 — also for a signal the reader may not see, which must not learn that it exists. */
	SignalStore.Row visible(Actor actor, java.util.Optional<SignalStore.Row> row) {
		return row.filter(r -> maySee(actor, r))
			.orElseThrow(() -> ApiProblem.notFound("signal_not_found", "舆情不存在"));
	}

	Set<SignalWorkflow.Party> parties(Actor actor, SignalStore.Row row) {
		Set<SignalWorkflow.Party> parties = EnumSet.noneOf(SignalWorkflow.Party.class);
		if (actor.has(Permission.OPINION_TRIAGE)) {
			parties.add(SignalWorkflow.Party.ANALYST);
		}
		if (actor.has(Permission.OPINION_VIEW) && row.verifyUnit() != null
				&& row.verifyUnit().equals(actor.scope().unitCode())) {
			parties.add(SignalWorkflow.Party.VERIFIER);
		}
		return parties;
	}
}
