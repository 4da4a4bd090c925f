package org.zhili.disputes.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.disputes.internal.DisputeWorkflow.Party;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.org.District;
import org.zhili.platform.ApiProblem;

/**
 * Who sees a dispute and who they are to it. District-wide accounts (leaders, the supervision office), the district
 * centre and the configured readers (信访办, 政法委) see all; a street (its centre, its officials) sees the disputes
 * of its street and those its centre mediates.
 */
@Component
class DisputeAccess {

	private final District district;
	private final DisputeRules rules;
	private final DisputeStore store;

	DisputeAccess(District district, DisputeRules rules, DisputeStore store) {
		this.district = district;
		this.rules = rules;
		this.store = store;
	}

	boolean seesAll(Actor reader) {
		String unit = reader.scope().unitCode();
		return reader.scope().includeChildren() && reader.scope().unitPath().equals(district.path())
				|| rules.districtCentre().equals(unit) || rules.districtReaders().contains(unit);
	}

	DisputeStore.Visibility visibility(Actor reader) {
		return new DisputeStore.Visibility(seesAll(reader), reader.scope().unitCode());
	}

	boolean sees(DisputeStore.Row r, Actor reader) {
		String unit = reader.scope().unitCode();
		return seesAll(reader) || unit.equals(r.centreCode()) || unit.equals(r.streetCode());
	}

	/** The row, if there is one and the reader may see it: 404 either way, so a hidden one is not betrayed. */
	DisputeStore.Row visible(Optional<DisputeStore.Row> row, Actor reader) {
		return row.filter(r -> sees(r, reader)).orElseThrow(DisputeAccess::notFound);
	}

	/** A mediator of the dispute's centre acts for the centre; one named on the dispute is its mediator. */
	Set<Party> parties(DisputeStore.Row r, Actor actor) {
		Set<Party> parties = EnumSet.noneOf(Party.class);
		if (!actor.has(Permission.DISPUTE_MEDIATE)) {
			return parties;
		}
		if (mediatesAt(actor, r.centreCode())) {
			parties.add(Party.CENTRE);
		}
		List<DisputeStore.MediatorRow> mediators = store.mediators(r.id());
		if (mediators.stream().anyMatch(m -> m.username().equals(actor.username()))) {
			parties.add(Party.MEDIATOR);
		}
		return parties;
	}

	/** Whether the actor is a mediator of this centre. */
	boolean mediatesAt(Actor actor, String centreCode) {
		return actor.has(Permission.DISPUTE_MEDIATE) && centreCode.equals(actor.scope().unitCode());
	}

	static ApiProblem notFound() {
		return ApiProblem.notFound("dispute_not_found", "没有这个纠纷");
	}
}
