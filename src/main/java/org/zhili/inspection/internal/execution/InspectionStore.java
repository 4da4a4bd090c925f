package org.zhili.inspection.internal.execution;

import org.zhili.inspection.internal.Result;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Inspections in {@code inspection.inspection}. */
@Repository
class InspectionStore {

	/** A row as stored; names are resolved by {@link Inspections}. */
	record Row(long id, long taskId, long drawId, long subjectId, int pickOrder, List<Long> inspectorIds,
			InspectionWorkflow.State state, Result result, String findings, List<Inspection.Check> checklist,
			boolean majorDecision, String recordedBy, Instant recordedAt, String confirmedBy, Instant completedAt,
			String legalOpinion, LocalDate publishDue, Instant publishedAt) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	InspectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> insert(long taskId, long drawId, List<Seating> assignments) {
		List<Long> ids = new ArrayList<>();
		for (Seating a : assignments) {
			ids.add(jdbc.sql("""
					insert into inspection.inspection (task_id, draw_id, subject_id, pick_order, inspector_ids, state)
					values (:task, :draw, :subject, :order, :inspectors, 'ASSIGNED') returning id""")
				.param("task", taskId).param("draw", drawId).param("subject", a.subjectId()).param("order", a.pickOrder())
				.param("inspectors", a.inspectorIds().toArray(Long[]::new)).query(Long.class).single());
		}
		return ids;
	}

	/** Removes a superseded draw's inspections; false (nothing removed) when any of them was already recorded. */
	boolean removeUnstarted(long drawId) {
		Integer started = jdbc.sql("select count(*) from inspection.inspection where draw_id = :draw and state <> 'ASSIGNED'")
			.param("draw", drawId).query(Integer.class).single();
		if (started > 0) {
			return false;
		}
		jdbc.sql("delete from inspection.inspection where draw_id = :draw").param("draw", drawId).update();
		return true;
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select * from inspection.inspection where id = :id").param("id", id).query(InspectionStore::row).optional();
	}

	Optional<Row> lock(long id) {
		return jdbc.sql("select * from inspection.inspection where id = :id for update").param("id", id)
			.query(InspectionStore::row).optional();
	}

	List<Row> ofTask(long taskId) {
		return jdbc.sql("select * from inspection.inspection where task_id = :task order by draw_id, pick_order")
			.param("task", taskId).query(InspectionStore::row).list();
	}

	List<Row> ofSubject(long subjectId) {
		return jdbc.sql("select * from inspection.inspection where subject_id = :s order by id desc").param("s", subjectId)
			.query(InspectionStore::row).list();
	}

	/** An inspector's inspections not yet completed, then the latest completed ones. */
	List<Row> ofInspector(long inspectorId, int limit) {
		return jdbc.sql("""
				select * from inspection.inspection where :inspector = any (inspector_ids)
				order by (state in ('ASSIGNED', 'RECORDED', 'LEGAL_REVIEW')) desc, id desc limit :limit""")
			.param("inspector", inspectorId).param("limit", limit).query(InspectionStore::row).list();
	}

	List<Row> inState(InspectionWorkflow.State state, Collection<String> departments, int limit) {
		return jdbc.sql("""
				select i.* from inspection.inspection i join inspection.task t on t.id = i.task_id
				where i.state = :state and (cardinality(cast(:depts as varchar[])) = 0 or t.lead_department = any (:depts))
				order by i.id limit :limit""")
			.param("state", state.name()).param("depts", departments.toArray(String[]::new)).param("limit", limit)
			.query(InspectionStore::row).list();
	}

	/** Published results, newest first, optionally of one department and year. */
	List<Row> published(String department, Integer year, int limit) {
		return jdbc.sql("""
				select i.* from inspection.inspection i join inspection.task t on t.id = i.task_id
				join inspection.plan p on p.id = t.plan_id
				where i.state = 'PUBLISHED' and (cast(:dept as varchar) is null or t.lead_department = :dept)
				  and (cast(:year as int) is null or p.year = :year)
				order by i.published_at desc, i.id desc limit :limit""")
			.param("dept", department).param("year", year).param("limit", limit).query(InspectionStore::row).list();
	}

	/** The inspectors of each subject's latest inspection (withdrawal rule: not the same inspector twice in a row). */
	Map<Long, List<Long>> lastInspectors(Collection<Long> subjectIds) {
		Map<Long, List<Long>> last = new HashMap<>();
		if (subjectIds.isEmpty()) {
			return last;
		}
		jdbc.sql("""
				select distinct on (subject_id) subject_id, inspector_ids from inspection.inspection
				where subject_id = any (:subjects) order by subject_id, id desc""")
			.param("subjects", subjectIds.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				last.put(rs.getLong("subject_id"), Arrays.asList((Long[]) rs.getArray("inspector_ids").getArray()));
			});
		return last;
	}

	void recorded(long id, InspectionWorkflow.State state, Result result, String findings, List<Inspection.Check> checklist,
			boolean major, String by, Instant at) {
		jdbc.sql("""
				update inspection.inspection set state = :state, result = :result, findings = :findings,
				  checklist = cast(:checklist as jsonb), major_decision = :major, recorded_by = :by, recorded_at = :at,
				  confirmed_by = null, version = version + 1
				where id = :id""")
			.param("id", id).param("state", state.name()).param("result", result.name()).param("findings", findings)
			.param("checklist", JSON.writeValueAsString(checklist)).param("major", major).param("by", by)
			.param("at", Timestamp.from(at)).update();
	}

	void moved(long id, InspectionWorkflow.State state) {
		jdbc.sql("update inspection.inspection set state = :state, version = version + 1 where id = :id")
			.param("id", id).param("state", state.name()).update();
	}

	void confirmed(long id, InspectionWorkflow.State state, String by) {
		jdbc.sql("update inspection.inspection set state = :state, confirmed_by = :by, version = version + 1 where id = :id")
			.param("id", id).param("state", state.name()).param("by", by).update();
	}

	void reviewed(long id, InspectionWorkflow.State state, String opinion) {
		jdbc.sql("update inspection.inspection set state = :state, legal_opinion = :opinion, version = version + 1 where id = :id")
			.param("id", id).param("state", state.name()).param("opinion", opinion).update();
	}

	void completed(long id, Instant at, LocalDate publishDue) {
		jdbc.sql("""
				update inspection.inspection set state = 'COMPLETED', completed_at = :at, publish_due = :due, version = version + 1
				where id = :id""")
			.param("id", id).param("at", Timestamp.from(at)).param("due", publishDue).update();
	}

	void publishDueMoved(long id, LocalDate due) {
		jdbc.sql("update inspection.inspection set publish_due = :due where id = :id").param("id", id).param("due", due).update();
	}

	void published(long id, Instant at) {
		jdbc.sql("update inspection.inspection set state = 'PUBLISHED', published_at = :at, version = version + 1 where id = :id")
			.param("id", id).param("at", Timestamp.from(at)).update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String result = rs.getString("result");
		Timestamp recordedAt = rs.getTimestamp("recorded_at");
		Timestamp completedAt = rs.getTimestamp("completed_at");
		Timestamp publishedAt = rs.getTimestamp("published_at");
		return new Row(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("draw_id"), rs.getLong("subject_id"),
				rs.getInt("pick_order"), Arrays.asList((Long[]) rs.getArray("inspector_ids").getArray()),
				InspectionWorkflow.State.valueOf(rs.getString("state")), result == null ? null : Result.valueOf(result),
				rs.getString("findings"),
				JSON.readValue(rs.getString("checklist"), new TypeReference<List<Inspection.Check>>() {
				}), rs.getBoolean("major_decision"), rs.getString("recorded_by"),
				recordedAt == null ? null : recordedAt.toInstant(), rs.getString("confirmed_by"),
				completedAt == null ? null : completedAt.toInstant(), rs.getString("legal_opinion"),
				rs.getObject("publish_due", LocalDate.class), publishedAt == null ? null : publishedAt.toInstant());
	}
}
