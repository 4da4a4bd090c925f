package org.zhili.platform.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.platform.GroupCommit;
import org.zhili.platform.IdempotencyKey;

/** The remembered answers behind {@link IdempotencyFilter}. */
@Component
class IdempotencyStore {

	/** A remembered request; {@code status} is {@code null} while the first attempt is still running. */
	record Stored(String requestHash, Integer status, String contentType, byte[] body) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	/**
	 * Claims and answers of concurrent requests commit together: two commits of their own per request would
	 * otherwise make every keyed create (an Open311 request, say) wait twice more for the database's log to reach
	 * the disk. Case intake keeps its keys itself and does not come here.
	 */
	private final GroupCommit<Supplier<Integer>, Integer> writes;

	IdempotencyStore(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.writes = new GroupCommit<>(new TransactionTemplate(transactions),
				statements -> statements.stream().map(Supplier::get).toList(), 64);
	}

	/**
	 * Whether this caller is the first to use the key (and so must perform the request). A key past its
	 * retention counts as unused: it is taken over here, so expiry is exact whenever the cleanup last ran.
	 */
	boolean claim(String principal, String key, String requestHash) {
		Instant now = clock.instant();
		return writes.write(() -> jdbc.sql("""
				insert into platform.idempotent_request (principal, idem_key, request_hash, created_at)
				values (:principal, :key, :hash, :now)
				on conflict (principal, idem_key) do update
				  set request_hash = excluded.request_hash, created_at = excluded.created_at,
				      status = null, content_type = null, body = null
				  where idempotent_request.created_at < :cutoff""")
			.param("principal", principal)
			.param("key", key)
			.param("hash", requestHash)
			.param("now", Timestamp.from(now))
			.param("cutoff", Timestamp.from(now.minus(IdempotencyKey.RETENTION)))
			.update()) == 1;
	}

	/** Deletes the keys past their retention (a recurring task: the rows only take space). */
	void forgetExpired() {
		jdbc.sql("delete from platform.idempotent_request where created_at < :cutoff")
			.param("cutoff", Timestamp.from(clock.instant().minus(IdempotencyKey.RETENTION)))
			.update();
	}

	void complete(String principal, String key, int status, String contentType, byte[] body) {
		writes.write(() -> jdbc.sql("""
				update platform.idempotent_request set status = :status, content_type = :type, body = :body
				where principal = :principal and idem_key = :key""")
			.param("status", status)
			.param("type", contentType)
			.param("body", body)
			.param("principal", principal)
			.param("key", key)
			.update());
	}

	/** Forgets a claim whose request failed on the server, so it can be retried. */
	void release(String principal, String key) {
		jdbc.sql("delete from platform.idempotent_request where principal = :principal and idem_key = :key and status is null")
			.param("principal", principal)
			.param("key", key)
			.update();
	}

	Optional<Stored> find(String principal, String key) {
		return jdbc.sql("""
				select request_hash, status, content_type, body from platform.idempotent_request
				where principal = :principal and idem_key = :key""")
			.param("principal", principal)
			.param("key", key)
			.query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4)))
			.optional();
	}
}
