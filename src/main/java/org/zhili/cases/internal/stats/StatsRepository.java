package org.zhili.cases.internal.stats;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums of the per-unit, per-day counters ({@code cases.unit_day_stats}, kept by the cases module in the same
 * transaction as every event). A month of the whole district is a few thousand rows, a year some tens of
 * thousands, whatever the number of cases.
 */
@Repository
class StatsRepository {

	/** One bucket of a time series: its first day, and the sums per unit. */
	record Bucket(LocalDate start, Map<String, Counts> units) {
	}

	private static final String SUMS = Counts.COLUMNS.stream()
		.map(c -> "sum(" + c + ") as " + c)
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	StatsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The sums of every unit with a counter in [from, to] (days, both included). */
	Map<String, Counts> sums(LocalDate from, LocalDate to) {
		Map<String, Counts> sums = new LinkedHashMap<>();
		jdbc.sql("select unit_code, " + SUMS + " from cases.unit_day_stats where day between :from and :to"
				+ " group by unit_code order by unit_code")
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				sums.put(rs.getString("unit_code"), Counts.of(rs));
			});
		return sums;
	}

	/** The sums per bucket ({@code day}, {@code week} from Monday, or {@code month}) and unit, oldest first. */
	List<Bucket> series(LocalDate from, LocalDate to, String bucket) {
		if (!List.of("day", "week", "month").contains(bucket)) {
			throw new IllegalArgumentException(bucket);
		}
		Map<LocalDate, Map<String, Counts>> buckets = new LinkedHashMap<>();
		jdbc.sql("select date_trunc('" + bucket + "', day)::date as bucket, unit_code, " + SUMS
				+ " from cases.unit_day_stats where day between :from and :to group by 1, 2 order by 1, 2")
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				buckets.computeIfAbsent(rs.getObject("bucket", LocalDate.class), d -> new LinkedHashMap<>())
					.put(rs.getString("unit_code"), Counts.of(rs));
			});
		return buckets.entrySet().stream().map(e -> new Bucket(e.getKey(), e.getValue())).toList();
	}
}
