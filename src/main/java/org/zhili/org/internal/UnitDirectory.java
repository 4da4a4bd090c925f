package org.zhili.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;

/**
 * Units by code for other modules: identity's scopes, and the directory cases are routed with. Units are
 * read on every API call, so they are cached; {@link #evict()} is called whenever units change.
 */
@Component
class UnitDirectory implements OrgUnitDirectory, OrgUnits {

	private static final String COLUMNS = "code, name, short_name, level, category, parent_code, path, active";

	private final JdbcClient jdbc;
	private final Map<String, OrgUnit> cache = new ConcurrentHashMap<>();

	/** Takes the seeder so that the org tree exists before the first unit is looked up. */
	UnitDirectory(JdbcClient jdbc, OrgSeeder seeder) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<OrgUnit> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		OrgUnit cached = cache.get(code);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<OrgUnit> found = jdbc.sql("select " + COLUMNS + " from org.unit where code = :code")
			.param("code", code)
			.query(UnitDirectory::map)
			.optional();
		found.ifPresent(unit -> cache.put(code, unit));
		return found;
	}

	@Override
	public Optional<ScopeUnit> findScope(String code) {
		return find(code).map(u -> new ScopeUnit(u.code(), u.name(), u.path(), u.active()));
	}

	@Override
	public ScopeUnit districtScope() {
		OrgUnit d = district();
		return new ScopeUnit(d.code(), d.name(), d.path(), d.active());
	}

	@Override
	public List<ScopeUnit> assignable() {
		return jdbc.sql("select " + COLUMNS + " from org.unit where active and level <> 'GRID' order by path")
			.query(UnitDirectory::map)
			.list()
			.stream()
			.map(u -> new ScopeUnit(u.code(), u.name(), u.path(), u.active()))
			.toList();
	}

	@Override
	public OrgUnit district() {
		return jdbc.sql("select " + COLUMNS + " from org.unit where level = 'DISTRICT'").query(UnitDirectory::map).single();
	}

	@Override
	public List<OrgUnit> streets() {
		return jdbc.sql("select " + COLUMNS + " from org.unit where active and level = 'STREET' order by sort_order, code")
			.query(UnitDirectory::map)
			.list();
	}

	@Override
	public List<OrgUnit> departments() {
		return jdbc.sql("select " + COLUMNS + " from org.unit where active and level = 'DEPARTMENT' order by sort_order, code")
			.query(UnitDirectory::map)
			.list();
	}

	@Override
	public List<OrgUnit> below(String code, UnitLevel level) {
		return jdbc.sql("select " + COLUMNS + """
				 from org.unit where active and level = :level
				and path like (select path from org.unit where code = :code) || '%' order by sort_order, code""")
			.param("level", level.name()).param("code", code)
			.query(UnitDirectory::map)
			.list();
	}

	void evict() {
		cache.clear();
	}

	private static OrgUnit map(ResultSet rs, int row) throws SQLException {
		return new OrgUnit(rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
				UnitLevel.valueOf(rs.getString("level")), rs.getString("category"), rs.getString("parent_code"),
				rs.getString("path"), rs.getBoolean("active"));
	}
}
