package org.zhili.org.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The unit grids as rows of {@code org.unit}. Grids come and go with layers, but a grid code once used
 * stays in the tree: a grid that disappears becomes inactive with an end date, because cases and
 * statistics keep pointing at it.
 */
@Repository
class GridUnits {

	/** A grid as a layer defines it. */
	record GridRow(String code, String name, String shortName, String communityCode, int sequence) {
	}

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	GridUnits(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Creates the grids that are new and brings back and renames those that exist, active from today. */
	void upsert(Collection<GridRow> grids, LocalDate today) {
		SqlParameterSource[] rows = grids.stream()
			.map(g -> new MapSqlParameterSource().addValue("code", g.code())
				.addValue("name", g.name())
				.addValue("short", g.shortName())
				.addValue("parent", g.communityCode())
				.addValue("order", g.sequence())
				.addValue("today", today))
			.toArray(SqlParameterSource[]::new);
		batch.batchUpdate("""
				insert into org.unit (code, name, short_name, level, parent_code, path, active, valid_from, sort_order)
				select :code, :name, :short, 'GRID', c.code, c.path || :code || '/', true, :today, :order
				from org.unit c where c.code = :parent
				on conflict (code) do update set name = excluded.name, short_name = excluded.short_name,
				  parent_code = excluded.parent_code, path = excluded.path, active = true, valid_to = null,
				  valid_from = coalesce(least(org.unit.valid_from, excluded.valid_from), excluded.valid_from),
				  sort_order = excluded.sort_order, updated_at = now(), version = org.unit.version + 1""", rows);
	}

	/** Ends every active grid not in {@code keep}; returns how many. */
	int deactivateAllExcept(Set<String> keep, LocalDate today) {
		List<String> active = jdbc.sql("select code from org.unit where level = 'GRID' and active")
			.query(String.class)
			.list();
		List<String> ended = active.stream().filter(code -> !keep.contains(code)).toList();
		if (ended.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				update org.unit set active = false, valid_to = greatest(:today, coalesce(valid_from, :today)),
				  updated_at = now(), version = version + 1
				where code in (:codes)""")
			.param("today", today)
			.param("codes", ended)
			.update();
	}

	/** Community code → short name (e.g. 光明路社区), for naming grids. */
	Map<String, String> communityNames() {
		Map<String, String> names = new HashMap<>();
		jdbc.sql("select code, short_name from org.unit where level = 'COMMUNITY'")
			.query(rs -> {
				names.put(rs.getString(1), rs.getString(2));
			});
		return names;
	}

	static String name(String communityShortName, int sequence) {
		return communityShortName + shortName(sequence);
	}

	static String shortName(int sequence) {
		return "第%03d网格".formatted(sequence);
	}
}
