package org.zhili.inspection.internal.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.inspection.Rectifications.Order;
import org.zhili.inspection.Rectifications.Query;
import org.zhili.inspection.Rectifications.Severity;
import org.zhili.inspection.Rectifications.State;

/** The rectifications' rows ({@code inspection.rectification}); states are written only as the workflow names them. */
@Repository
class RectificationStore {

	record Row(long id, String sourceLoop, long sourceId, String sourceRef, String link, Long subjectId, String place,
			String streetCode, String placePath, String unitCode, String overseerUnit, String problem, Severity severity,
			LocalDate due, State state, int rounds, Instant openedAt, String openedBy, Instant reportedAt,
			String reportedBy, String reportNote, Instant recheckedAt, String recheckedBy, Boolean recheckPassed,
			Boolean recheckOnSite, String recheckNote, Instant closedAt) {

		boolean major() {
			return severity == Severity.MAJOR;
		}
	}

	/**
	 * Whom a list shows: everything, or what concerns a unit — it rectifies or oversees it — and what lies in a
	 * territory (a LIKE pattern over the place's org path), each {@code null} when it does not apply.
	 */
	record Visibility(boolean all, String unitCode, String pathPattern) {
	}

	private final JdbcClient jdbc;

	RectificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Order order, LocalDate due, String placePath, String overseerUnit, String by, Instant at) {
		return jdbc.sql("""
				insert into inspection.rectification (source_loop, source_id, source_ref, link, subject_id, place,
				    street_code, place_path, unit_code, overseer_unit, problem, severity, due, state, opened_at, opened_by)
				values (:loop, :sourceId, :ref, :link, :subject, :place, :street, :path, :unit, :overseer, :problem,
				    :severity, :due, :state, :at, :by) returning id""")
			.param("loop", order.sourceLoop()).param("sourceId", order.sourceId()).param("ref", order.sourceRef())
			.param("link", order.link()).param("subject", order.subjectId()).param("place", order.place())
			.param("street", order.streetCode()).param("path", placePath).param("unit", order.unitCode())
			.param("overseer", overseerUnit).param("problem", order.problem()).param("severity", order.severity().name())
			.param("due", due).param("state", State.OPEN.name()).param("at", Timestamp.from(at)).param("by", by)
			.query(Long.class).single();
	}

	/** The row, locked for a step. */
	Optional<Row> lock(long id) {
		return jdbc.sql("select * from inspection.rectification where id = :id for update").param("id", id)
			.query(RectificationStore::row).optional();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select * from inspection.rectification where id = :id").param("id", id)
			.query(RectificationStore::row).optional();
	}

	List<Row> ofSource(String sourceLoop, long sourceId) {
		return jdbc.sql("select * from inspection.rectification where source_loop = :loop and source_id = :id order by id")
			.param("loop", sourceLoop).param("id", sourceId).query(RectificationStore::row).list();
	}

	List<Row> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from inspection.rectification where id in (:ids) order by id").param("ids", ids)
			.query(RectificationStore::row).list();
	}

	void reported(long id, State to, String note, String by, Instant at) {
		jdbc.sql("""
				update inspection.rectification set state = :state, reported_at = :at, reported_by = :by, report_note = :note
				where id = :id""")
			.param("state", to.name()).param("at", Timestamp.from(at)).param("by", by).param("note", note).param("id", id)
			.update();
	}

	void rechecked(long id, State to, boolean passed, boolean onSite, String note, LocalDate due, String by, Instant at) {
		jdbc.sql("""
				update inspection.rectification set state = :state, rechecked_at = :at, rechecked_by = :by,
				    recheck_passed = :passed, recheck_on_site = :onSite, recheck_note = :note,
				    due = coalesce(cast(:due as date), due), rounds = rounds + case when :passed then 0 else 1 end,
				    closed_at = case when :passed then cast(:at as timestamptz) end
				where id = :id""")
			.param("state", to.name()).param("at", Timestamp.from(at)).param("by", by).param("passed", passed)
			.param("onSite", onSite).param("note", note).param("due", due).param("id", id).update();
	}

	List<Row> list(Query query, Visibility seen, LocalDate today) {
		return jdbc.sql("""
				select * from inspection.rectification r
				where (cast(:state as text) is null or r.state = :state)
				  and (cast(:severity as text) is null or r.severity = :severity)
				  and (cast(:street as text) is null or r.street_code = :street)
				  and (cast(:loop as text) is null or r.source_loop = :loop)
				  and (cast(:overdue as boolean) is null or (r.state = 'OPEN' and r.due < :today) = :overdue)
				  and (:all or r.unit_code = :unit or r.overseer_unit = :unit
				       or (cast(:pattern as text) is not null and r.place_path like :pattern))
				order by r.opened_at desc, r.id desc
				limit :limit""")
			.param("state", query.state() == null ? null : query.state().name())
			.param("severity", query.severity() == null ? null : query.severity().name())
			.param("street", query.streetCode()).param("loop", query.sourceLoop()).param("overdue", query.overdue())
			.param("today", today).param("all", seen.all()).param("unit", seen.unitCode())
			.param("pattern", seen.pathPattern()).param("limit", query.limit())
			.query(RectificationStore::row).list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("source_loop"), rs.getLong("source_id"), rs.getString("source_ref"),
				rs.getString("link"), (Long) rs.getObject("subject_id"), rs.getString("place"), rs.getString("street_code"),
				rs.getString("place_path"), rs.getString("unit_code"), rs.getString("overseer_unit"),
				rs.getString("problem"), Severity.valueOf(rs.getString("severity")), rs.getObject("due", LocalDate.class),
				State.valueOf(rs.getString("state")), rs.getInt("rounds"), instant(rs, "opened_at"),
				rs.getString("opened_by"), instant(rs, "reported_at"), rs.getString("reported_by"),
				rs.getString("report_note"), instant(rs, "rechecked_at"), rs.getString("rechecked_by"),
				(Boolean) rs.getObject("recheck_passed"), (Boolean) rs.getObject("recheck_on_site"),
				rs.getString("recheck_note"), instant(rs, "closed_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
