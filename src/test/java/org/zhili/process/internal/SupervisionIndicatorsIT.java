package org.zhili.process.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Indicator;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** 待回复督办: today as the 督办 list counts it, and on past days for orders answered or escalated since. */
@ZhiliIntegrationTest
class SupervisionIndicatorsIT {

	@Autowired
	@Qualifier("supervisionsOpenIndicator")
	Indicator indicator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private long open(LocalDate day) {
		return indicator
			.measure()
			.over(day.withDayOfMonth(1), day)
			.orElseThrow()
			.longValueExact();
	}

	private Instant noon(LocalDate day) {
		return day.atTime(12, 0).atZone(ChinaTime.ZONE).toInstant();
	}

	private void order(LocalDate issued, String state, Instant replied, Instant ended) {
		jdbc.sql("""
				insert into process.supervision (loop, item_id, item_ref, unit_code, level, note, issued_at, issued_by,
				  reply_due, state, reply, replied_at, replied_by, ended_at)
				values ('case', -1, '测试', '120104001000', 'URGE', '测试督办', :issued, 'supervisor', :due, :state, :reply,
				  :replied, :by, :ended)""")
			.param("issued", Timestamp.from(noon(issued))).param("due", Timestamp.from(noon(issued.plusDays(3))))
			.param("state", state).param("reply", replied == null ? null : "已整改")
			.param("replied", replied == null ? null : Timestamp.from(replied))
			.param("by", replied == null ? null : "changhong")
			.param("ended", ended == null ? null : Timestamp.from(ended))
			.update();
	}

	@Test
	@Transactional
	void countsTheOrdersNotAnsweredAtTheEndOfTheDay() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		long waiting = jdbc.sql("select count(*) from process.supervision where state = 'OPEN'").query(Long.class).single();
		assertThat(open(today)).isEqualTo(waiting);
		long yesterday = open(today.minusDays(1));
		long threeDaysAgo = open(today.minusDays(3));

		// rolled back with the test: one waiting since yesterday, one answered this morning, one escalated two days ago
		order(today.minusDays(1), "OPEN", null, null);
		order(today.minusDays(5), "ANSWERED", today.atStartOfDay(ChinaTime.ZONE).toInstant().plusSeconds(60), null);
		order(today.minusDays(10), "ESCALATED", null, noon(today.minusDays(2)));

		assertThat(open(today)).isEqualTo(waiting + 1);
		assertThat(open(today.minusDays(1))).isEqualTo(yesterday + 2);
		assertThat(open(today.minusDays(3))).isEqualTo(threeDaysAgo + 2);
	}
}
