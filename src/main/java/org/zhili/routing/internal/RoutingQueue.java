package org.zhili.routing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.cases.CaseRegistered;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases waiting for routing ({@code routing.queue}), shared by every node: taken a batch at a time by
 * {@link RoutingConsumers}, each row locked by the transaction that routes it, so no case is routed twice and none
 * is lost when a node stops mid-batch.
 */
@Repository
class RoutingQueue {

	/** How many cases wait, and since when the oldest does. */
	record Backlog(long cases, Instant oldest) {

		Duration age(Instant now) {
			return oldest == null ? Duration.ZERO : Duration.between(oldest, now);
		}
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final RoutingSignal signal;

	RoutingQueue(JdbcClient jdbc, JsonMapper json, Clock clock, RoutingSignal signal) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.signal = signal;
	}

	/** Queues the cases in the caller's transaction; routing's consumers are woken when it commits. */
	void add(List<CaseRegistered> cases) {
		if (cases.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> rows = new ArrayList<>(cases.size());
		for (CaseRegistered c : cases) {
			rows.add(new Object[] { c.caseId(), json.writeValueAsString(c) });
		}
		// one statement for the batch: it runs inside intake's group commit, so every case waits for it. Due at once,
		// whatever "now" the consumer reads (a clock set back must not hold a new case for later)
		jdbc.sql("""
				insert into routing.queue (case_id, queued_at, not_before, payload)
				select r.case_id, cast(:now as timestamptz), '-infinity', cast(r.payload as jsonb)
				from (values :rows) as r(case_id, payload)
				on conflict (case_id) do nothing""")
			.param("now", now)
			.param("rows", rows)
			.update();
		signal.wakeAfterCommit();
	}

	/**
	 * Takes up to {@code max} cases, oldest first, locked until the caller's transaction ends (and removed when it
	 * commits); cases another consumer holds are skipped.
	 */
	List<CaseRegistered> take(int max) {
		return jdbc.sql("""
				delete from routing.queue where case_id in (
				  select case_id from routing.queue where not_before <= :now
				  order by queued_at, case_id limit :max for update skip locked)
				returning payload""")
			.param("now", Timestamp.from(clock.instant()))
			.param("max", max)
			.query((rs, n) -> json.readValue(rs.getString(1), CaseRegistered.class))
			.list();
	}

	/** Takes one case (when its batch failed, each is routed on its own); empty if another consumer holds it. */
	List<CaseRegistered> takeOne(long caseId) {
		return jdbc.sql("""
				delete from routing.queue where case_id = (
				  select case_id from routing.queue where case_id = :id for update skip locked)
				returning payload""")
			.param("id", caseId)
			.query((rs, n) -> json.readValue(rs.getString(1), CaseRegistered.class))
			.list();
	}

	/**
	 * Takes one case out of the queue, waiting for a consumer that holds it to finish (then it is gone and answers
	 * empty): what followed a registration is handled only after the registration itself.
	 */
	List<CaseRegistered> remove(long caseId) {
		return jdbc.sql("delete from routing.queue where case_id = :id returning payload")
			.param("id", caseId)
			.query((rs, n) -> json.readValue(rs.getString(1), CaseRegistered.class))
			.list();
	}

	/** A case that could not be routed waits {@code delay} before it is tried again. */
	void postpone(long caseId, Duration delay) {
		jdbc.sql("update routing.queue set attempts = attempts + 1, not_before = :next where case_id = :id")
			.param("id", caseId)
			.param("next", Timestamp.from(clock.instant().plus(delay)))
			.update();
	}

	Backlog backlog() {
		return jdbc.sql("select count(*), min(queued_at) from routing.queue")
			.query((rs, n) -> new Backlog(rs.getLong(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.single();
	}
}
