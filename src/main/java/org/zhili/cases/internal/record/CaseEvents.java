package org.zhili.cases.internal.record;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseState;
import org.zhili.cases.Light;

/** The timeline: one row per step of a case, never changed. */
@Repository
public class CaseEvents {

	/** One step as recorded. */
	public record Event(long id, long caseId, int round, CaseAction action, CaseState fromState, CaseState toState, String actor,
			String actorUnit, String unitCode, Instant occurredAt, String note, Light light, String detail) {
	}

	private final JdbcClient jdbc;

	CaseEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends steps in one statement (the steps of one action, or the first step of each case registered together)
	 * and returns them as recorded. Their ids are drawn first; the ids the steps carry are ignored.
	 */
	public List<Event> recordAll(List<Event> steps) {
		if (steps.isEmpty()) {
			return List.of();
		}
		List<Long> ids = Sequences.next(jdbc, "cases.case_event_id_seq", steps.size());
		List<Event> recorded = new ArrayList<>(steps.size());
		List<Object[]> rows = new ArrayList<>(steps.size());
		for (int i = 0; i < steps.size(); i++) {
			Event e = steps.get(i);
			rows.add(new Object[] { ids.get(i), e.caseId(), e.round(), e.action().name(),
					e.fromState() == null ? null : e.fromState().name(), e.toState().name(), e.actor(), e.actorUnit(),
					e.unitCode(), CaseRepository.timestamp(e.occurredAt()), e.note(), e.light().name(),
					// Sent untyped, so that the server reads the text as the column's jsonb.
					new SqlParameterValue(Types.OTHER, e.detail()) });
			recorded.add(new Event(ids.get(i), e.caseId(), e.round(), e.action(), e.fromState(), e.toState(), e.actor(),
					e.actorUnit(), e.unitCode(), e.occurredAt(), e.note(), e.light(), e.detail()));
		}
		jdbc.sql("""
				insert into cases.case_event (id, case_id, round, action, from_state, to_state, actor, actor_unit, unit_code,
				  occurred_at, note, deadline_state, detail)
				overriding system value values :rows""")
			.param("rows", rows)
			.update();
		return recorded;
	}

	public List<Event> of(long caseId) {
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
