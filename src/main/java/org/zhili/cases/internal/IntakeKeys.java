package org.zhili.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.platform.IdempotencyKey;

/**
 * The {@code Idempotency-Key}s of creates, each with the case it registered. A key is written in the case's own
 * transaction, so a retry finds either the case or nothing, never a key without its case.
 */
@Repository
class IntakeKeys {

	/** The case a key registered, and the fingerprint of the request that did. */
	record Known(long caseId, String requestHash) {
	}

	/** A key used at the same moment by another request, which registered its case first. */
	static final class Taken extends RuntimeException {

		Taken(String key) {
			super("Idempotency-Key " + key + " is taken", null, false, false);
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	IntakeKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The case registered under the key within its retention. */
	Optional<Known> find(String registeredBy, String key) {
		return jdbc.sql("""
				select case_id, request_hash from cases.intake_key
				where registered_by = :by and idem_key = :key and created_at >= :cutoff""")
			.param("by", registeredBy)
			.param("key", key)
			.param("cutoff", Timestamp.from(clock.instant().minus(IdempotencyKey.RETENTION)))
			.query((rs, n) -> new Known(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/**
	 * Records the key with its new case; a key past its retention is taken over.
	 *
	 * @throws Taken when the key is in use (then the transaction must not commit)
	 */
	void record(String registeredBy, String key, String requestHash, long caseId, Instant at) {
		int written = jdbc.sql("""
				insert into cases.intake_key (registered_by, idem_key, request_hash, case_id, created_at)
				values (:by, :key, :hash, :case, :at)
				on conflict (registered_by, idem_key) do update
				  set request_hash = excluded.request_hash, case_id = excluded.case_id, created_at = excluded.created_at
				  where intake_key.created_at < :cutoff""")
			.param("by", registeredBy)
			.param("key", key)
			.param("hash", requestHash)
			.param("case", caseId)
			.param("at", Timestamp.from(at))
			.param("cutoff", Timestamp.from(at.minus(IdempotencyKey.RETENTION)))
			.update();
		if (written == 0) {
			throw new Taken(key);
		}
	}

	/** Deletes the keys past their retention (a recurring task: they only take space). */
	void forgetExpired() {
		jdbc.sql("delete from cases.intake_key where created_at < :cutoff")
			.param("cutoff", Timestamp.from(clock.instant().minus(IdempotencyKey.RETENTION)))
			.update();
	}
}
