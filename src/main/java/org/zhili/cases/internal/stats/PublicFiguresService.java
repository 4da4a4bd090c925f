package org.zhili.cases.internal.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.PublicFigures;
import org.zhili.cases.internal.stats.Period;
import org.zhili.cases.internal.stats.StatsLevel;
import org.zhili.cases.internal.stats.ThreeRates;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.categories.Category;
import org.zhili.cases.internal.record.CaseRepository;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;

/**
 * The published figures, from the same counters and rate formulas as the government's statistics
 * ({@link ThreeRates}), read for the whole district; categories and enterprise requests from the cases.
 */
@Service
@Transactional(readOnly = true)
class PublicFiguresService implements PublicFigures {

	static final int TOP_CATEGORIES = 8;

	private final ThreeRates rates;
	private final Categories categories;
	private final OrgUnits units;
	private final JdbcClient jdbc;
	private final Clock clock;

	PublicFiguresService(ThreeRates rates, Categories categories, OrgUnits units, JdbcClient jdbc, Clock clock) {
		this.rates = rates;
		this.categories = categories;
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Figures thisMonth() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		Period month = new Period(Period.Kind.MONTH, today.withDayOfMonth(1), today);
		ThreeRates.Report report = rates.report(StatsLevel.STREET, month,
				units.district().scope());
		List<Street> streets = report.rows().stream().map(PublicFiguresService::street).toList();
		var from = CaseRepository.timestamp(month.from().atStartOfDay(ChinaTime.ZONE).toInstant());
		List<CategoryCount> top = jdbc.sql("""
				select category_code, count(*) from cases.case_record
				where registered_at >= :from and category_code is not null and not confidential
				group by category_code order by count(*) desc, category_code limit :limit""")
			.param("from", from)
			.param("limit", TOP_CATEGORIES)
			.query((rs, n) -> new CategoryCount(rs.getString(1),
					categories.find(rs.getString(1)).map(Category::fullName).orElse(rs.getString(1)), rs.getLong(2)))
			.list();
		Enterprises enterprises = enterprises(month.from(), month.to());
		return new Figures(month.from(), month.to(), street(report.total()), streets, top, enterprises);
	}

	@Override
	public Enterprises enterprises(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*), count(*) filter (where state = 'CLOSED'), count(*) filter (where solved),
				       count(*) filter (where solved is not null)
				from cases.case_record where enterprise and registered_at >= :from and registered_at < :to""")
			.param("from", CaseRepository.timestamp(from.atStartOfDay(ChinaTime.ZONE).toInstant()))
			.param("to", CaseRepository.timestamp(to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()))
			.query((rs, n) -> new Enterprises(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getLong(4) == 0 ? null : percent(rs.getLong(3), rs.getLong(4))))
			.single();
	}

	private static Street street(ThreeRates.Row row) {
		return new Street(row.unit().code(), row.unit().name(), row.counts().received(), row.counts().dispatched(),
				row.counts().closed(), row.rates().response(), row.rates().resolution(), row.rates().satisfaction());
	}

	private static BigDecimal percent(long part, long whole) {
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}
}
