package org.zhili.petitions.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.petitions.PetitionState;
import org.zhili.platform.ChinaTime;
import org.zhili.process.ClockLight;
import org.zhili.process.Clocks;
import org.zhili.process.Indicator;
import org.zhili.process.Indicator.Grain;

import static org.zhili.process.Indicator.percent;
import static org.zhili.platform.ChinaTime.start;

/** 信访 as live indicators. */
@Configuration(proxyBeanMethods = false)
class PetitionIndicators {

	@Bean
	Indicator petitionsConcludedIndicator(JdbcClient jdbc) {
		return new Indicator("petitions.concluded", "信访事项办结率", "%",
				"期间内登记的信访事项中，已办结或已引导至法定途径的 ÷ 期间内登记的信访事项总数", Grain.STREET,
				(from, to, area) -> jdbc.sql("""
						select count(*) filter (where state in ('CLOSED', 'GUIDED')) as concluded, count(*) as registered
						from petitions.petition
						where registered_at >= :from and registered_at < :to
						  and (cast(:street as varchar) is null or street_code = :street)""")
					.param("from", start(from)).param("to", start(to.plusDays(1))).param("street", area.street())
					.query((rs, n) -> percent(rs.getLong("concluded"), rs.getLong("registered")))
					.single());
	}

	/**
	 * A stock read now, as the 工作台 shows it: a clock's light on a past day is not kept, so a period that ended
	 * before today has no value rather than today's.
	 */
	@Bean
	Indicator petitionsNearLimitIndicator(JdbcClient jdbc, Clocks clocks, PetitionViews views, Clock clock) {
		return new Indicator("petitions.near-limit", "临期超期信访件", "件",
				"当前（期间截至今日时）在办信访事项中，法定期限（登记交办、办理、复查、复核）临期或已超期的件数", Grain.STREET,
				(from, to, area) -> to.isBefore(LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE)) ? Optional.empty()
						: Optional.of(BigDecimal.valueOf(nearLimit(jdbc, clocks, views, area.street()))));
	}

	/** The open petitions' clocks read in one query per clock name, as many as there are states with a clock. */
	private static long nearLimit(JdbcClient jdbc, Clocks clocks, PetitionViews views, String street) {
		Map<String, List<Long>> byClock = new HashMap<>();
		List<String> timed = Arrays.stream(PetitionState.values())
			.filter(s -> PetitionViews.clockName(s) != null)
			.map(Enum::name)
			.toList();
		jdbc.sql("""
				select id, state from petitions.petition
				where state in (:states) and (cast(:street as varchar) is null or street_code = :street)""")
			.param("states", timed).param("street", street)
			.query(rs -> {
				String name = PetitionViews.clockName(PetitionState.valueOf(rs.getString("state").strip()));
				byClock.computeIfAbsent(name, k -> new ArrayList<>()).add(rs.getLong("id"));
			});
		long count = 0;
		for (Map.Entry<String, List<Long>> e : byClock.entrySet()) {
			for (Instant due : clocks.dueOf(PetitionRegistration.LOOP, e.getKey(), e.getValue()).values()) {
				if (views.light(due) != ClockLight.GREEN) {
					count++;
				}
			}
		}
		return count;
	}
}
