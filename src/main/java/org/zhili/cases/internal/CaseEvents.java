package org.zhili.cases.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseState;
import org.zhili.cases.Light;

/** The timeline: one row per step of a case, never changed. */
@Repository
class CaseEvents {

	/** One step as recorded. */
	record Event(long id, long caseId, int round, CaseAction action, CaseState fromState, CaseState toState, String actor,
			String actorUnit, String unitCode, Instant occurredAt, String note, Light light, String detail) {
	}

	private final JdbcClient jdbc;

	CaseEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long append(long caseId, int round, CaseAction action, CaseState from, CaseState to, String actor, String actorUnit,
			String unitCode, Instant at, String note, Light light, String detailJson) {
		return jdbc.sql("""
				insert into cases.case_event (case_id, round, action, from_state, to_state, actor, actor_unit, unit_code,
				  occurred_at, note, deadline_state, detail)
				values (:case, :round, :action, :from, :to, :actor, :actorUnit, :unit, :at, :note, :light,
				  cast(:detail as jsonb))
				returning id""")
			.param("case", caseId)
			.param("round", round)
			.param("action", action.name())
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("actor", actor)
			.param("actorUnit", actorUnit)
			.param("unit", unitCode)
			.param("at", CaseRepository.timestamp(at))
			.param("note", note)
			.param("light", light.name())
			.param("detail", detailJson)
			.query(Long.class)
			.single();
	}

	/** Appends a step and returns it as recorded. */
	Event record(long caseId, int round, CaseAction action, CaseState from, CaseState to, String actor,
			String actorUnit, String unitCode, Instant at, String note, Light light, String detailJson) {
		long id = append(caseId, round, action, from, to, actor, actorUnit, unitCode, at, note, light, detailJson);
		return new Event(id, caseId, round, action, from, to, actor, actorUnit, unitCode, at, note, light, detailJson);
	}

	List<Event> of(long caseId) {
		return jdbc.sql("select * from cases.case_event where case_id = :id order by id").param("id", caseId)
			.query((rs, n) -> new Event(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("round"),
					CaseAction.valueOf(rs.getString("action")),
					rs.getString("from_state") == null ? null : CaseState.valueOf(rs.getString("from_state")),
					CaseState.valueOf(rs.getString("to_state")), rs.getString("actor"), rs.getString("actor_unit"),
					rs.getString("unit_code"), CaseRepository.instant(rs, "occurred_at"), rs.getString("note"),
					Light.valueOf(rs.getString("deadline_state")), rs.getString("detail")))
			.list();
	}
}
