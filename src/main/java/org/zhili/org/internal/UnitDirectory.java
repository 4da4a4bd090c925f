package org.zhili.org.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.identity.OrgUnitDirectory;

/**
 * Answers identity's questions about units (for data scopes). Paths are read on every API call, so they
 * are cached; {@link #evict()} is called whenever units change.
 */
@Component
class UnitDirectory implements OrgUnitDirectory, SmartInitializingSingleton {

	private final JdbcClient jdbc;
	private final OrgSeeder seeder;
	private final Map<String, Optional<ScopeUnit>> cache = new ConcurrentHashMap<>();

	UnitDirectory(JdbcClient jdbc, OrgSeeder seeder) {
		this.jdbc = jdbc;
		this.seeder = seeder;
	}

	@Override
	public void afterSingletonsInstantiated() {
		seeder.seedIfEmpty();
	}

	@Override
	public Optional<ScopeUnit> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return cache.computeIfAbsent(code, c -> jdbc.sql("select code, name, path, active from org.unit where code = :code")
			.param("code", c)
			.query((rs, n) -> new ScopeUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.optional());
	}

	void evict() {
		cache.clear();
	}
}
