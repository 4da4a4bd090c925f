package org.zhili.urban.internal.cases;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.org.District;
import org.zhili.platform.ApiProblem;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.Party;

/**
 * Who sees an urban case and who they are to it. The centre (值班长, 派遣员) and district-wide accounts see every
 * case; a 监督员 those in the areas they patrol and those they reported; a unit the cases dispatched to it and, for a
 * street, the cases in its street.
 */
@Component
class UrbanCaseAccess {

	private final District district;
	private final PatrolAreas areas;

	UrbanCaseAccess(District district, PatrolAreas areas) {
		this.district = district;
		this.areas = areas;
	}

	boolean seesAll(Actor reader) {
		return reader.has(Permission.URBAN_REGISTER) || reader.has(Permission.URBAN_DISPATCH)
				|| reader.scope().includeChildren() && reader.scope().unitPath().equals(district.path());
	}

	/** What a list may show the reader, as the store filters it. */
	UrbanCaseQueries.Visibility visibility(Actor reader) {
		if (seesAll(reader)) {
			return UrbanCaseQueries.Visibility.ALL;
		}
		Set<String> patrol = reader.has(Permission.URBAN_REPORT) ? areas.of(reader) : Set.of();
		return new UrbanCaseQueries.Visibility(false, reader.username(), reader.scope().unitCode(), patrol);
	}

	boolean sees(UrbanCaseStore.Row r, Actor reader) {
		if (seesAll(reader)) {
			return true;
		}
		String unit = reader.scope().unitCode();
		return reader.username().equals(r.reportedBy()) || unit.equals(r.handlerCode()) || unit.equals(r.streetCode())
				|| reader.has(Permission.URBAN_REPORT) && patrols(reader, r);
	}

	boolean patrols(Actor actor, UrbanCaseStore.Row r) {
		return PatrolAreas.covers(areas.of(actor), r.gridCode(), r.communityCode(), r.streetCode());
	}

	/** The row, if there is one and the reader may see it: 404 either way. */
	UrbanCaseStore.Row visible(Optional<UrbanCaseStore.Row> row, Actor reader) {
		return row.filter(r -> sees(r, reader)).orElseThrow(UrbanCaseAccess::notFound);
	}

	Set<Party> parties(UrbanCaseStore.Row r, Actor actor) {
		Set<Party> parties = EnumSet.noneOf(Party.class);
		if (actor.has(Permission.URBAN_REPORT) && patrols(actor, r)) {
			parties.add(Party.PATROLLER);
		}
		if (actor.has(Permission.URBAN_REGISTER)) {
			parties.add(Party.CHIEF);
		}
		if (actor.has(Permission.URBAN_DISPATCH)) {
			parties.add(Party.DISPATCHER);
		}
		if (actor.has(Permission.URBAN_HANDLE) && actor.scope().unitCode().equals(r.handlerCode())) {
			parties.add(Party.HANDLER);
		}
		return parties;
	}

	static ApiProblem notFound() {
		return ApiProblem.notFound("urban_case_not_found", "没有这个案卷");
	}
}
