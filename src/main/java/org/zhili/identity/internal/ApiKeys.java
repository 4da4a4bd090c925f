package org.zhili.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.identity.Role;

/** API keys for system integrations (e.g. the city 12345 platform); the database holds only their hashes. */
@Component
class ApiKeys {

	static final String PREFIX = "zk_";

	/** A key as listed: never the secret itself, only its first characters. */
	record ApiKey(long id, String name, String prefix, Set<Role> roles, String scopeUnitCode, boolean includeChildren,
			String issuedBy, Instant issuedAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

		boolean usableAt(Instant now) {
			return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
		}
	}

	private static final String COLUMNS = """
			id, name, key_prefix, roles, scope_unit_code, scope_include_children, issued_by, issued_at, expires_at,
			revoked_at, last_used_at""";

	private final JdbcClient jdbc;
	private final Clock clock;

	ApiKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Creates a key and returns its secret, which is shown this once and never again. */
	String issue(String name, Set<Role> roles, String scopeUnitCode, boolean includeChildren, Instant expiresAt,
			String issuedBy) {
		return issue(Secrets.generate(PREFIX), name, roles, scopeUnitCode, includeChildren, expiresAt, issuedBy);
	}

	/** Creates a key with a known secret: only the documented demo key is made this way. */
	String issue(String key, String name, Set<Role> roles, String scopeUnitCode, boolean includeChildren,
			Instant expiresAt, String issuedBy) {
		jdbc.sql("""
				insert into identity.api_key (name, key_prefix, key_hash, roles, scope_unit_code, scope_include_children,
				  issued_by, issued_at, expires_at)
				values (:name, :prefix, :hash, cast(:roles as varchar[]), :scope, :children, :by, :now, :expires)""")
			.param("name", name)
			.param("prefix", key.substring(0, 10))
			.param("hash", Secrets.sha256(key))
			.param("roles", AccountRepository.rolesLiteral(roles))
			.param("scope", scopeUnitCode)
			.param("children", includeChildren)
			.param("by", issuedBy)
			.param("now", Timestamp.from(clock.instant()))
			.param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
			.update();
		return key;
	}

	Optional<ApiKey> findBySecret(String key) {
		Optional<ApiKey> found = jdbc.sql("select " + COLUMNS + " from identity.api_key where key_hash = :hash")
			.param("hash", Secrets.sha256(key))
			.query(ApiKeys::map)
			.optional();
		found.ifPresent(this::touch);
		return found;
	}

	Optional<ApiKey> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from identity.api_key where id = :id").param("id", id).query(ApiKeys::map).optional();
	}

	boolean nameTaken(String name) {
		return jdbc.sql("select count(*) from identity.api_key where name = :name").param("name", name).query(Integer.class).single() > 0;
	}

	List<ApiKey> findAll() {
		return jdbc.sql("select " + COLUMNS + " from identity.api_key order by issued_at desc").query(ApiKeys::map).list();
	}

	boolean revoke(long id) {
		return jdbc.sql("update identity.api_key set revoked_at = :now where id = :id and revoked_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update() == 1;
	}

	/** Records use at most once a minute, so a busy integration does not write on every call. */
	private void touch(ApiKey key) {
		Instant now = clock.instant();
		if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(Duration.ofMinutes(1)))) {
			jdbc.sql("update identity.api_key set last_used_at = :now where id = :id")
				.param("now", Timestamp.from(now))
				.param("id", key.id())
				.update();
		}
	}

	private static ApiKey map(ResultSet rs, int row) throws SQLException {
		return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
				AccountRepository.roles(rs.getArray("roles")), rs.getString("scope_unit_code"),
				rs.getBoolean("scope_include_children"), rs.getString("issued_by"), instant(rs, "issued_at"),
				instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
