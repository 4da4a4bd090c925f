package org.zhili.urban.internal.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what a month's evaluation needs: the case rows with any stage in the month (one pass, each stage's instant
 * indexed, V22_3), the supervisors' patrol areas and the territorial tree.
 */
@Component
class EvaluationData {

	/**
	 * Every row with a stage in the month. A case registered in the month is read whatever happened later (its
	 * closure up to the cut-off counts for the month); handled_at is not a filter, as 处置 counts over the cases
	 * dispatched in the month.
	 */
	static final String MONTH_CASES = """
			select grid_code, community_code, street_code, source = 'PUBLIC' as public_report, reported_by, reported_at,
			       valid, verified_by, verified_at, verified_on_time, registered_by, registered_at, registered_on_time,
			       dispatched_by, dispatched_at, dispatched_on_time, handler_code, handled_at, handled_on_time,
			       checked_by, checked_at, checked_on_time, closed_by, closed_at, closed_on_time,
			       reworks, misdispatches, postponed, suspended, voided
			from urban.case_file
			where (reported_at >= :from and reported_at < :to)
			   or (registered_at >= :from and registered_at < :to)
			   or (verified_at >= :from and verified_at < :to)
			   or (dispatched_at >= :from and dispatched_at < :to)
			   or (checked_at >= :from and checked_at < :to)
			   or (closed_at >= :from and closed_at < :to)
			""";

	private final JdbcClient sql;

	EvaluationData(JdbcClient sql) {
		this.sql = sql;
	}

	List<CaseFacts> cases(EvaluationMonth month) {
		List<CaseFacts> rows = new ArrayList<>(50_000);
		sql.sql(MONTH_CASES)
			.param("from", Timestamp.from(month.from()))
			.param("to", Timestamp.from(month.to()))
			.query(rs -> {
				rows.add(facts(rs));
			});
		return rows;
	}

	/** Each supervisor's patrol area codes (grids, communities or streets). */
	Map<String, Set<String>> patrolAreas() {
		Map<String, Set<String>> areas = new LinkedHashMap<>();
		sql.sql("select username, area_code from urban.patrol_area order by username, area_code")
			.query(rs -> {
				areas.computeIfAbsent(rs.getString(1), u -> new TreeSet<>()).add(rs.getString(2));
			});
		return areas;
	}

	/**
	 * The active streets, communities and grids in the tree's order. Read from org.unit directly: the org module's
	 * public interface lists streets and departments, not the grids the 立案数分值 averages over.
	 */
	RegionTree regions() {
		List<String> streets = new ArrayList<>();
		Map<String, List<String>> children = new HashMap<>();
		sql.sql("""
				select code, level, parent_code from org.unit
				where active and level in ('STREET', 'COMMUNITY', 'GRID') order by sort_order, code""")
			.query(rs -> {
				if ("STREET".equals(rs.getString(2))) {
					streets.add(rs.getString(1));
				}
				else {
					children.computeIfAbsent(rs.getString(3), p -> new ArrayList<>()).add(rs.getString(1));
				}
			});
		return new RegionTree(streets, children);
	}

	private static CaseFacts facts(ResultSet rs) throws SQLException {
		return new CaseFacts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
				instant(rs, 6), bool(rs, 7), rs.getString(8), instant(rs, 9), bool(rs, 10), rs.getString(11), instant(rs, 12),
				bool(rs, 13), rs.getString(14), instant(rs, 15), bool(rs, 16), rs.getString(17), instant(rs, 18), bool(rs, 19),
				rs.getString(20), instant(rs, 21), bool(rs, 22), rs.getString(23), instant(rs, 24), bool(rs, 25), rs.getInt(26),
				rs.getInt(27), rs.getBoolean(28), rs.getBoolean(29), rs.getBoolean(30));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Boolean bool(ResultSet rs, int column) throws SQLException {
		boolean b = rs.getBoolean(column);
		return rs.wasNull() ? null : b;
	}
}
