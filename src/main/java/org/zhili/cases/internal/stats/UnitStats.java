package org.zhili.cases.internal.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.platform.ChinaTime;

/**
 * Adds to the per-unit, per-day counters in the same transaction as the events they count, so the
 * statistics are always exactly as current as the cases.
 */
@Repository
public class UnitStats {

	/** Increments gathered during one action, written at its end (one statement per unit and day). */
	public static final class Tally {

		private final Map<String, Map<LocalDate, Map<Counter, Long>>> counts = new LinkedHashMap<>();

		public void add(String unitCode, Instant at, Counter counter, long amount) {
			if (unitCode == null || amount == 0) {
				return;
			}
			counts.computeIfAbsent(unitCode, u -> new LinkedHashMap<>())
				.computeIfAbsent(LocalDate.ofInstant(at, ChinaTime.ZONE), d -> new EnumMap<>(Counter.class))
				.merge(counter, amount, Long::sum);
		}

		public void add(String unitCode, Instant at, Counter counter) {
			add(unitCode, at, counter, 1);
		}

		boolean isEmpty() {
			return counts.isEmpty();
		}

		/** Each increment gathered: unit, day, counter and amount. */
		public void forEach(Increment increment) {
			counts.forEach((unit, days) -> days.forEach((day, counters) -> counters
				.forEach((counter, amount) -> increment.add(unit, day, counter, amount))));
		}
	}

	@FunctionalInterface
	public interface Increment {

		void add(String unitCode, LocalDate day, Counter counter, long amount);
	}

	/**
	 * The counters recomputed from the timeline alone: each event row carries what its counters need (unit, and
	 * in {@code detail} whether it was on time, the rating, the dispatch it answers…). The counting is
	 * {@link CountedEvents}'s, the same as the steps do live; bulk loads use it, and tests compare the two. One
	 * pass over the events: an event counts for one unit on one day, since the counters of an action share them.
	 */
	private static final String REBUILD = rebuildStatement();

	private static String rebuildStatement() {
		List<Counter> counters = List.of(Counter.values());
		String columns = counters.stream().map(Counter::column).collect(Collectors.joining(", "));
		String measures = counters.stream()
			.map(c -> c == Counter.HANDLING_SECONDS
					? "coalesce(sum((e.detail ->> 'handlingSeconds')::bigint) filter (where " + CountedEvents.condition(c) + "), 0)"
					: "count(*) filter (where " + CountedEvents.condition(c) + ")")
			.collect(Collectors.joining(",\n  "));
		return "insert into cases.unit_day_stats (unit_code, day, " + columns + ")\n"
				+ "select e.unit, e.day,\n  " + measures + "\n"
				+ "from (select e.*, " + byCounter(counters, CountedEvents::unit, "e.unit_code") + " as unit, "
				+ byCounter(counters, CountedEvents::day, CountedEvents.day(Counter.RECEIVED)) + " as day\n"
				// No event counts on a day after it happened (CountedEvents#at): the earliest events are bounded.
				+ "      from cases.case_event e where e.occurred_at >= :from) e\n"
				+ "where e.unit is not null and e.day >= :fromDay and e.day < :toDay\n"
				+ "group by e.unit, e.day";
	}

	/** {@code case when <condition> then <expression> … else <otherwise> end} for the counters that differ. */
	private static String byCounter(List<Counter> counters, Function<Counter, String> expression, String otherwise) {
		String cases = counters.stream()
			.filter(c -> !expression.apply(c).equals(otherwise))
			.map(c -> "when " + CountedEvents.condition(c) + " then " + expression.apply(c))
			.collect(Collectors.joining(" "));
		return cases.isEmpty() ? otherwise : "case " + cases + " else " + otherwise + " end";
	}

	private final JdbcClient jdbc;

	UnitStats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Recomputes the counters of the days in [from, to) from the timeline. */
	public void rebuild(java.time.LocalDate from, java.time.LocalDate to) {
		jdbc.sql("delete from cases.unit_day_stats where day >= :from and day < :to")
			.param("from", from)
			.param("to", to)
			.update();
		jdbc.sql(REBUILD)
			.param("from", java.sql.Timestamp.from(from.atStartOfDay(ChinaTime.ZONE).toInstant()))
			.param("fromDay", from)
			.param("toDay", to)
			.update();
		// Events that count nothing (a department reporting in) leave rows of zeros, which live counting never writes.
		jdbc.sql("delete from cases.unit_day_stats where day >= :from and day < :to and " + String.join(" + ",
				java.util.Arrays.stream(Counter.values()).map(Counter::column).toList()) + " = 0")
			.param("from", from)
			.param("to", to)
			.update();
	}

	public void write(Tally tally) {
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
