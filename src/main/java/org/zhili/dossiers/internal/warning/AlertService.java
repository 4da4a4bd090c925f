package org.zhili.dossiers.internal.warning;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.dossiers.Alert;
import org.zhili.identity.Actor;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;

/**
 * The alerts as their readers see them: a street's (or a community's) staff see their street's; district offices
 * without a street of their own (信访办, leaders) watch the whole district. A street acknowledges and handles its own.
 */
@Service
public class AlertService {

	/** What the alerts page shows above the list. */
	public record Overview(List<Alert> alerts, long total, long followedByPetition, Double meanLeadDays) {
	}

	private final AlertStore store;
	private final OrgUnits units;
	private final Clock clock;

	AlertService(AlertStore store, OrgUnits units, Clock clock) {
		this.store = store;
		this.units = units;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Overview overview(Actor reader, int limit) {
		Set<String> streets = streets(reader);
		AlertStore.Figures figures = store.figures(streets);
		return new Overview(store.list(streets, limit), figures.alerts(), figures.followedByPetition(),
				figures.meanLeadDays());
	}

	@Transactional(readOnly = true)
	public Alert get(long id, Actor reader) {
		Alert alert = store.find(id).orElseThrow(() -> ApiProblem.notFound("alert.not-found", "预警不存在"));
		Set<String> streets = streets(reader);
		if (streets != null && !streets.contains(alert.streetCode())) {
			throw ApiProblem.notFound("alert.not-found", "预警不存在");
		}
		return alert;
	}

	/** 签收: the street has seen it. */
	@Transactional
	public Alert acknowledge(long id, Actor actor) {
		ownStreet(id, actor);
		if (!store.move(id, List.of(AlertState.OPEN.name()), AlertState.ACKNOWLEDGED.name(), actor.username(),
				clock.instant(), null)) {
			throw ApiProblem.conflict("alert.state", "预警已签收或已处置");
		}
		return get(id, actor);
	}

	/** 处置: what the street did about it. */
	@Transactional
	public Alert handle(long id, String note, Actor actor) {
		ownStreet(id, actor);
		if (note == null || note.isBlank()) {
			throw ApiProblem.badInput("note", "note.missing", "请填写处置情况");
		}
		if (note.strip().length() > 500) {
			throw ApiProblem.badInput("note", "note.too-long", "处置情况最多 500 字");
		}
		if (!store.move(id, List.of(AlertState.OPEN.name(), AlertState.ACKNOWLEDGED.name()), AlertState.HANDLED.name(),
				actor.username(), clock.instant(), note.strip())) {
			throw ApiProblem.conflict("alert.state", "预警已处置");
		}
		return get(id, actor);
	}

	/** Only the alert's street (its staff, at the street or below) acts on it. */
	private void ownStreet(long id, Actor actor) {
		Alert alert = get(id, actor);
		if (alert.streetCode() == null || !actor.scope().isAncestorOrSelf(path(alert.streetCode()))) {
			throw ApiProblem.forbidden("alert.not-yours", "只有预警所在街道可以签收、处置");
		}
	}

	private String path(String unitCode) {
		return units.find(unitCode).map(OrgUnit::path).orElse("//");
	}

	/** The streets the reader watches, or {@code null} for all (a district office without a street). */
	Set<String> streets(Actor reader) {
		Set<String> covered = units.streets()
			.stream()
			.filter(s -> reader.scope().covers(s.path()) || reader.scope().isAncestorOrSelf(s.path()))
			.map(OrgUnit::code)
			.collect(Collectors.toSet());
		if (covered.isEmpty() || covered.size() == units.streets().size()) {
			return null;
		}
		return covered;
	}
}
