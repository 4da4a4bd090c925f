package org.zhili.petitions.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
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

/** 临期超期信访件 against the open petitions' legal clocks counted directly, and against a petition made overdue. */
@ZhiliIntegrationTest
class PetitionIndicatorsIT {

	@Autowired
	@Qualifier("petitionsNearLimitIndicator")
	Indicator nearLimit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PetitionRules rules;

	@Autowired
	Clock clock;

	/** What the list shows in yellow or red: the running legal clock's due day is at most warn-days away, or past. */
	private long countedDirectly() {
		return jdbc.sql("""
				select count(*) from petitions.petition p join process.clock c on c.loop = 'petition' and c.item_id = p.id
				  and c.holder = '' and c.name = case p.state when 'REGISTERED' then 'register' when 'HANDLING' then 'handle'
				    when 'REVIEWING' then 'review' when 'RE_REVIEWING' then 're-review' end
				where :now >= (cast(c.due_at at time zone 'Asia/Shanghai' as date) - :warn)::timestamp at time zone 'Asia/Shanghai'""")
			.param("now", Timestamp.from(clock.instant())).param("warn", rules.warnDays())
			.query(Long.class)
			.single();
	}

	@Test
	@Transactional
	void countsTheOpenPetitionsWhoseLegalClockIsNearOrPastItsLimitNow() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		BigDecimal now = nearLimit.measure().over(today.withDayOfMonth(1), today).orElseThrow();
		assertThat(now.longValueExact()).isEqualTo(countedDirectly());
		// a light of a past day is not kept: no value rather than today's
		assertThat(nearLimit.measure().over(today.minusMonths(2), today.minusMonths(1))).isEmpty();

		// a petition still green is made overdue (rolled back with the test): the figure counts it at once
		Long green = jdbc.sql("""
				select p.id from petitions.petition p join process.clock c on c.loop = 'petition' and c.item_id = p.id
				  and c.holder = '' and c.name = 'handle'
				where p.state = 'HANDLING' and c.due_at > :later order by p.id limit 1""")
			.param("later", Timestamp.from(clock.instant().plusSeconds(86_400L * (rules.warnDays() + 2))))
			.query(Long.class)
			.optional()
			.orElse(null);
		assertThat(green).as("a petition in hand with time left").isNotNull();
		{
			jdbc.sql("update process.clock set due_at = :past where loop = 'petition' and item_id = :id and name = 'handle'")
				.param("past", Timestamp.from(clock.instant().minusSeconds(3600))).param("id", green).update();
			assertThat(nearLimit.measure().over(today, today).orElseThrow().longValueExact())
				.isEqualTo(now.longValueExact() + 1).isEqualTo(countedDirectly());
		}
	}
}
