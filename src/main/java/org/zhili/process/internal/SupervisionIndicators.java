package org.zhili.process.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.process.Indicator;

import static org.zhili.platform.ChinaTime.start;

/** 督办 as a live indicator, across every loop that issues them. */
@Configuration(proxyBeanMethods = false)
class SupervisionIndicators {

	/**
	 * A stock, not a rate: the orders still waiting for their unit's reply when the period ends. An order replaced by
	 * one a level up (ESCALATED) counts once, as its successor, and one closed with its item not at all.
	 */
	@Bean
	Indicator supervisionsOpenIndicator(JdbcClient jdbc) {
		return new Indicator("process.supervisions-open", "待回复督办", "件",
				"期末（截止日结束时）已下达、责任单位尚未回复且未升级或随事项结束的督办令数",
				(from, to) -> Optional.of(BigDecimal.valueOf(jdbc.sql("""
						select count(*) from process.supervision
						where issued_at < :end and (replied_at is null or replied_at >= :end)
						  and (ended_at is null or ended_at >= :end)
						  and (state = 'OPEN' or coalesce(replied_at, ended_at) is not null)""")
					.param("end", start(to.plusDays(1)))
					.query(Long.class)
					.single())));
	}
}
