package org.zhili.petitions.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.org.District;
import org.zhili.petitions.internal.PetitionWorkflow.Party;
import org.zhili.platform.ApiProblem;

/**
 * Who sees a petition and who they are to it. The 信访部门 and district-wide accounts see every petition; a unit sees
 * what it handles and, once routed, what lies in its street — except a 检举控告, which only the office, district-wide
 * readers and the unit handling it see. Whatever accuses a unit is never shown to anyone of it (条例 arts. 30,
 * 46(5)), whatever else they hold: 404, as if it did not exist.
 */
@Component
class PetitionAccess {

	private final District district;
	private final PetitionRules rules;

	PetitionAccess(District district, PetitionRules rules) {
		this.district = district;
		this.rules = rules;
	}

	boolean seesAll(Actor reader) {
		return reader.scope().includeChildren() && reader.scope().unitPath().equals(district.path())
				|| reader.has(Permission.PETITION_REGISTER) && rules.office().equals(reader.scope().unitCode());
	}

	PetitionStore.Visibility visibility(Actor reader) {
		return new PetitionStore.Visibility(seesAll(reader), reader.scope().unitCode(), reader.scope().unitPath());
	}

	/** Whether the reader belongs to the accused unit (or a unit within it). */
	static boolean accused(PetitionStore.Row r, Actor reader) {
		return r.accusedUnitPath() != null && reader.scope().unitPath().startsWith(r.accusedUnitPath());
	}

	boolean sees(PetitionStore.Row r, Actor reader) {
		if (accused(r, reader)) {
			return false;
		}
		String unit = reader.scope().unitCode();
		return seesAll(reader) || unit.equals(r.handlingUnit())
				|| r.route() != null && !r.accusation() && unit.equals(r.streetCode());
	}

	PetitionStore.Row visible(Optional<PetitionStore.Row> row, Actor reader) {
		return row.filter(r -> sees(r, reader)).orElseThrow(PetitionAccess::notFound);
	}

	Set<Party> parties(PetitionStore.Row r, Actor actor) {
		Set<Party> parties = EnumSet.noneOf(Party.class);
		String unit = actor.scope().unitCode();
		if (actor.has(Permission.PETITION_REGISTER) && rules.office().equals(unit)) {
			parties.add(Party.OFFICE);
		}
		if (actor.has(Permission.PETITION_HANDLE) && unit.equals(r.handlingUnit())) {
			parties.add(Party.UNIT);
		}
		String reviewer = r.reviewRound() >= 1 ? rules.reReviewUnit() : rules.reviewUnit();
		if (actor.has(Permission.PETITION_REGISTER) && reviewer.equals(unit)) {
			parties.add(Party.REVIEWER);
		}
		if (actor.has(Permission.PETITION_LEAD) && (r.leadUsername() == null || r.leadUsername().equals(actor.username()))) {
			parties.add(Party.LEADER);
		}
		return parties;
	}

	static ApiProblem notFound() {
		return ApiProblem.notFound("petition_not_found", "没有这个信访件");
	}
}
