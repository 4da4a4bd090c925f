package org.zhili.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.platform.ChinaTime;

/**
 * Adds to the per-unit, per-day counters in the same transaction as the events they count, so the
 * statistics are always exactly as current as the cases.
 */
@Repository
class UnitStats {

	/** Increments gathered during one action, written at its end (one statement per unit and day). */
	static final class Tally {

		private final Map<String, Map<LocalDate, Map<Counter, Long>>> counts = new LinkedHashMap<>();

		void add(String unitCode, Instant at, Counter counter, long amount) {
			if (unitCode == null || amount == 0) {
				return;
			}
			counts.computeIfAbsent(unitCode, u -> new LinkedHashMap<>())
				.computeIfAbsent(LocalDate.ofInstant(at, ChinaTime.ZONE), d -> new EnumMap<>(Counter.class))
				.merge(counter, amount, Long::sum);
		}

		void add(String unitCode, Instant at, Counter counter) {
			add(unitCode, at, counter, 1);
		}

		boolean isEmpty() {
			return counts.isEmpty();
		}
	}

	/**
	 * The counters recomputed from the timeline alone: each event row carries what its counters need
	 * (unit, and in {@code detail} whether it was on time, the rating…). This is the same counting as the
	 * steps do live, expressed over {@code cases.case_event}; bulk loads use it, and tests compare the two.
	 */
	private static final String REBUILD = """
			insert into cases.unit_day_stats (unit_code, day, received, direct_answered, dispatched, accepted,
			  accepted_on_time, returned, replied, replied_on_time, reworked, rated, solved, satisfied,
			  basically_satisfied, unsatisfied, unrated, closed, closed_on_time, handling_seconds, duplicates, supervised)
			select unit, day,
			  count(*) filter (where action = 'REGISTER'),
			  count(*) filter (where action = 'ANSWER'),
			  count(*) filter (where action in ('DISPATCH', 'DESIGNATE', 'REDISPATCH')),
			  count(*) filter (where action = 'ACCEPT'),
			  count(*) filter (where action = 'ACCEPT' and cases.flag(detail, 'onTime')),
			  count(*) filter (where action = 'APPROVE' and detail ->> 'request' = 'RETURN'),
			  count(*) filter (where action = 'REVIEW' and cases.flag(detail, 'approved')),
			  count(*) filter (where action = 'REVIEW' and cases.flag(detail, 'approved') and cases.flag(detail, 'onTime')),
			  count(*) filter (where action = 'REVIEW' and not cases.flag(detail, 'approved')),
			  count(*) filter (where action in ('CALLBACK', 'RATE') and cases.flag(detail, 'reached')),
			  count(*) filter (where action in ('CALLBACK', 'RATE') and cases.flag(detail, 'reached') and cases.flag(detail, 'solved')),
			  count(*) filter (where action in ('CALLBACK', 'RATE') and detail ->> 'satisfaction' = 'SATISFIED'),
			  count(*) filter (where action in ('CALLBACK', 'RATE') and detail ->> 'satisfaction' = 'BASICALLY_SATISFIED'),
			  count(*) filter (where action in ('CALLBACK', 'RATE') and detail ->> 'satisfaction' = 'UNSATISFIED'),
			  count(*) filter (where action = 'CALLBACK' and not cases.flag(detail, 'reached') and to_state = 'RATED'),
			  count(*) filter (where action = 'CLOSE'),
			  count(*) filter (where action = 'CLOSE' and cases.flag(detail, 'onTime')),
			  coalesce(sum((detail ->> 'handlingSeconds')::bigint) filter (where action = 'CLOSE'), 0),
			  count(*) filter (where action = 'MERGE'),
			  count(*) filter (where action = 'SUPERVISE')
			from (select e.action, e.to_state, e.detail,
			        (e.occurred_at at time zone 'Asia/Shanghai')::date as day,
			        case e.action when 'REGISTER' then coalesce(e.unit_code, e.actor_unit)
			                      when 'ANSWER' then e.actor_unit
			                      when 'MERGE' then e.detail ->> 'street'
			                      else e.unit_code end as unit
			      from cases.case_event e
			      where e.occurred_at >= :from and e.occurred_at < :to) x
			where unit is not null
			group by unit, day""";

	private final JdbcClient jdbc;

	UnitStats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Recomputes the counters of the days in [from, to) from the timeline. */
	void rebuild(java.time.LocalDate from, java.time.LocalDate to) {
		jdbc.sql("delete from cases.unit_day_stats where day >= :from and day < :to")
			.param("from", from)
			.param("to", to)
			.update();
		jdbc.sql(REBUILD)
			.param("from", java.sql.Timestamp.from(from.atStartOfDay(ChinaTime.ZONE).toInstant()))
			.param("to", java.sql.Timestamp.from(to.atStartOfDay(ChinaTime.ZONE).toInstant()))
			.update();
		// Events that count nothing (a department reporting in) leave rows of zeros, which live counting never writes.
		jdbc.sql("delete from cases.unit_day_stats where day >= :from and day < :to and " + String.join(" + ",
				java.util.Arrays.stream(Counter.values()).map(Counter::column).toList()) + " = 0")
			.param("from", from)
			.param("to", to)
			.update();
	}

	void write(Tally tally) {
		tally.counts.forEach((unit, days) -> days.forEach((day, counters) -> {
			String columns = counters.keySet().stream().map(Counter::column).collect(Collectors.joining(", "));
			String values = counters.keySet().stream().map(c -> ":" + c.column()).collect(Collectors.joining(", "));
			String updates = counters.keySet()
				.stream()
				.map(c -> c.column() + " = cases.unit_day_stats." + c.column() + " + excluded." + c.column())
				.collect(Collectors.joining(", "));
			JdbcClient.StatementSpec statement = jdbc.sql("insert into cases.unit_day_stats (unit_code, day, " + columns
					+ ") values (:unit, :day, " + values + ") on conflict (unit_code, day) do update set " + updates)
				.param("unit", unit)
				.param("day", day);
			for (Map.Entry<Counter, Long> c : counters.entrySet()) {
				statement = statement.param(c.getKey().column(), c.getValue());
			}
			statement.update();
		}));
	}
}
