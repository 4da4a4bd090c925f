package org.zhili.urban.internal.evaluation;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.urban.internal.cases.PatrolAreas;

/**
 * Reads what a month's evaluation needs: the month's counts (one statement: the rows with any stage in the month,
 * found through each stage's index (V22, V22_3), counted by PostgreSQL per grid, department and person), the
 * supervisors' patrol areas and the territorial tree.
 */
@Component
class EvaluationData {

	/**
	 * The month's rows with their stages placed once (in the month, before the cut-off), then one group per family.
	 * Each branch answers kind, up to three keys and up to five counts; the definitions are {@link Indicator}'s.
	 */
	static final String MONTH_COUNTS = """
			with m as materialized (
			  select street_code, community_code, grid_code, source = 'PUBLIC' as pub, reported_by, valid,
			         registered_at is not null as registered, verified_by, verified_on_time, registered_by,
			         registered_on_time, dispatched_by, dispatched_on_time, handler_code, handled_on_time, checked_by,
			         checked_on_time, closed_by, closed_on_time, reworks, misdispatches, postponed, suspended, voided,
			         coalesce(reported_at >= :from and reported_at < :to, false) as rep_in,
			         coalesce(registered_at >= :from and registered_at < :to, false) as reg_in,
			         coalesce(verified_at >= :from and verified_at < :to, false) as ver_in,
			         coalesce(dispatched_at >= :from and dispatched_at < :to, false) as dis_in,
			         coalesce(checked_at >= :from and checked_at < :to, false) as chk_in,
			         coalesce(closed_at >= :from and closed_at < :to, false) as clo_in,
			         coalesce(handled_at < :cutoff, false) as handled_ok,
			         coalesce(closed_at < :cutoff, false) as closed_ok
			  from urban.case_file
			  where (reported_at >= :from and reported_at < :to)
			     or (registered_at >= :from and registered_at < :to)
			     or (verified_at >= :from and verified_at < :to)
			     or (dispatched_at >= :from and dispatched_at < :to)
			     or (checked_at >= :from and checked_at < :to)
			     or (closed_at >= :from and closed_at < :to))
			select 'DISTRICT' as kind, null as k1, null as k2, null as k3,
			       count(*) filter (where rep_in) as n1, count(*) filter (where reg_in and postponed) as n2,
			       count(*) filter (where reg_in and suspended) as n3, count(*) filter (where reg_in and voided) as n4,
			       0 as n5
			from m
			union all
			select 'GRID', street_code, community_code, grid_code, count(*),
			       count(*) filter (where not voided and not suspended),
			       count(*) filter (where not voided and not suspended and closed_ok),
			       count(*) filter (where not voided and not suspended and closed_ok and handled_on_time
			                        and closed_on_time is not false),
			       count(*) filter (where pub)
			from m where reg_in group by street_code, community_code, grid_code
			union all
			select 'DEPARTMENT', handler_code, null, null, count(*), count(*) filter (where handled_ok),
			       count(*) filter (where handled_ok and handled_on_time), count(*) filter (where handled_ok and reworks > 0),
			       count(*) filter (where closed_ok)
			from m where dis_in and handler_code is not null and not voided and not suspended group by handler_code
			union all
			select 'REPORT', reported_by, null, null, count(*), count(*) filter (where valid and registered), 0, 0, 0
			from m where rep_in and not pub and reported_by is not null group by reported_by
			union all
			select 'VERIFY', verified_by, null, null, count(*), count(*) filter (where verified_on_time), 0, 0, 0
			from m where ver_in and verified_by is not null group by verified_by
			union all
			select 'CHECK', checked_by, null, null, count(*), count(*) filter (where checked_on_time), 0, 0, 0
			from m where chk_in and checked_by is not null group by checked_by
			union all
			select 'REGISTER', registered_by, null, null, count(*), count(*) filter (where registered_on_time),
			       count(*) filter (where voided), 0, 0
			from m where reg_in and registered_by is not null group by registered_by
			union all
			select 'CLOSE', closed_by, null, null, count(*), count(*) filter (where closed_on_time), 0, 0, 0
			from m where clo_in and closed_by is not null group by closed_by
			union all
			select 'DISPATCH', dispatched_by, null, null, count(*), count(*) filter (where dispatched_on_time),
			       count(*) filter (where misdispatches > 0), 0, 0
			from m where dis_in and dispatched_by is not null group by dispatched_by
			""";

	private final JdbcClient sql;
	private final OrgUnits units;
	private final PatrolAreas patrolAreas;

	EvaluationData(JdbcClient sql, OrgUnits units, PatrolAreas patrolAreas) {
		this.sql = sql;
		this.units = units;
		this.patrolAreas = patrolAreas;
	}

	MonthCounts counts(EvaluationMonth month) {
		long[] district = new long[4];
		List<MonthCounts.GridCount> grids = new ArrayList<>();
		Map<String, Map<String, long[]>> byKind = new HashMap<>();
		sql.sql(MONTH_COUNTS)
			.param("from", Timestamp.from(month.from()))
			.param("to", Timestamp.from(month.to()))
			.param("cutoff", Timestamp.from(month.cutoff()))
			.query(rs -> {
				String kind = rs.getString(1);
				long[] n = { rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9) };
				switch (kind) {
					case "DISTRICT" -> System.arraycopy(n, 0, district, 0, 4);
					case "GRID" -> grids.add(new MonthCounts.GridCount(rs.getString(2), rs.getString(3), rs.getString(4), n[0],
							n[1], n[2], n[3], n[4]));
					default -> byKind.computeIfAbsent(kind, k -> new HashMap<>()).put(rs.getString(2), n);
				}
			});
		return new MonthCounts(district[0], district[1], district[2], district[3], grids, kind(byKind, "DEPARTMENT"),
				kind(byKind, "REPORT"), kind(byKind, "VERIFY"), kind(byKind, "CHECK"), kind(byKind, "REGISTER"),
				kind(byKind, "CLOSE"), kind(byKind, "DISPATCH"));
	}

	private static Map<String, long[]> kind(Map<String, Map<String, long[]>> byKind, String kind) {
		return byKind.getOrDefault(kind, Map.of());
	}

	/** Each supervisor's patrol area codes (grids, communities or streets). */
	Map<String, Set<String>> patrolAreas() {
		return patrolAreas.all();
	}

	/** The active streets, communities and grids in the tree's order. */
	RegionTree regions() {
		List<String> streets = new ArrayList<>();
		Map<String, List<String>> children = new HashMap<>();
		String district = units.district().code();
		for (UnitLevel level : List.of(UnitLevel.STREET, UnitLevel.COMMUNITY, UnitLevel.GRID)) {
			for (OrgUnit unit : units.below(district, level)) {
				if (level == UnitLevel.STREET) {
					streets.add(unit.code());
				}
				else {
					children.computeIfAbsent(unit.parentCode(), p -> new ArrayList<>()).add(unit.code());
				}
			}
		}
		return new RegionTree(streets, children);
	}
}
