package org.zhili.urban.internal.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.RequestKind;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.State;

/**
 * {@code urban.case_file} and {@code urban.case_request}: one row per case with each stage's instant, actor and
 * on-time flag, written as the stage ends, so that the evaluation counts columns.
 */
@Repository
class UrbanCaseStore {

	/** A case as the loop reads it. */
	record Row(long id, String reference, String kind, String classCode, String componentId, boolean urgent,
			String description, String address, Double lng, Double lat, String gridCode, String communityCode,
			String streetCode, String source, Long hotlineCaseId, String hotlineReference, String reportedBy,
			Instant reportedAt, State state, String verifiedBy, Instant verifiedAt, Boolean verifiedOnTime, Boolean valid,
			String registeredBy, Instant registeredAt, Boolean registeredOnTime, String dispatchedBy,
			Instant dispatchedAt, Boolean dispatchedOnTime, String handlerCode, Instant handledAt,
			Boolean handledOnTime, String checkedBy, Instant checkedAt, Boolean checkedOnTime, String closedBy,
			Instant closedAt, Boolean closedOnTime, int reworks, int misdispatches, boolean postponed, boolean suspended,
			boolean voided, String handleLimit) {
	}

	/** A request awaiting (or given) the 值班长's decision. */
	record Request(long id, long caseId, RequestKind kind, String reason, String extension, String requestedBy,
			String requestedUnit, Instant requestedAt, String decision, String decidedBy, Instant decidedAt,
			String decisionNote) {
	}

	/** A new case as reported. */
	record NewCase(String kind, String classCode, String componentId, boolean urgent, String description,
			String address, Double lng, Double lat, String gridCode, String communityCode, String streetCode,
			String source, Long hotlineCaseId, String hotlineReference, String reportedBy, Instant reportedAt,
			State state) {
	}

	private final JdbcClient jdbc;

	UrbanCaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewCase c) {
		return jdbc.sql("""
				insert into urban.case_file (reference, kind, class_code, component_id, urgent, description, address, lng, lat,
				    grid_code, community_code, street_code, source, hotline_case_id, hotline_reference, reported_by,
				    reported_at, state)
				values ('CG' || to_char(:at at time zone 'Asia/Shanghai', 'YYYYMMDD')
				            || lpad(nextval('urban.case_reference_seq')::text, 6, '0'),
				    :kind, :class, :component, :urgent, :description, :address, :lng, :lat, :grid, :community, :street,
				    :source, :hotline, :hotlineRef, :by, :at, :state)
				returning id""")
			.param("kind", c.kind()).param("class", c.classCode()).param("component", c.componentId())
			.param("urgent", c.urgent()).param("description", c.description()).param("address", c.address())
			.param("lng", c.lng()).param("lat", c.lat()).param("grid", c.gridCode())
			.param("community", c.communityCode()).param("street", c.streetCode()).param("source", c.source())
			.param("hotline", c.hotlineCaseId()).param("hotlineRef", c.hotlineReference())
			.param("by", c.reportedBy()).param("at", Timestamp.from(c.reportedAt())).param("state", c.state().name())
			.query(Long.class).single();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select * from urban.case_file where id = :id").param("id", id).query(UrbanCaseStore::row).optional();
	}

	/** The row, locked for a step. */
	Optional<Row> lock(long id) {
		return jdbc.sql("select * from urban.case_file where id = :id for update").param("id", id)
			.query(UrbanCaseStore::row).optional();
	}

	Optional<Row> byHotlineCase(long caseId) {
		return jdbc.sql("select * from urban.case_file where hotline_case_id = :id").param("id", caseId)
			.query(UrbanCaseStore::row).optional();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from urban.case_file)").query(Boolean.class).single();
	}

	/** Moves the case to {@code state}, setting the given columns (names are the loop's own, never a caller's text). */
	void update(long id, State state, Object... columnsAndValues) {
		StringBuilder sql = new StringBuilder("update urban.case_file set state = :state");
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			String column = (String) columnsAndValues[i];
			if (!column.matches("[a-z_]+")) {
				throw new IllegalArgumentException(column);
			}
			sql.append(", ").append(column).append(" = :p").append(i);
		}
		JdbcClient.StatementSpec spec = jdbc.sql(sql.append(" where id = :id").toString()).param("id", id)
			.param("state", state.name());
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			Object value = columnsAndValues[i + 1];
			spec = spec.param("p" + i, value instanceof Instant at ? Timestamp.from(at) : value);
		}
		spec.update();
	}

	/** Adds one to a counter (reworks, misdispatches). */
	void increment(long id, String counter) {
		if (!counter.equals("reworks") && !counter.equals("misdispatches")) {
			throw new IllegalArgumentException(counter);
		}
		jdbc.sql("update urban.case_file set " + counter + " = " + counter + " + 1 where id = :id").param("id", id).update();
	}

	// ---- requests ---------------------------------------------------------------------------------------------

	long insertRequest(long caseId, RequestKind kind, String reason, String extension, String by, String unit, Instant at) {
		return jdbc.sql("""
				insert into urban.case_request (case_id, kind, reason, extension, requested_by, requested_unit, requested_at)
				values (:case, :kind, :reason, :extension, :by, :unit, :at) returning id""")
			.param("case", caseId).param("kind", kind.name()).param("reason", reason).param("extension", extension)
			.param("by", by).param("unit", unit).param("at", Timestamp.from(at)).query(Long.class).single();
	}

	Optional<Request> pending(long caseId) {
		return jdbc.sql("select * from urban.case_request where case_id = :id and decision is null").param("id", caseId)
			.query(UrbanCaseStore::request).optional();
	}

	List<Request> requests(long caseId) {
		return jdbc.sql("select * from urban.case_request where case_id = :id order by requested_at, id").param("id", caseId)
			.query(UrbanCaseStore::request).list();
	}

	/** Every open request, oldest first (the 值班长's queue). */
	List<Request> pendingRequests() {
		return jdbc.sql("select * from urban.case_request where decision is null order by requested_at, id")
			.query(UrbanCaseStore::request).list();
	}

	void decide(long requestId, String decision, String by, String note, Instant at) {
		jdbc.sql("""
				update urban.case_request set decision = :decision, decided_by = :by, decided_at = :at, decision_note = :note
				where id = :id and decision is null""")
			.param("decision", decision).param("by", by).param("at", Timestamp.from(at)).param("note", note)
			.param("id", requestId).update();
	}

	// ---- rows -------------------------------------------------------------------------------------------------

	static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("reference"), rs.getString("kind"), rs.getString("class_code"),
				rs.getString("component_id"), rs.getBoolean("urgent"), rs.getString("description"), rs.getString("address"),
				(Double) rs.getObject("lng"), (Double) rs.getObject("lat"), rs.getString("grid_code"),
				rs.getString("community_code"), rs.getString("street_code"), rs.getString("source"),
				(Long) rs.getObject("hotline_case_id"), rs.getString("hotline_reference"), rs.getString("reported_by"),
				instant(rs, "reported_at"), State.valueOf(rs.getString("state")), rs.getString("verified_by"),
				instant(rs, "verified_at"), (Boolean) rs.getObject("verified_on_time"), (Boolean) rs.getObject("valid"),
				rs.getString("registered_by"), instant(rs, "registered_at"), (Boolean) rs.getObject("registered_on_time"),
				rs.getString("dispatched_by"), instant(rs, "dispatched_at"), (Boolean) rs.getObject("dispatched_on_time"),
				rs.getString("handler_code"), instant(rs, "handled_at"), (Boolean) rs.getObject("handled_on_time"),
				rs.getString("checked_by"), instant(rs, "checked_at"), (Boolean) rs.getObject("checked_on_time"),
				rs.getString("closed_by"), instant(rs, "closed_at"), (Boolean) rs.getObject("closed_on_time"),
				rs.getInt("reworks"), rs.getInt("misdispatches"), rs.getBoolean("postponed"), rs.getBoolean("suspended"),
				rs.getBoolean("voided"), rs.getString("handle_limit"));
	}

	private static Request request(ResultSet rs, int n) throws SQLException {
		return new Request(rs.getLong("id"), rs.getLong("case_id"), RequestKind.valueOf(rs.getString("kind")),
				rs.getString("reason"), rs.getString("extension"), rs.getString("requested_by"),
				rs.getString("requested_unit"), instant(rs, "requested_at"), rs.getString("decision"),
				rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("decision_note"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static List<Object> list(Object... values) {
		return new ArrayList<>(List.of(values));
	}
}
