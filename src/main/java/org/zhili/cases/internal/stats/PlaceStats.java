package org.zhili.cases.internal.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.cases.CasePlaces;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.platform.ChinaTime;

/**
 * Cases received per day, place (street, community, grid), channel and second-level category
 * ({@code cases.place_day_stats}), added to in the transaction that registers them: a month of the district is a
 * sum over that month's rows, whatever the number of cases. A missing place or category is stored as {@code ''}.
 */
@Repository
public class PlaceStats {

	/** The row a case counts in. */
	record Key(LocalDate day, String street, String community, String grid, String channel, String category)
			implements Comparable<Key> {

		private static final Comparator<Key> ORDER = Comparator.comparing(Key::day)
			.thenComparing(Key::street)
			.thenComparing(Key::community)
			.thenComparing(Key::grid)
			.thenComparing(Key::channel)
			.thenComparing(Key::category);

		static Key of(CaseRecord c) {
			CaseRecord.Intake intake = c.intake();
			return new Key(LocalDate.ofInstant(intake.registeredAt(), ChinaTime.ZONE),
					blank(intake.territory().streetCode()), blank(intake.territory().communityCode()),
					blank(intake.territory().gridCode()), intake.channel().name(), PlaceStats.category(c.categoryCode()));
		}

		@Override
		public int compareTo(Key o) {
			return ORDER.compare(this, o);
		}
	}

	/** The second-level category the rollup counts a case under (the hot categories' level). */
	static String category(String code) {
		return code == null ? "" : code.substring(0, Math.min(code.length(), 5));
	}

	private static String blank(String code) {
		return code == null ? "" : code;
	}

	private final JdbcClient jdbc;
	private final StatsRepository units;

	PlaceStats(JdbcClient jdbc, StatsRepository units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/**
	 * Counts newly registered cases: one statement for the batch. The rows are locked in one order (sorted), so
	 * two batches writing the same rows wait for each other rather than deadlock.
	 */
	public void received(List<CaseRecord> cases) {
		if (cases.isEmpty()) {
			return;
		}
		Map<Key, Integer> counts = new TreeMap<>();
		cases.forEach(c -> counts.merge(Key.of(c), 1, Integer::sum));
		List<Object[]> rows = new ArrayList<>(counts.size());
		counts.forEach((k, n) -> rows.add(new Object[] { k.day(), k.street(), k.community(), k.grid(), k.channel(),
				k.category(), n }));
		jdbc.sql("""
				insert into cases.place_day_stats (day, street_code, community_code, grid_code, channel, category_code, received)
				select cast(r.day as date), r.street, r.community, r.grid, r.channel, r.category, cast(r.n as int)
				from (values :rows) as r(day, street, community, grid, channel, category, n)
				on conflict (day, street_code, community_code, grid_code, channel, category_code)
				do update set received = cases.place_day_stats.received + excluded.received""")
			.param("rows", rows)
			.update();
	}

	/** Recounts the days in [from, to) from the cases themselves (after a bulk load). */
	public void rebuild(LocalDate from, LocalDate to) {
		jdbc.sql("delete from cases.place_day_stats where day >= :from and day < :to")
			.param("from", from)
			.param("to", to)
			.update();
		jdbc.sql("""
				insert into cases.place_day_stats (day, street_code, community_code, grid_code, channel, category_code, received)
				select (registered_at at time zone '%s')::date, coalesce(street_code, ''), coalesce(community_code, ''),
				       coalesce(grid_code, ''), channel, coalesce(left(category_code, 5), ''), count(*)
				from cases.case_record
				where registered_at >= :fromAt and registered_at < :toAt
				group by 1, 2, 3, 4, 5, 6""".formatted(ChinaTime.ZONE.getId()))
			.param("fromAt", ChinaTime.start(from))
			.param("toAt", ChinaTime.start(to))
			.update();
	}

	/** The condition on an area (both codes null: the whole district). */
	private static String area(CasePlaces.Area area, Map<String, Object> params) {
		if (area.communityCode() != null) {
			params.put("community", area.communityCode());
			return " and community_code = :community";
		}
		if (area.streetCode() != null) {
			params.put("street", area.streetCode());
			return " and street_code = :street";
		}
		return "";
	}

	/** Sums of {@code received} in [from, to] in the area, grouped by {@code column} ({@code ''} for unknown). */
	Map<String, Long> sums(String column, LocalDate from, LocalDate to, CasePlaces.Area area) {
		if (!List.of("street_code", "community_code", "grid_code", "channel", "category_code").contains(column)) {
			throw new IllegalArgumentException(column);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("from", from);
		params.put("to", to);
		String where = area(area, params);
		Map<String, Long> sums = new LinkedHashMap<>();
		jdbc.sql("select " + column + " as k, sum(received) as n from cases.place_day_stats where day between :from and :to"
				+ where + " group by 1 order by 2 desc, 1")
			.params(params)
			.query(rs -> {
				sums.put(rs.getString("k"), rs.getLong("n"));
			});
		return sums;
	}

	/**
	 * Cases received in [from, to] in the area. The district and a street read the per-unit counters (a street's
	 * received are its located cases, as here; the district's the sum of every unit's): a few rows per day instead of
	 * one per grid, channel and category.
	 */
	long received(LocalDate from, LocalDate to, CasePlaces.Area area) {
		if (area.communityCode() != null) {
			return sums("street_code", from, to, area).values().stream().mapToLong(Long::longValue).sum();
		}
		return received(units.sums(from, to), area.streetCode());
	}

	/** Each month's sum in [from, to] in the area, oldest first; months without cases are left out. */
	List<CasePlaces.Month> monthly(YearMonth from, YearMonth to, CasePlaces.Area area) {
		List<CasePlaces.Month> months = new ArrayList<>();
		if (area.communityCode() != null) {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("from", from.atDay(1));
			params.put("to", to.atEndOfMonth());
			jdbc.sql("select date_trunc('month', day)::date as m, sum(received) as n from cases.place_day_stats"
					+ " where day between :from and :to" + area(area, params) + " group by 1 order by 1")
				.params(params)
				.query(rs -> {
					months.add(new CasePlaces.Month(YearMonth.from(rs.getObject("m", LocalDate.class)), rs.getLong("n")));
				});
			return months;
		}
		// the district and a street from the per-unit counters, as received(…) reads them
		for (StatsRepository.Bucket b : units.series(from.atDay(1), to.atEndOfMonth(), "month")) {
			long n = received(b.units(), area.streetCode());
			if (n > 0) {
				months.add(new CasePlaces.Month(YearMonth.from(b.start()), n));
			}
		}
		return months;
	}

	/** A street's received among the units' sums, or the district's (every unit's) when {@code street} is null. */
	private static long received(Map<String, Counts> sums, String street) {
		if (street != null) {
			Counts c = sums.get(street);
			return c == null ? 0 : c.received();
		}
		return sums.values().stream().mapToLong(Counts::received).sum();
	}
}
