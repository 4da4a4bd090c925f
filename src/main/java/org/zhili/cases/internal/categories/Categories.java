package org.zhili.cases.internal.categories;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.calendar.TimeLimit;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.Urgency;
import org.zhili.cases.internal.record.CasesProperties;
import org.zhili.cases.internal.record.Stage;
import org.zhili.platform.ClusterSignals;

/**
 * The category tree with its lead-unit rules and time limits, held in memory (it is read for every case)
 * and reloaded when an administrator changes it.
 */
@Component
public class Categories {

	/**
	 * Everything loaded at once, replaced as a whole; the lists are built here once because other modules read
	 * the tree for every case (routing's per-case listener).
	 */
	private record Snapshot(Map<String, Category> byCode, List<Category> all, List<CaseDirectory.Category> directory,
			Map<String, Map<Urgency, Map<Stage, TimeLimit>>> limits) {
	}

	private static final String SIGNAL = "cases.categories";

	private final JdbcClient jdbc;
	private final CasesProperties properties;
	private final ClusterSignals signals;
	private volatile Snapshot snapshot;

	/** Takes the seeder so that the tree exists before it is first read. */
	Categories(JdbcClient jdbc, CasesProperties properties, CategorySeeder seeder, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.signals = signals;
		reload();
		signals.on(SIGNAL, any -> reload());
	}

	/** After a committed change: reloads here, and the other nodes reload too. */
	void changed() {
		reload();
		signals.send(SIGNAL, "");
	}

	void reload() {
		Map<String, Category> byCode = new LinkedHashMap<>();
		record Row(String code, String name, String parent, int level, String rule, String unit, boolean active,
				int version) {
		}
		List<Row> rows = jdbc.sql("""
				select code, name, parent_code, level, lead_rule, lead_unit_code, active, version
				from cases.category order by path""")
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
					rs.getString(6), rs.getBoolean(7), rs.getInt(8)))
			.list();
		for (Row r : rows) {
			List<String> names = new ArrayList<>(r.parent() == null ? List.of() : byCode.get(r.parent()).names());
			names.add(r.name());
			byCode.put(r.code(), new Category(r.code(), r.parent(), r.level(), List.copyOf(names),
					Category.LeadRule.valueOf(r.rule()), r.unit(), r.active(), r.version()));
		}
		Map<String, Map<Urgency, Map<Stage, TimeLimit>>> limits = new HashMap<>();
		jdbc.sql("select category_code, urgency, stage, time_limit from cases.time_limit").query((ResultSet rs) -> {
			limits.computeIfAbsent(rs.getString(1), c -> new EnumMap<>(Urgency.class))
				.computeIfAbsent(Urgency.valueOf(rs.getString(2)), u -> new EnumMap<>(Stage.class))
				.put(Stage.valueOf(rs.getString(3)), TimeLimit.valueOf(rs.getString(4)));
		});
		List<Category> all = List.copyOf(byCode.values());
		List<CaseDirectory.Category> directory = all.stream()
			.map(c -> new CaseDirectory.Category(c.code(), c.parentCode(), c.level(), c.name(), c.fullName(), c.active()))
			.toList();
		snapshot = new Snapshot(byCode, all, directory, limits);
	}

	public Optional<Category> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(snapshot.byCode().get(code));
	}

	public List<Category> all() {
		return snapshot.all();
	}

	/** The tree as the module's API gives it to other modules, in its order. */
	public List<CaseDirectory.Category> directory() {
		return snapshot.directory();
	}

	/**
	 * The unit a case of this category at this street should be dispatched to: the first rule found from
	 * the category up. {@code null} when the rule is territorial and the case has no street.
	 */
	public String leadUnitFor(String categoryCode, String streetCode) {
		Category category = snapshot.byCode().get(categoryCode);
		while (category != null && category.leadRule() == Category.LeadRule.INHERIT) {
			category = snapshot.byCode().get(category.parentCode());
		}
		if (category == null || category.leadRule() == Category.LeadRule.TERRITORIAL) {
			return streetCode;
		}
		return category.leadUnitCode();
	}

	/** The limit of a stage: the nearest override from the category up, else the configured default. */
	public TimeLimit limit(String categoryCode, Urgency urgency, Stage stage) {
		for (Category c = snapshot.byCode().get(categoryCode); c != null; c = snapshot.byCode().get(c.parentCode())) {
			TimeLimit override = snapshot.limits().getOrDefault(c.code(), Map.of()).getOrDefault(urgency, Map.of()).get(stage);
			if (override != null) {
				return override;
			}
		}
		return properties.limits().of(urgency).get(stage);
	}

	/** The overrides set on one category (not inherited ones). */
	Map<Urgency, Map<Stage, TimeLimit>> overridesOf(String categoryCode) {
		return snapshot.limits().getOrDefault(categoryCode, Map.of());
	}
}
