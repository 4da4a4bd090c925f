package org.zhili.insight.internal.topics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The topics in {@code insight.topic}. */
@Repository
class TopicStore {

	private final JdbcClient jdbc;

	TopicStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewTopic t, String by, Instant at) {
		return jdbc.sql("""
				insert into insight.topic (title, problem, category_codes, lead_units, actions, start_month,
				                           baseline_months, public, created_at, created_by)
				values (:title, :problem, cast(:codes as varchar[]), cast(:units as varchar[]), :actions, :start,
				        :baseline, :public, :at, :by)
				returning id""")
			.param("title", t.title()).param("problem", t.problem())
			.param("codes", t.categoryCodes().toArray(String[]::new)).param("units", t.leadUnits().toArray(String[]::new))
			.param("actions", t.actions()).param("start", Date.valueOf(t.start().atDay(1)))
			.param("baseline", t.baselineMonths()).param("public", t.published())
			.param("at", Timestamp.from(at)).param("by", by)
			.query(Long.class).single();
	}

	/** Closes an active topic as of {@code month}; false if it was not active. */
	boolean close(long id, YearMonth month) {
		return jdbc.sql("update insight.topic set state = 'CLOSED', closed_month = :m where id = :id and state = 'ACTIVE'")
			.param("m", Date.valueOf(month.atDay(1))).param("id", id).update() == 1;
	}

	Optional<Topic> find(long id) {
		return jdbc.sql("select * from insight.topic where id = :id").param("id", id).query(TopicStore::topic).optional();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from insight.topic)").query(Boolean.class).single();
	}

	/** Newest first; only the public ones when {@code publicOnly}. */
	List<Topic> all(boolean publicOnly) {
		return jdbc.sql("select * from insight.topic where public or not :publicOnly order by start_month desc, id desc")
			.param("publicOnly", publicOnly).query(TopicStore::topic).list();
	}

	private static Topic topic(ResultSet rs, int n) throws SQLException {
		Date closed = rs.getDate("closed_month");
		return new Topic(rs.getLong("id"), rs.getString("title"), rs.getString("problem"), strings(rs, "category_codes"),
				strings(rs, "lead_units"), rs.getString("actions"), YearMonth.from(rs.getDate("start_month").toLocalDate()),
				rs.getInt("baseline_months"), rs.getBoolean("public"), Topic.State.valueOf(rs.getString("state")),
				closed == null ? null : YearMonth.from(closed.toLocalDate()), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"));
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		return Arrays.asList((String[]) rs.getArray(column).getArray());
	}
}
