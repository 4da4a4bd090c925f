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

/**
 * Answers identity's questions about units (for data scopes). Paths are read on every API call, so they
 * are cached; {@link #evict()} is called whenever units change.
 */
@Component
class UnitDirectory implements OrgUnitDirectory {

	private final JdbcClient jdbc;
	private final Map<String, ScopeUnit> cache = new ConcurrentHashMap<>();

	/** Takes the seeder so that the org tree exists before the first unit is looked up. */
	UnitDirectory(JdbcClient jdbc, OrgSeeder seeder) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ScopeUnit> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		ScopeUnit cached = cache.get(code);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<ScopeUnit> found = jdbc.sql("select code, name, path, active from org.unit where code = :code")
			.param("code", code)
			.query(UnitDirectory::map)
			.optional();
		found.ifPresent(unit -> cache.put(code, unit));
		return found;
	}

	@Override
	public List<ScopeUnit> assignable() {
		return jdbc.sql("select code, name, path, active from org.unit where active and level <> 'GRID' order by path")
			.query(UnitDirectory::map)
			.list();
	}

	void evict() {
		cache.clear();
	}

	private static ScopeUnit map(ResultSet rs, int row) throws SQLException {
		return new ScopeUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4));
	}
}
