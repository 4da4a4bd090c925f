package org.zhili.routing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.platform.ChinaTime;

/**
 * How often dispatchers follow the model: per month (of the first dispatch) and first-level category dispatched to,
 * the cases the model had a suggestion for, how many were dispatched under the suggested category and how many a
 * dispatcher overrode. Each override is also kept as a training example (a correction) for the next retraining.
 */
@Component
class Agreement {

	/** One month and category; {@code rate} is {@code null} without suggestions. */
	record Row(YearMonth month, String categoryCode, String categoryName, int suggested, int agreed, int overridden,
			Double rate) {
	}

	/** How many months are shown when no period is asked for: this one and the five before. */
	static final int RECENT_MONTHS = 6;

	private final JdbcClient jdbc;
	private final CategoryTree categories;
	private final Clock clock;

	Agreement(JdbcClient jdbc, CategoryTree categories, Clock clock) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.clock = clock;
	}

	/** This month, in China. */
	YearMonth thisMonth() {
		return YearMonth.from(LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE));
	}

	/** The first of the recent months that end with {@code last}. */
	static YearMonth recentFrom(YearMonth last) {
		return last.minusMonths(RECENT_MONTHS - 1);
	}

	/** The months {@code from} to {@code to} (both included), months in order, categories in the tree's order. */
	List<Row> byMonth(YearMonth from, YearMonth to) {
		Map<String, String> codeOfName = new TreeMap<>();
		categories.topLevel().forEach(c -> codeOfName.put(c.name(), c.code()));
		Map<YearMonth, Map<String, int[]>> counts = new TreeMap<>();
		jdbc.sql("""
				select to_char(first_dispatched_at at time zone :zone, 'YYYY-MM') as month, first_dispatch_category,
				  predicted_label, count(*)
				from routing.case_index
				where first_dispatch_category is not null and predicted_label is not null
				  and first_dispatched_at >= :from and first_dispatched_at < :to
				group by 1, 2, 3""")
			.param("zone", ChinaTime.ZONE.getId())
			.param("from", Timestamp.from(from.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant()))
			.param("to", Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant()))
			.query((java.sql.ResultSet rs) -> {
				int[] f = counts.computeIfAbsent(YearMonth.parse(rs.getString(1)), m -> new TreeMap<>())
					.computeIfAbsent(rs.getString(2), c -> new int[2]);
				int n = rs.getInt(4);
				f[0] += n;
				f[1] += rs.getString(2).equals(codeOfName.get(rs.getString(3))) ? n : 0;
			});
		List<Row> rows = new ArrayList<>();
		counts.forEach((month, byCategory) -> categories.topLevel().forEach(c -> {
			int[] f = byCategory.get(c.code());
			if (f != null) {
				rows.add(new Row(month, c.code(), c.name(), f[0], f[1], f[0] - f[1],
						Math.round(1000.0 * f[1] / f[0]) / 1000.0));
			}
		}));
		return rows;
	}

	/** The months of a period, for a table: months as columns, categories as rows. */
	static List<YearMonth> months(YearMonth from, YearMonth to) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}
}
