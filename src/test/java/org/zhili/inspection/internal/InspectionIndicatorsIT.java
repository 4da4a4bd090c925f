package org.zhili.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
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

/** 抽查结果按时公示率 on the demo year against the results counted directly, and with one result made late. */
@ZhiliIntegrationTest
class InspectionIndicatorsIT {

	@Autowired
	@Qualifier("publishedOnTimeIndicator")
	Indicator indicator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private Optional<java.math.BigDecimal> onTime(LocalDate from, LocalDate to) {
		return indicator
			.measure()
			.over(from, to);
	}

	/**
	 * Completed in the year up to today; judged once published or past the 20 working days; on time if public by the
	 * due day. Bounded by today's end: other tests' moved clocks leave results completed and published later.
	 */
	private long[] countedDirectly(LocalDate today) {
		return jdbc.sql("""
				select count(*) filter (where published_at < :end
				    and (published_at at time zone 'Asia/Shanghai')::date <= publish_due) as on_time,
				  count(*) filter (where published_at < :end or publish_due < :today) as judged
				from inspection.inspection
				where completed_at < :end and publish_due is not null
				  and extract(year from completed_at at time zone 'Asia/Shanghai') = :year""")
			.param("year", today.getYear()).param("today", today).param("end", ChinaTime.start(today.plusDays(1)))
			.query((rs, n) -> new long[] { rs.getLong("on_time"), rs.getLong("judged") })
			.single();
	}

	@Test
	@Transactional
	void theShareOfResultsPublishedWithinTwentyWorkingDaysOfCompletion() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		LocalDate january = today.withDayOfYear(1);
		long[] direct = countedDirectly(today);
		assertThat(direct[1]).as("the demo year has judged results").isPositive();
		assertThat(onTime(january, today)).contains(Indicator.percent(direct[0], direct[1]).orElseThrow());

		// rolled back with the test: a published result's due day is moved across its publication day
		record Published(long id, boolean onTime) {
		}
		Published p = jdbc.sql("""
				select id, (published_at at time zone 'Asia/Shanghai')::date <= publish_due as on_time
				from inspection.inspection where completed_at >= :january and published_at < :end
				order by id limit 1""")
			.param("january", ChinaTime.start(january)).param("end", ChinaTime.start(today.plusDays(1)))
			.query((rs, n) -> new Published(rs.getLong("id"), rs.getBoolean("on_time")))
			.single();
		jdbc.sql("""
				update inspection.inspection set publish_due = (published_at at time zone 'Asia/Shanghai')::date + :shift
				where id = :id""")
			.param("id", p.id()).param("shift", p.onTime() ? -1 : 0).update();
		assertThat(onTime(january, today))
			.contains(Indicator.percent(direct[0] + (p.onTime() ? -1 : 1), direct[1]).orElseThrow());
	}
}
