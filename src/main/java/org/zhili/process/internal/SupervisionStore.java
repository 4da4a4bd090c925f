package org.zhili.process.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.Supervisions.Order;
import org.zhili.process.Supervisions.State;

/** 督办 in {@code process.supervision}: one row per order, an escalation a new row pointing at the one it replaced. */
@Repository
class SupervisionStore {

	/** A row as stored; the service adds the loop's labels. */
	record Row(long id, String loop, long itemId, String itemRef, String link, String unitCode, SupervisionLevel level,
			String note, Instant issuedAt, String issuedBy, Instant replyDue, State state, String reply,
			Instant repliedAt, String repliedBy, Long escalatedFrom) {
	}

	private static final String COLUMNS = "id, loop, item_id, item_ref, link, unit_code, level, note, issued_at, "
			+ "issued_by, reply_due, state, reply, replied_at, replied_by, escalated_from";

	private final JdbcClient jdbc;

	SupervisionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Order order, String issuedBy, Instant at, Long escalatedFrom) {
		return jdbc.sql("""
				insert into process.supervision (loop, item_id, item_ref, link, unit_code, level, note, issued_at,
				                                 issued_by, reply_due, escalated_from)
				values (:loop, :item, :ref, :link, :unit, :level, :note, :at, :by, :at, :from) returning id""")
			.param("loop", order.loop())
			.param("item", order.itemId())
			.param("ref", order.itemRef())
			.param("link", order.link())
			.param("unit", order.unitCode())
			.param("level", order.level().name())
			.param("note", order.note())
			.param("at", Timestamp.from(at))
			.param("by", issuedBy)
			.param("from", escalatedFrom)
			.query(Long.class)
			.single();
	}

	void due(long id, Instant due) {
		jdbc.sql("update process.supervision set reply_due = :due where id = :id")
			.param("due", Timestamp.from(due))
			.param("id", id)
			.update();
	}

	/** Answers an open 督办; {@code false} if it was not open any more. */
	boolean answer(long id, String reply, String by, Instant at) {
		return jdbc.sql("""
				update process.supervision set state = 'ANSWERED', reply = :reply, replied_by = :by, replied_at = :at
				where id = :id and state = 'OPEN'""")
			.param("reply", reply)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update() == 1;
	}

	/** Ends an open 督办 without an answer (escalated, or its item ended); {@code false} if it was not open. */
	boolean end(long id, State state, Instant at) {
		return jdbc.sql("update process.supervision set state = :state, ended_at = :at where id = :id and state = 'OPEN'")
			.param("state", state.name())
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update() == 1;
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from process.supervision where id = :id")
			.param("id", id)
			.query(SupervisionStore::row)
			.optional();
	}

	List<Row> of(String loop, long itemId) {
		return jdbc.sql("select " + COLUMNS + " from process.supervision where loop = :loop and item_id = :item order by id")
			.param("loop", loop)
			.param("item", itemId)
			.query(SupervisionStore::row)
			.list();
	}

	/**
	 * Newest first, filtered in SQL.
	 *
	 * @param units the units whose 督办 to show, or {@code null} for every unit
	 */
	List<Row> list(String loop, State state, SupervisionLevel level, String unitCode, Collection<String> units, int limit) {
		// Each filter given adds its condition and its one parameter.
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> where = new ArrayList<>(List.of("true"));
		filter(where, params, "loop = :loop", "loop", loop);
		filter(where, params, "state = :state", "state", state == null ? null : state.name());
		filter(where, params, "level = :level", "level", level == null ? null : level.name());
		filter(where, params, "unit_code = :unit", "unit", unitCode);
		filter(where, params, "unit_code in (:units)", "units", units);
		params.put("limit", limit);
		return jdbc.sql("select " + COLUMNS + " from process.supervision where " + String.join(" and ", where)
				+ " order by issued_at desc, id desc limit :limit")
			.params(params)
			.query(SupervisionStore::row)
			.list();
	}

	private static void filter(List<String> where, Map<String, Object> params, String condition, String name, Object value) {
		if (value != null) {
			where.add(condition);
			params.put(name, value);
		}
	}

	/** Open 督办 without a running reply clock: written before the kit timed them (see V13). */
	List<Row> untimed() {
		return jdbc.sql("select " + COLUMNS + " from process.supervision s where state = 'OPEN' and not exists ("
				+ "select 1 from process.clock c where c.loop = 'supervision' and c.item_id = s.id)")
			.query(SupervisionStore::row)
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Timestamp replied = rs.getTimestamp("replied_at");
		return new Row(rs.getLong("id"), rs.getString("loop"), rs.getLong("item_id"), rs.getString("item_ref"),
				rs.getString("link"), rs.getString("unit_code"), SupervisionLevel.valueOf(rs.getString("level")),
				rs.getString("note"), rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"),
				rs.getTimestamp("reply_due").toInstant(), State.valueOf(rs.getString("state")), rs.getString("reply"),
				replied == null ? null : replied.toInstant(), rs.getString("replied_by"), (Long) rs.getObject("escalated_from"));
	}

	java.util.Set<Long> supervised(String loop, java.util.Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("select distinct item_id from process.supervision where loop = :loop and item_id in (:ids)")
			.param("loop", loop)
			.param("ids", java.util.List.copyOf(itemIds))
			.query(Long.class)
			.list());
	}
}
