package org.zhili.plans.internal.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Indicator;

import static org.zhili.process.Indicator.percent;

/**
 * 规划计划 as a live indicator: how the year's targets stand, judged exactly as the plan's page judges them
 * ({@link TargetAssessment}) from the actual values recorded up to the period's end. It reads stored actuals only,
 * so a target bound to this very indicator cannot make it measure itself.
 */
@Configuration(proxyBeanMethods = false)
class TargetIndicators {

	@Bean
	Indicator targetsOnTrackIndicator(JdbcClient jdbc) {
		return new Indicator("plans.targets-on-track", "目标进度正常率", "%",
				"截止日所在年度已发布计划的指标中，按截至当月的实际值评估为进度正常或已实现的 ÷ 有实际值可评估的指标数",
				Indicator.Grain.DISTRICT, (from, to, area) -> {
					Standing s = standing(jdbc, to);
					return percent(s.onTrack(), s.assessed());
				});
	}

	/** How many of the year's targets are on track (or achieved), of those with an actual value to judge. */
	private record Standing(long onTrack, long assessed) {
	}

	/** A target of the year with one of its actual values. */
	private record Measured(long id, String comparator, BigDecimal value, BigDecimal upper, String unit, String qualifier,
			TargetViews.Actual actual) {
	}

	/**
	 * The standing of the year of {@code to}, from the actuals of the months up to then and the
	 * year's own figure once the year is over or it was entered by then.
	 */
	private static Standing standing(JdbcClient jdbc, LocalDate to) {
		boolean yearOver = !to.isBefore(LocalDate.of(to.getYear(), 12, 31));
		Map<Long, List<Measured>> byTarget = jdbc.sql("""
				select t.id, t.comparator, t.value, t.upper, t.unit, t.qualifier, a.period, a.value as actual, a.source, a.note
				from plans.target t join plans.plan p on p.id = t.plan_id
				  join plans.actual a on a.target_id = t.id
				where p.published and t.period = :year
				  and (a.period = :year_text and (:year_over or a.recorded_at < :end)
				    or (length(a.period) = 7 and a.period <= :last_month))""")
			.param("year", to.getYear()).param("year_text", String.valueOf(to.getYear()))
			.param("year_over", yearOver).param("end", ChinaTime.start(to.plusDays(1)))
			.param("last_month", YearMonth.from(to).toString())
			.query((rs, n) -> new Measured(rs.getLong("id"), rs.getString("comparator"), rs.getBigDecimal("value"),
					rs.getBigDecimal("upper"), rs.getString("unit"), rs.getString("qualifier"), new TargetViews.Actual(
							rs.getString("period"), rs.getBigDecimal("actual"), rs.getString("source"), rs.getString("note"))))
			.list().stream()
			.collect(Collectors.groupingBy(Measured::id));
		long onTrack = 0;
		long assessed = 0;
		for (List<Measured> rows : byTarget.values()) {
			Measured t = rows.get(0);
			String code = TargetAssessment.assess(t.comparator(), t.value(), t.upper(), t.unit(), t.qualifier(),
					rows.stream().map(Measured::actual).toList()).code();
			if (code != null) {
				assessed++;
				if (code.equals("ON_TRACK") || code.equals("ACHIEVED")) {
					onTrack++;
				}
			}
		}
		return new Standing(onTrack, assessed);
	}
}
