package org.zhili.cases.internal.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CategoryTrends;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.categories.Category;
import org.zhili.platform.ChinaTime;

/**
 * {@link CategoryTrends} by registration cohort. A code matches by prefix (C0101 covers C010101…); the rates follow
 * the statistics' definitions: 解决率 = solved ÷ rated, 满意率 = (满意 + 基本满意) ÷ rated.
 */
@Component
@Transactional(readOnly = true)
class CaseTrends implements CategoryTrends {

	private static final String COUNTS = """
			select to_char(date_trunc('month', registered_at at time zone 'Asia/Shanghai'), 'YYYY-MM') as month,
			       count(*) as received, count(*) filter (where %1$s) as rated,
			       count(*) filter (where %1$s and solved) as solved,
			       count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied
			from cases.case_record
			where registered_at >= :from and registered_at < :to and master_case_id is null and %2$s
			group by 1""";

	private static final String RATED = "satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')";

	private final JdbcClient jdbc;
	private final Categories categories;

	CaseTrends(JdbcClient jdbc, Categories categories) {
		this.jdbc = jdbc;
		this.categories = categories;
	}

	@Override
	public List<Month> monthly(Collection<String> codes, YearMonth from, YearMonth to) {
		return months(COUNTS.formatted(RATED, "category_code like any(cast(:codes as text[]))"), Map.of("codes", prefixes(codes)),
				from, to);
	}

	@Override
	public List<Month> monthlyExcept(Collection<String> within, Collection<String> codes, YearMonth from, YearMonth to) {
		return months(COUNTS.formatted(RATED, "category_code like any(cast(:within as text[])) "
				+ "and not category_code like any(cast(:codes as text[]))"),
				Map.of("within", prefixes(within), "codes", prefixes(codes)), from, to);
	}

	private List<Month> months(String sql, Map<String, Object> params, YearMonth from, YearMonth to) {
		Map<String, Month> found = new HashMap<>();
		jdbc.sql(sql).params(params)
			.param("from", ChinaTime.start(from.atDay(1))).param("to", ChinaTime.start(to.plusMonths(1).atDay(1)))
			.query(rs -> {
				YearMonth m = YearMonth.parse(rs.getString("month"));
				found.put(m.toString(), new Month(m, rs.getLong("received"), rs.getLong("rated"), rs.getLong("solved"),
						rs.getLong("satisfied")));
			});
		List<Month> all = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			all.add(found.getOrDefault(m.toString(), new Month(m, 0, 0, 0, 0)));
		}
		return all;
	}

	@Override
	public List<HotCategory> hottest(LocalDate from, LocalDate to, int limit) {
		return jdbc.sql("""
				select left(category_code, 5) as code, count(*) as received,
				       count(*) filter (where %1$s) as rated, count(*) filter (where %1$s and solved) as solved,
				       count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied
				from cases.case_record
				where registered_at >= :from and registered_at < :to and master_case_id is null
				  and length(category_code) >= 5
				group by 1 order by received desc, code limit :limit""".formatted(RATED))
			.param("from", ChinaTime.start(from))
			.param("to", ChinaTime.start(to.plusDays(1)))
			.param("limit", limit)
			.query((rs, n) -> {
				String code = rs.getString("code");
				return new HotCategory(code, name(code), pathOf(code), rs.getLong("received"), rs.getLong("rated"),
						rs.getLong("solved"), rs.getLong("satisfied"));
			})
			.list();
	}

	@Override
	public String pathOf(String code) {
		return categories.find(code).map(c -> String.join("/", c.names())).orElse(null);
	}

	private String name(String code) {
		return categories.find(code).map(Category::name).orElse(code);
	}

	private static String[] prefixes(Collection<String> codes) {
		return codes.stream().map(c -> c.replace("%", "").replace("_", "") + "%").toArray(String[]::new);
	}

}
