package org.zhili.routing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.cases.CaseDirectory;

/**
 * Per first-level category: may its cases be dispatched without a dispatcher, and from which confidence.
 * Every category starts closed; the command centre opens the ones whose routing accuracy it trusts.
 */
@Repository
class CategoryRules {

	/** A category's rule; {@code threshold} null means the configured default. */
	record Rule(String categoryCode, String name, boolean autoDispatch, Double threshold, String updatedBy,
			Instant updatedAt) {
	}

	private final JdbcClient jdbc;
	private final CategoryTree categories;

	CategoryRules(JdbcClient jdbc, CategoryTree categories) {
		this.jdbc = jdbc;
		this.categories = categories;
	}

	/** Every first-level category with its rule, in the tree's order. */
	List<Rule> all() {
		Map<String, Rule> stored = new LinkedHashMap<>();
		jdbc.sql("select * from routing.category_rule").query(CategoryRules::stored).list()
			.forEach(r -> stored.put(r.categoryCode(), r));
		return categories.topLevel().stream().map(c -> named(c, stored.get(c.code()))).toList();
	}

	/** A first-level category's rule (read on every new case: one row, by its key); null for another code. */
	Rule of(String categoryCode) {
		return categories.topLevel().stream().filter(c -> c.code().equals(categoryCode)).findFirst()
			.map(c -> named(c, jdbc.sql("select * from routing.category_rule where category_code = :code")
				.param("code", categoryCode).query(CategoryRules::stored).optional().orElse(null)))
			.orElse(null);
	}

	private static Rule stored(ResultSet rs, int row) throws SQLException {
		Timestamp updatedAt = rs.getTimestamp("updated_at");
		return new Rule(rs.getString("category_code"), null, rs.getBoolean("auto_dispatch"),
				rs.getObject("threshold") == null ? null : rs.getDouble("threshold"), rs.getString("updated_by"),
				updatedAt == null ? null : updatedAt.toInstant());
	}

	/** The stored rule under the category's name; a category never set is closed. */
	private static Rule named(CaseDirectory.Category c, Rule r) {
		return r == null ? new Rule(c.code(), c.name(), false, null, null, null)
				: new Rule(c.code(), c.name(), r.autoDispatch(), r.threshold(), r.updatedBy(), r.updatedAt());
	}

	void set(String categoryCode, boolean autoDispatch, Double threshold, String by, Instant at) {
		jdbc.sql("""
				insert into routing.category_rule (category_code, auto_dispatch, threshold, updated_by, updated_at)
				values (:code, :auto, :threshold, :by, :at)
				on conflict (category_code) do update set auto_dispatch = :auto, threshold = :threshold,
				  updated_by = :by, updated_at = :at""")
			.param("code", categoryCode)
			.param("auto", autoDispatch)
			.param("threshold", threshold)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	boolean isTopLevel(String code) {
		return categories.topLevel().stream().map(CaseDirectory.Category::code).anyMatch(code::equals);
	}
}
