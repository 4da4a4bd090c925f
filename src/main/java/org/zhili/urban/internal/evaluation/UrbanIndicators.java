package org.zhili.urban.internal.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.process.Indicator;
import org.zhili.process.Indicator.Grain;

import static org.zhili.process.Indicator.Area.condition;
import static org.zhili.process.Indicator.percent;
import static org.zhili.platform.ChinaTime.start;

/** 数字城管 as a live indicator, counted as the monthly evaluation counts 按期处置. */
@Configuration(proxyBeanMethods = false)
class UrbanIndicators {

	@Bean
	Indicator componentsRepairedOnTimeIndicator(JdbcClient jdbc) {
		return new Indicator("urban.components-on-time", "部件按期处置率", "%",
				"期间内处置完成的部件类案卷中，在处置时限内完成的 ÷ 期间内处置完成的部件类案卷（作废、挂账的不计）",
				Grain.COMMUNITY, (from, to, area) -> jdbc.sql("""
						select count(*) filter (where handled_on_time) as on_time, count(*) as handled
						from urban.case_file c
						where kind = 'COMPONENT' and handled_at >= :from and handled_at < :to
						  and not voided and not suspended and """ + condition("c"))
					.param("from", start(from)).param("to", start(to.plusDays(1))).params(area.params())
					.query((rs, n) -> percent(rs.getLong("on_time"), rs.getLong("handled")))
					.single());
	}
}
