package org.zhili.plans.internal.targets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Indicator;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** 目标进度正常率 against the targets' standing as the plans' pages show it, and with a plan of known targets added. */
@ZhiliIntegrationTest
class TargetIndicatorsIT {

	@Autowired
	@Qualifier("targetsOnTrackIndicator")
	Indicator indicator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TargetQueries targets;

	@Autowired
	Clock clock;

	private Optional<BigDecimal> onTrack(LocalDate to) {
		return indicator
			.measure()
			.over(to.withDayOfMonth(1), to);
	}

	/** {on track or achieved, assessed}: what a reader counts on the year's published plans. */
	private long[] asThePagesShowIt(int year) {
		List<TargetViews.TargetView> views = jdbc.sql("select id from plans.plan where published").query(Long.class).list()
			.stream()
			.flatMap(id -> targets.ofPlan(id).stream())
			.filter(t -> t.period() == year && t.assessment() != null)
			.toList();
		return new long[] { views.stream().filter(t -> List.of("ON_TRACK", "ACHIEVED").contains(t.assessment())).count(),
				views.size() };
	}

	private long target(long plan, int year, String indicator) {
		return jdbc.sql("""
				insert into plans.target (plan_id, indicator, comparator, value, unit, period)
				values (:plan, :indicator, 'at_least', 90, '%', :year) returning id""")
			.param("plan", plan).param("indicator", indicator).param("year", year)
			.query(Long.class)
			.single();
	}

	private void actual(long target, YearMonth month, int value) {
		jdbc.sql("insert into plans.actual (target_id, period, value, recorded_by) values (:t, :p, :v, 'supervisor')")
			.param("t", target).param("p", month.toString()).param("v", value).update();
	}

	@Test
	@Transactional
	void theShareOfTheYearsAssessedTargetsOnTrack() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		long[] shown = asThePagesShowIt(today.getYear());
		assertThat(shown[1]).as("the demo plans have assessed targets").isPositive();
		assertThat(onTrack(today)).isEqualTo(Indicator.percent(shown[0], shown[1]));

		LocalDate lastMonthEnd = YearMonth.from(today).minusMonths(1).atEndOfMonth();
		Optional<BigDecimal> lastMonth = onTrack(lastMonthEnd);

		// rolled back with the test: a published plan with a target on track, one at risk and one not yet measured
		long plan = jdbc.sql("insert into plans.plan (title, year, published, created_by) values ('测试计划', :y, true, 'supervisor') returning id")
			.param("y", today.getYear())
			.query(Long.class)
			.single();
		YearMonth month = YearMonth.from(today);
		actual(target(plan, today.getYear(), "覆盖率"), month, 95);
		actual(target(plan, today.getYear(), "达标率"), month, 80);
		target(plan, today.getYear(), "满意率");
		assertThat(onTrack(today)).isEqualTo(Indicator.percent(shown[0] + 1, shown[1] + 2));
		// this month's actuals do not change how the targets stood at the end of last month
		assertThat(onTrack(lastMonthEnd)).isEqualTo(lastMonth);
	}
}
