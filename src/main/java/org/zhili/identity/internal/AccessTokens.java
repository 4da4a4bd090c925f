package org.zhili.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Bearer tokens issued by {@code POST /api/v1/auth/token}; the database holds only their hashes. */
@Component
class AccessTokens {

	static final String PREFIX = "zt_";

	record Issued(String token, Instant expiresAt) {
	}


	private final JdbcClient jdbc;
	private final SecurityProperties properties;
	private final Clock clock;

	AccessTokens(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	Issued issue(long accountId, String address) {
		String token = Secrets.generate(PREFIX);
		Instant now = clock.instant();
		Instant expires = now.plus(properties.tokenLifetime());
		jdbc.sql("""
				insert into identity.access_token (token_hash, account_id, issued_at, expires_at, address)
				values (:hash, :account, :now, :expires, :address)""")
			.param("hash", Secrets.sha256(token))
			.param("account", accountId)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.param("address", address)
			.update();
		// Expired tokens are of no use to anyone; clear them as new ones are made.
		jdbc.sql("delete from identity.access_token where expires_at < :cutoff")
			.param("cutoff", Timestamp.from(now.minus(properties.tokenLifetime())))
			.update();
		return new Issued(token, expires);
	}

	boolean revoke(String token) {
		return jdbc.sql("update identity.access_token set revoked_at = :now where token_hash = :hash and revoked_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("hash", Secrets.sha256(token))
			.update() == 1;
	}

	void revokeAll(long accountId) {
		jdbc.sql("update identity.access_token set revoked_at = :now where account_id = :id and revoked_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", accountId)
			.update();
	}
}
