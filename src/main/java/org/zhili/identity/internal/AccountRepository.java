package org.zhili.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.identity.Role;

/** Accounts in {@code identity.account}; personal fields are encrypted on the way in, decrypted on the way out. */
@Repository
class AccountRepository {

	/** What is needed to create an account. */
	record NewAccount(String username, String displayName, String phone, Set<Role> roles, String scopeUnitCode,
			boolean scopeIncludeChildren, String passwordHash, boolean mustChangePassword, String totpSecret,
			boolean demo) {
	}

	private static final String COLUMNS = """
			id, username, display_name, phone, roles, scope_unit_code, scope_include_children, password_hash,
			password_changed_at, must_change_password, failed_attempts, locked_until, totp_secret, totp_last_step,
			enabled, demo, created_at, last_login_at, version""";

	/** Built once: it is read for every request with a bearer token. */
	private static final String BY_TOKEN_HASH = "select t.expires_at as token_expires_at, "
			+ "t.revoked_at is not null as token_revoked, " + COLUMNS.replaceAll("(\\w+)", "a.$1")
			+ " from identity.access_token t join identity.account a on a.id = t.account_id where t.token_hash = :hash";

	/** Which accounts to list: those whose scope unit lies inside {@code scopePattern}, optionally narrowed. */
	record Filter(String scopePattern, String usernameContains, Role role, int offset, int limit) {
	}

	private final JdbcClient jdbc;
	private final FieldCipher cipher;
	private final OrgUnitDirectory units;

	AccountRepository(JdbcClient jdbc, FieldCipher cipher, OrgUnitDirectory units) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.units = units;
	}

	Optional<Account> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from identity.account where username = :u")
			.param("u", username.strip().toLowerCase())
			.query(this::map)
			.optional();
	}

	/** An access token with the account it belongs to, in one query (it is read on every API call). */
	record TokenAccount(Instant expiresAt, boolean revoked, Account account) {
	}

	Optional<TokenAccount> findByTokenHash(String tokenHash) {
		return jdbc.sql(BY_TOKEN_HASH)
			.param("hash", tokenHash)
			.query((rs, n) -> new TokenAccount(rs.getTimestamp("token_expires_at").toInstant(),
					rs.getBoolean("token_revoked"), map(rs, n)))
			.optional();
	}

	Optional<Account> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from identity.account where id = :id").param("id", id).query(this::map).optional();
	}

	List<Account> find(Filter filter) {
		return jdbc.sql("select " + COLUMNS + " from identity.account where " + where(filter)
				+ " order by username offset :offset limit :limit")
			.params(parameters(filter))
			.param("offset", filter.offset())
			.param("limit", filter.limit())
			.query(this::map)
			.list();
	}

	long count(Filter filter) {
		return jdbc.sql("select count(*) from identity.account where " + where(filter))
			.params(parameters(filter))
			.query(Long.class)
			.single();
	}

	/** The account, if its scope unit lies inside {@code scopePattern}. */
	Optional<Account> findById(long id, String scopePattern) {
		return jdbc.sql("select " + COLUMNS + " from identity.account where id = :id and scope_unit_path like :scope")
			.param("id", id)
			.param("scope", scopePattern)
			.query(this::map)
			.optional();
	}

	private static String where(Filter filter) {
		StringBuilder where = new StringBuilder("scope_unit_path like :scope");
		if (filter.usernameContains() != null && !filter.usernameContains().isBlank()) {
			where.append(" and username like :q");
		}
		if (filter.role() != null) {
			where.append(" and :role = any(roles)");
		}
		return where.toString();
	}

	private static Map<String, Object> parameters(Filter filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("scope", filter.scopePattern());
		if (filter.usernameContains() != null && !filter.usernameContains().isBlank()) {
			params.put("q", "%" + filter.usernameContains().strip().toLowerCase().replace("%", "").replace("_", "\\_") + "%");
		}
		if (filter.role() != null) {
			params.put("role", filter.role().name());
		}
		return params;
	}

	/** Fills in scope paths missing from accounts created before paths were kept. */
	void backfillScopePaths() {
		jdbc.sql("select id, scope_unit_code from identity.account where scope_unit_path is null")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach(e -> jdbc.sql("update identity.account set scope_unit_path = :path where id = :id")
				.param("path", pathOf(e.getValue()))
				.param("id", e.getKey())
				.update());
	}

	private String pathOf(String unitCode) {
		return units.findScope(unitCode).map(OrgUnitDirectory.ScopeUnit::path).orElse(null);
	}

	boolean exists(String username) {
		return jdbc.sql("select count(*) from identity.account where username = :u")
			.param("u", username.strip().toLowerCase())
			.query(Integer.class)
			.single() > 0;
	}

	long count() {
		return jdbc.sql("select count(*) from identity.account").query(Long.class).single();
	}

	long insert(NewAccount a, Instant now) {
		return jdbc.sql("""
				insert into identity.account (username, display_name, phone, roles, scope_unit_code, scope_unit_path,
				  scope_include_children, password_hash, password_changed_at, must_change_password, totp_secret, demo,
				  created_at)
				values (:username, :name, :phone, cast(:roles as varchar[]), :scope, :path, :children, :hash, :now,
				  :mustChange, :totp, :demo, :now)
				returning id""")
			.param("username", a.username().strip().toLowerCase())
			.param("name", cipher.encrypt(a.displayName()))
			.param("phone", cipher.encrypt(a.phone()))
			.param("roles", rolesLiteral(a.roles()))
			.param("scope", a.scopeUnitCode())
			.param("path", pathOf(a.scopeUnitCode()))
			.param("children", a.scopeIncludeChildren())
			.param("hash", a.passwordHash())
			.param("now", Timestamp.from(now))
			.param("mustChange", a.mustChangePassword())
			.param("totp", cipher.encrypt(a.totpSecret()))
			.param("demo", a.demo())
			.query(Long.class)
			.single();
	}

	/** Counts one more failed sign-in and returns the new count. */
	int recordFailure(long id) {
		return jdbc.sql("update identity.account set failed_attempts = failed_attempts + 1 where id = :id returning failed_attempts")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	/** Locks until then; the failures go on counting, so that the next lock lasts longer. */
	void lock(long id, Instant until) {
		jdbc.sql("update identity.account set locked_until = :until where id = :id")
			.param("until", Timestamp.from(until))
			.param("id", id)
			.update();
	}

	void unlock(long id) {
		jdbc.sql("update identity.account set locked_until = null, failed_attempts = 0 where id = :id").param("id", id).update();
	}

	void recordSuccess(long id, Instant now) {
		jdbc.sql("update identity.account set failed_attempts = 0, locked_until = null, last_login_at = :now where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/** Remembers the last time step a one-time code was accepted for, so a code cannot be replayed. */
	boolean advanceTotpStep(long id, long step) {
		return jdbc.sql("""
				update identity.account set totp_last_step = :step
				where id = :id and (totp_last_step is null or totp_last_step < :step)""")
			.param("step", step)
			.param("id", id)
			.update() == 1;
	}

	/** The hashes of the account's current password and the {@code count} before it, newest first. */
	List<String> recentPasswordHashes(long id, int count) {
		return jdbc.sql("""
				(select password_hash, now() as at from identity.account where id = :id)
				union all
				(select password_hash, replaced_at from identity.password_history where account_id = :id
				 order by replaced_at desc limit :count)
				order by at desc""")
			.param("id", id)
			.param("count", count)
			.query((rs, n) -> rs.getString(1))
			.list();
	}

	/** Sets the password, keeping the one it replaces in the account's password history. */
	void changePassword(long id, String hash, Instant now, boolean mustChange) {
		jdbc.sql("""
				insert into identity.password_history (account_id, password_hash, replaced_at)
				select id, password_hash, :now from identity.account where id = :id""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
		jdbc.sql("""
				update identity.account set password_hash = :hash, password_changed_at = :now,
				  must_change_password = :mustChange, version = version + 1 where id = :id""")
			.param("hash", hash)
			.param("now", Timestamp.from(now))
			.param("mustChange", mustChange)
			.param("id", id)
			.update();
	}

	void enrolTotp(long id, String secret, long step) {
		jdbc.sql("update identity.account set totp_secret = :secret, totp_last_step = :step, version = version + 1 where id = :id")
			.param("secret", cipher.encrypt(secret))
			.param("step", step)
			.param("id", id)
			.update();
	}

	void removeTotp(long id) {
		jdbc.sql("update identity.account set totp_secret = null, totp_last_step = null, version = version + 1 where id = :id")
			.param("id", id)
			.update();
	}

	/** Changes roles and scope unless someone else changed the account since {@code version} was read. */
	boolean updateAccess(long id, int version, Set<Role> roles, String scopeUnitCode, boolean includeChildren) {
		return jdbc.sql("""
				update identity.account set roles = cast(:roles as varchar[]), scope_unit_code = :scope,
				  scope_unit_path = :path, scope_include_children = :children, version = version + 1
				where id = :id and version = :version""")
			.param("roles", rolesLiteral(roles))
			.param("scope", scopeUnitCode)
			.param("path", pathOf(scopeUnitCode))
			.param("children", includeChildren)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean updateProfile(long id, int version, String displayName, String phone) {
		return jdbc.sql("""
				update identity.account set display_name = :name, phone = :phone, version = version + 1
				where id = :id and version = :version""")
			.param("name", cipher.encrypt(displayName))
			.param("phone", cipher.encrypt(phone))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void setEnabled(long id, boolean enabled) {
		jdbc.sql("update identity.account set enabled = :enabled, version = version + 1 where id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	/** Current version and state, read on every request of a web session to apply changes at once. */
	Optional<Integer> versionOf(long id) {
		return jdbc.sql("select version from identity.account where id = :id and enabled")
			.param("id", id)
			.query(Integer.class)
			.optional();
	}

	static String rolesLiteral(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
	}

	private Account map(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getLong("id"), rs.getString("username"), cipher.decrypt(rs.getString("display_name")),
				cipher.decrypt(rs.getString("phone")), roles(rs.getArray("roles")), rs.getString("scope_unit_code"),
				rs.getBoolean("scope_include_children"), rs.getString("password_hash"),
				instant(rs, "password_changed_at"), rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
				instant(rs, "locked_until"), cipher.decrypt(rs.getString("totp_secret")),
				(Long) rs.getObject("totp_last_step"), rs.getBoolean("enabled"), rs.getBoolean("demo"),
				instant(rs, "created_at"), instant(rs, "last_login_at"), rs.getInt("version"));
	}

	static Set<Role> roles(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
