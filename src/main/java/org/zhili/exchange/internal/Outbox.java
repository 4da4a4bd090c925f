package org.zhili.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages for the exchange ({@code exchange.outbox}), written in the transaction of the event they tell of, so a
 * message is there exactly when its event happened; sent by the relay, and deleted a while after.
 */
@Repository
class Outbox {

	/** A message waiting to be sent. */
	record Pending(long id, String topic, String key, String type, int version, String payload) {
	}

	/** A message as the admin page lists it. */
	record Row(long id, String topic, String key, String type, int version, String payload, Instant occurredAt,
			Instant queuedAt, Instant sentAt, int attempts, String lastError) {
	}

	/** Pending messages of one type. */
	record TypeCount(String type, int version, long pending, long sent) {
	}

	/** How many wait, since when the oldest does, and when the last one left. */
	record Summary(long pending, Instant oldestPending, Instant lastSent) {

		Duration oldestAge(Instant now) {
			return oldestPending == null ? Duration.ZERO : Duration.between(oldestPending, now);
		}
	}

	/** The relay's lock: one node sends at a time, so one item's messages leave in the order they happened. */
	private static final long RELAY_LOCK = 0x7a68696c6945784cL;

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final ExchangeSignal signal;

	Outbox(JdbcClient jdbc, JsonMapper json, Clock clock, ExchangeSignal signal) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.signal = signal;
	}

	/** Adds the messages in the caller's transaction, in one statement; the relay is woken when it commits. */
	void add(List<OutboxMessage> messages) {
		if (messages.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(messages.size());
		for (OutboxMessage m : messages) {
			rows.add(new Object[] { m.type().topic(), m.key(), m.type().name(), m.type().version(),
					json.writeValueAsString(m.payload()), Timestamp.from(m.occurredAt()) });
		}
		// one statement for the batch: it runs inside intake's group commit, so every case waits for it
		jdbc.sql("""
				insert into exchange.outbox (topic, message_key, type, version, payload, occurred_at, queued_at)
				select r.topic, r.message_key, r.type, cast(r.version as int), cast(r.payload as jsonb),
				  cast(r.occurred_at as timestamptz), cast(:now as timestamptz)
				from (values :rows) as r(topic, message_key, type, version, payload, occurred_at)""")
			.param("now", Timestamp.from(clock.instant()))
			.param("rows", rows)
			.update();
		signal.wakeAfterCommit();
	}

	/**
	 * Takes the relay's turn for the caller's transaction: {@code false} when another node's relay is sending (this
	 * one then waits, and takes over when that one stops).
	 */
	boolean relayTurn() {
		return jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", RELAY_LOCK)
			.query(Boolean.class)
			.single();
	}

	/** Up to {@code max} pending messages, oldest first, locked until the caller's transaction ends. */
	List<Pending> pending(int max) {
		return jdbc.sql("""
				select id, topic, message_key, type, version, payload::text from exchange.outbox
				where sent_at is null order by id limit :max for update skip locked""")
			.param("max", max)
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getString(6)))
			.list();
	}

	void sent(Collection<Long> ids, Instant at) {
		if (!ids.isEmpty()) {
			jdbc.sql("update exchange.outbox set sent_at = :at, attempts = attempts + 1 where id in (:ids)")
				.param("at", Timestamp.from(at))
				.param("ids", ids)
				.update();
		}
	}

	void failed(Collection<Long> ids, String error) {
		if (!ids.isEmpty()) {
			jdbc.sql("update exchange.outbox set attempts = attempts + 1, last_error = :error where id in (:ids)")
				.param("error", error)
				.param("ids", ids)
				.update();
		}
	}

	/** Deletes up to {@code max} messages sent before {@code cutoff}; answers how many. */
	int deleteSentBefore(Instant cutoff, int max) {
		return jdbc.sql("""
				delete from exchange.outbox where id in (
				  select id from exchange.outbox where sent_at < :cutoff limit :max)""")
			.param("cutoff", Timestamp.from(cutoff))
			.param("max", max)
			.update();
	}

	Summary summary() {
		return jdbc.sql("""
				select (select count(*) from exchange.outbox where sent_at is null),
				  (select queued_at from exchange.outbox where sent_at is null order by id limit 1),
				  (select max(sent_at) from exchange.outbox where sent_at is not null)""")
			.query((rs, n) -> new Summary(rs.getLong(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))))
			.single();
	}

	List<TypeCount> perType() {
		return jdbc.sql("""
				select type, version, count(*) filter (where sent_at is null), count(*) filter (where sent_at is not null)
				from exchange.outbox group by type, version order by type, version""")
			.query((rs, n) -> new TypeCount(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	List<Row> latest(int max) {
		return jdbc.sql("""
				select id, topic, message_key, type, version, payload::text, occurred_at, queued_at, sent_at, attempts,
				  last_error
				from exchange.outbox order by id desc limit :max""")
			.param("max", max)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getString(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)),
					rs.getInt(10), rs.getString(11)))
			.list();
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
