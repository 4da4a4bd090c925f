package org.zhili.inspection.internal.rectification;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.inspection.internal.DistrictWide;
import org.zhili.inspection.internal.rectification.RectificationWorkflow.Party;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;

/**
 * Who sees a rectification and who they are to it. The supervision office and district-wide accounts see all; a
 * unit what it rectifies or oversees; a street (or community) what lies in it; a campaign's team what it found.
 */
@Component
class RectificationAccess {

	private final DistrictWide districtWide;
	private final OrgUnits units;
	private final List<RectificationSources> sources;

	RectificationAccess(DistrictWide districtWide, OrgUnits units, List<RectificationSources> sources) {
		this.districtWide = districtWide;
		this.units = units;
		this.sources = sources;
	}

	RectificationStore.Visibility visibility(Actor reader) {
		return new RectificationStore.Visibility(seesAll(reader), reader.scope().unitCode(), reader.scope().pathPattern());
	}

	/** The row, if there is one and the reader may see it: 404 either way, so a hidden one is not betrayed. */
	RectificationStore.Row visible(Optional<RectificationStore.Row> row, Actor reader) {
		return row.filter(r -> sees(r, reader)).orElseThrow(RectificationAccess::notFound);
	}

	boolean sees(RectificationStore.Row r, Actor reader) {
		return seesAll(reader) || r.unitCode().equals(reader.scope().unitCode())
				|| reader.scope().unitCode().equals(r.overseerUnit())
				|| r.placePath() != null && reader.scope().covers(r.placePath()) || oversees(r, reader);
	}

	Set<Party> parties(RectificationStore.Row r, Actor actor) {
		Set<Party> parties = EnumSet.noneOf(Party.class);
		if (actor.has(Permission.INSPECTION_RECTIFY) && r.unitCode().equals(actor.scope().unitCode())) {
			parties.add(Party.UNIT);
		}
		boolean checks = actor.has(Permission.INSPECTION_EXECUTE) || actor.has(Permission.INSPECTION_MANAGE)
				|| actor.has(Permission.INSPECTION_SUPERVISE);
		if (checks && sees(r, actor)) {
			parties.add(Party.CHECKER);
			if (!ofUnit(actor, r.unitCode()) && !actor.username().equals(r.reportedBy())) {
				parties.add(Party.INDEPENDENT_CHECKER);
			}
		}
		return parties;
	}

	/** Whether the actor belongs to the unit or to a unit below it (a community's grid worker to its street). */
	private boolean ofUnit(Actor actor, String unitCode) {
		if (unitCode.equals(actor.scope().unitCode())) {
			return true;
		}
		String path = units.find(unitCode).map(OrgUnit::path).orElse(null);
		return path != null && actor.scope().unitPath().startsWith(path);
	}

	private boolean seesAll(Actor reader) {
		return reader.has(Permission.INSPECTION_SUPERVISE) || districtWide.reads(reader);
	}

	private boolean oversees(RectificationStore.Row r, Actor actor) {
		return sources.stream().anyMatch(s -> s.loop().equals(r.sourceLoop()) && s.oversees(actor, r.sourceId()));
	}

	private static ApiProblem notFound() {
		return ApiProblem.notFound("rectification_not_found", "没有这个整改事项");
	}
}
