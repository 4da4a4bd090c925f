package org.zhili.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.identity.DataScope;
import org.zhili.org.UnitLevel;

/**
 * Reads of the org tree for a person, always within their data scope — in the SQL, never by filtering
 * what was loaded. A unit is visible when it lies in the scope's territory, when it is above the scope's
 * unit (the district and street around a community scope give context), or when it is a department
 * (the department list is a public directory). The territory of a territorial scope is its subtree; a
 * department serves the whole unit it belongs to (the district), so its territory is that unit's.
 */
@Repository
class UnitQueries {

	/** The LIKE pattern of the scope's territory, evaluated once per statement. */
	private static final String TERRITORY = "coalesce((select p.path || '%' from org.unit s join org.unit p"
			+ " on p.code = s.parent_code where s.code = :scopeCode and s.level = 'DEPARTMENT'), :scopePattern)";
	/** The visibility rule for {@code org.unit u}; needs the parameters of {@link #scoped}. */
	static final String VISIBLE = "(u.path like " + TERRITORY
			+ " or starts_with(:scopePath, u.path) or u.level = 'DEPARTMENT')";
	/** Units inside the scope's territory only (not the context above it). */
	static final String IN_SCOPE = "u.path like " + TERRITORY;
	private static final String ORDER = """
			case u.level when 'DISTRICT' then 0 when 'STREET' then 1 when 'COMMUNITY' then 2 when 'GRID' then 3
			else 4 end, u.sort_order, u.code""";
	private static final String COLUMNS = """
			u.code, u.name, u.short_name, u.level, u.category, u.parent_code, u.active, u.valid_from, u.valid_to,
			u.version""";

	/** A unit as people and programs see it. */
	record Unit(String code, String name, String shortName, UnitLevel level, String levelLabel, String category,
			String parentCode, boolean active, LocalDate validFrom, LocalDate validTo, int version) {
	}

	/** Filters of the unit list; {@code null} means "any". */
	record Filter(UnitLevel level, String parent, Boolean active, String q) {
	}

	/** Children of a unit counted by level. */
	record ChildCount(UnitLevel level, long active, long inactive) {
	}

	/** A node of the org tree with how many active and inactive units sit directly below it. */
	record TreeNode(String code, String name, String shortName, UnitLevel level, boolean active, long activeChildren,
			long inactiveChildren, List<TreeNode> children) {
	}

	private final JdbcClient jdbc;

	UnitQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Unit> list(DataScope scope, Filter filter, int offset, int limit) {
		Where where = where(filter);
		return scoped(jdbc.sql("select " + COLUMNS + " from org.unit u where " + VISIBLE + where.sql + " order by "
				+ ORDER + " limit :limit offset :offset"), scope)
			.params(where.params)
			.param("limit", limit)
			.param("offset", offset)
			.query(UnitQueries::unit)
			.list();
	}

	long count(DataScope scope, Filter filter) {
		Where where = where(filter);
		return scoped(jdbc.sql("select count(*) from org.unit u where " + VISIBLE + where.sql), scope)
			.params(where.params)
			.query(Long.class)
			.single();
	}

	/** One unit, if it exists and the scope may see it. */
	Optional<Unit> find(DataScope scope, String code) {
		return scoped(jdbc.sql("select " + COLUMNS + " from org.unit u where u.code = :code and " + VISIBLE), scope)
			.param("code", code)
			.query(UnitQueries::unit)
			.optional();
	}

	/** One territorial unit inside the scope's own subtree (not merely above it). */
	boolean inScope(DataScope scope, String code) {
		return scoped(jdbc.sql("select count(*) from org.unit u where u.code = :code and " + IN_SCOPE), scope)
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	/** The units above one, district first, as far as the scope may see them. */
	List<Unit> ancestors(DataScope scope, String code) {
		return scoped(jdbc.sql("select " + COLUMNS + " from org.unit u where " + VISIBLE + """
				 and u.code <> :code
				 and starts_with((select path from org.unit where code = :code), u.path)
				order by length(u.path)"""), scope)
			.param("code", code)
			.query(UnitQueries::unit)
			.list();
	}

	List<ChildCount> childCounts(DataScope scope, String code) {
		return scoped(jdbc.sql("select u.level, count(*) filter (where u.active), count(*) filter (where not u.active)"
				+ " from org.unit u where u.parent_code = :code and " + VISIBLE + " group by u.level order by u.level"),
				scope)
			.param("code", code)
			.query((rs, n) -> new ChildCount(UnitLevel.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/**
	 * District → streets → communities as the scope sees them, each with counts of its visible
	 * territorial children (communities of a street, grids of a community).
	 */
	List<TreeNode> tree(DataScope scope) {
		List<TreeRow> rows = scoped(jdbc.sql("""
				select u.code, u.name, u.short_name, u.level, u.parent_code, u.active,
				  (select count(*) from org.unit c where c.parent_code = u.code and c.active and c.level <> 'DEPARTMENT'
				     and (c.path like :scopePattern or starts_with(:scopePath, c.path))),
				  (select count(*) from org.unit c where c.parent_code = u.code and not c.active and c.level <> 'DEPARTMENT'
				     and (c.path like :scopePattern or starts_with(:scopePath, c.path)))
				from org.unit u
				where u.level in ('DISTRICT', 'STREET', 'COMMUNITY') and""" + " " + VISIBLE + " order by " + ORDER), scope)
			.query((rs, n) -> new TreeRow(rs.getString(1), rs.getString(2), rs.getString(3),
					UnitLevel.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6), rs.getLong(7), rs.getLong(8)))
			.list();
		Map<String, List<TreeRow>> byParent = new LinkedHashMap<>();
		rows.forEach(r -> byParent.computeIfAbsent(r.parent(), p -> new ArrayList<>()).add(r));
		Set<String> codes = rows.stream().map(TreeRow::code).collect(Collectors.toSet());
		return rows.stream()
			.filter(r -> r.parent() == null || !codes.contains(r.parent()))
			.map(r -> r.node(byParent))
			.toList();
	}

	private record TreeRow(String code, String name, String shortName, UnitLevel level, String parent, boolean active,
			long activeChildren, long inactiveChildren) {

		TreeNode node(Map<String, List<TreeRow>> byParent) {
			List<TreeNode> children = byParent.getOrDefault(code, List.of()).stream().map(c -> c.node(byParent)).toList();
			return new TreeNode(code, name, shortName, level, active, activeChildren, inactiveChildren, children);
		}
	}

	/** Binds the scope's parameters for {@link #VISIBLE} and {@link #IN_SCOPE}. */
	static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec statement, DataScope scope) {
		return statement.param("scopePattern", scope.pathPattern())
			.param("scopePath", scope.unitPath())
			.param("scopeCode", scope.unitCode());
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(Filter filter) {
		StringBuilder sql = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		if (filter.level() != null) {
			sql.append(" and u.level = :level");
			params.put("level", filter.level().name());
		}
		if (filter.parent() != null) {
			sql.append(" and u.parent_code = :parent");
			params.put("parent", filter.parent());
		}
		if (filter.active() != null) {
			sql.append(" and u.active = :active");
			params.put("active", filter.active());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			// strpos rather than LIKE: the search text is taken literally, '%' and '_' included.
			sql.append(" and (strpos(u.name, :q) > 0 or strpos(u.short_name, :q) > 0 or starts_with(u.code, upper(:q)))");
			params.put("q", filter.q().strip());
		}
		return new Where(sql.toString(), params);
	}

	static Unit unit(ResultSet rs, int row) throws SQLException {
		UnitLevel level = UnitLevel.valueOf(rs.getString("level"));
		return new Unit(rs.getString("code"), rs.getString("name"), rs.getString("short_name"), level, level.label(),
				rs.getString("category"), rs.getString("parent_code"), rs.getBoolean("active"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getInt("version"));
	}
}
