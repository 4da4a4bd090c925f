package org.zhili.petitions.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.process.Indicator;

import static org.zhili.process.Indicator.percent;
import static org.zhili.platform.ChinaTime.start;

/** 信访 as a live indicator. */
@Configuration(proxyBeanMethods = false)
class PetitionIndicators {

	@Bean
	Indicator petitionsConcludedIndicator(JdbcClient jdbc) {
		return new Indicator("petitions.concluded", "信访事项办结率", "%",
				"期间内登记的信访事项中，已办结或已引导至法定途径的 ÷ 期间内登记的信访事项总数",
				(from, to) -> jdbc.sql("""
						select count(*) filter (where state in ('CLOSED', 'GUIDED')) as concluded, count(*) as registered
						from petitions.petition where registered_at >= :from and registered_at < :to""")
					.param("from", start(from)).param("to", start(to.plusDays(1)))
					.query((rs, n) -> percent(rs.getLong("concluded"), rs.getLong("registered")))
					.single());
	}
}
