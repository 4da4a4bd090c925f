package org.zhili.cases.internal.intake;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.platform.IdempotencyKey;

/**
 * The {@code Idempotency-Key}s of creates, each with the case it registered. A key is written in the case's own
 * transaction, so a retry finds either the case or nothing, never a key without its case.
 */
@Repository
public class IntakeKeys {

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
	Optional<Known> find(Sent sent) {
		return Optional.ofNullable(findAll(List.of(sent)).get(sent));
	}

	/** The cases registered under these keys within their retention, in one query. */
	Map<Sent, Known> findAll(Collection<Sent> sent) {
		Map<Sent, Known> known = new HashMap<>();
		if (sent.isEmpty()) {
			return known;
		}
		jdbc.sql("""
				select registered_by, idem_key, case_id, request_hash from cases.intake_key
				where (registered_by, idem_key) in (:sent) and created_at >= :cutoff""")
			.param("sent", sent.stream().map(k -> new Object[] { k.registeredBy(), k.key() }).toList())
			.param("cutoff", Timestamp.from(clock.instant().minus(IdempotencyKey.RETENTION)))
			.query((ResultSet rs) -> {
				known.put(new Sent(rs.getString(1), rs.getString(2)), new Known(rs.getLong(3), rs.getString(4)));
			});
		return known;
	}

	/** A key as sent by an account (each account has keys of its own). */
	record Sent(String registeredBy, String key) {
	}

	/** A key to record with the case its request registered. */
	record Recorded(Sent sent, String requestHash, long caseId, Instant at) {
	}

	/**
	 * Records keys with their new cases, in one statement; a key past its retention is taken over.
	 *
	 * @throws Taken when a key is in use (then the transaction must not commit)
	 */
	void recordAll(List<Recorded> keys) {
		if (keys.isEmpty()) {
			return;
		}
		List<Object[]> rows = keys.stream()
			.map(k -> new Object[] { k.sent().registeredBy(), k.sent().key(), k.requestHash(), k.caseId(),
					Timestamp.from(k.at()) })
			.toList();
		Set<Sent> written = new HashSet<>(jdbc.sql("""
				insert into cases.intake_key (registered_by, idem_key, request_hash, case_id, created_at)
				values :rows
				on conflict (registered_by, idem_key) do update
				  set request_hash = excluded.request_hash, case_id = excluded.case_id, created_at = excluded.created_at
				  where intake_key.created_at < excluded.created_at - make_interval(secs => :retention)
				returning registered_by, idem_key""")
			.param("rows", rows)
			.param("retention", IdempotencyKey.RETENTION.toSeconds())
			.query((rs, n) -> new Sent(rs.getString(1), rs.getString(2)))
			.list());
		for (Recorded k : keys) {
			if (!written.contains(k.sent())) {
				throw new Taken(k.sent().key());
			}
		}
	}

	/** Deletes the keys past their retention (a recurring task: they only take space). */
	public void forgetExpired() {
		jdbc.sql("delete from cases.intake_key where created_at < :cutoff")
			.param("cutoff", Timestamp.from(clock.instant().minus(IdempotencyKey.RETENTION)))
			.update();
	}
}
