package org.zhili.platform.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The remembered answers behind {@link IdempotencyFilter}. */
@Component
class IdempotencyStore {

	/** How long a key is remembered. */
	static final Duration RETENTION = Duration.ofHours(24);
	/** How often expired keys are deleted. */
	static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

	/** A remembered request; {@code status} is {@code null} while the first attempt is still running. */
	record Stored(String requestHash, Integer status, String contentType, byte[] body) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AtomicLong lastCleanup = new AtomicLong(Long.MIN_VALUE / 2);

	IdempotencyStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether this caller is the first to use the key (and so must perform the request). */
	boolean claim(String principal, String key, String requestHash) {
		forgetExpired();
		return jdbc.sql("""
				insert into platform.idempotent_request (principal, idem_key, request_hash, created_at)
				values (:principal, :key, :hash, :now) on conflict do nothing""")
			.param("principal", principal)
			.param("key", key)
			.param("hash", requestHash)
			.param("now", Timestamp.from(clock.instant()))
			.update() == 1;
	}

	/**
	 * Deletes keys past their retention, at most once per {@link #CLEANUP_EVERY}: on every request it would cost a
	 * statement each time (and compete for the same index pages) for rows that expire by the minute at best.
	 * An expired key that is still there a little longer only means a retry within that minute is still answered.
	 */
	private void forgetExpired() {
		long now = clock.millis();
		long last = lastCleanup.get();
		if (now - last < CLEANUP_EVERY.toMillis() || !lastCleanup.compareAndSet(last, now)) {
			return;
		}
		jdbc.sql("delete from platform.idempotent_request where created_at < :cutoff")
			.param("cutoff", Timestamp.from(clock.instant().minus(RETENTION)))
			.update();
	}

	void complete(String principal, String key, int status, String contentType, byte[] body) {
		jdbc.sql("""
				update platform.idempotent_request set status = :status, content_type = :type, body = :body
				where principal = :principal and idem_key = :key""")
			.param("status", status)
			.param("type", contentType)
			.param("body", body)
			.param("principal", principal)
			.param("key", key)
			.update();
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
