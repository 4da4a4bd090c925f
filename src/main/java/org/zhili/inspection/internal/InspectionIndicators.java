package org.zhili.inspection.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.process.Indicator;

import static org.zhili.process.Indicator.percent;
import static org.zhili.platform.ChinaTime.start;

/** 双随机 and 隐患排查 as live indicators. */
@Configuration(proxyBeanMethods = false)
class InspectionIndicators {

	@Bean
	Indicator hazardsRectifiedIndicator(JdbcClient jdbc) {
		return new Indicator("inspection.hazards-rectified", "隐患整改率", "%",
				"期间内排查发现的隐患中，当场整改或整改已复查销号的 ÷ 期间内发现的隐患总数",
				(from, to) -> jdbc.sql("""
						select count(*) filter (where h.fixed_on_spot or r.state = 'CLOSED') as fixed, count(*) as found
						from inspection.hazard h left join inspection.rectification r on r.id = h.rectification_id
						where h.found_at >= :from and h.found_at < :to""")
					.param("from", start(from)).param("to", start(to.plusDays(1)))
					.query((rs, n) -> percent(rs.getLong("fixed"), rs.getLong("found")))
					.single());
	}

	/** A stock, not a rate: what is still to be fixed when the period ends (the cockpit's 待整改隐患). */
	@Bean
	Indicator hazardsOpenIndicator(JdbcClient jdbc) {
		return new Indicator("inspection.hazards-open", "待整改隐患", "件",
				"期末（截止日结束时）已发现、未当场整改且整改未复查销号的隐患数",
				(from, to) -> Optional.of(BigDecimal.valueOf(jdbc.sql("""
						select count(*) from inspection.hazard h left join inspection.rectification r on r.id = h.rectification_id
						where h.found_at < :to and not h.fixed_on_spot and coalesce(r.state, '') <> 'CLOSED'""")
					.param("to", start(to.plusDays(1)))
					.query(Long.class)
					.single())));
	}

	@Bean
	Indicator inspectionsCompletedIndicator(JdbcClient jdbc) {
		return new Indicator("inspection.completed", "双随机抽查完成率", "%",
				"抽查任务期末落在期间内的被抽中对象中，已完成检查并确认结果的 ÷ 这些被抽中对象总数（重抽作废的抽取不计）",
				(from, to) -> jdbc.sql("""
						select count(*) filter (where i.completed_at is not null) as done, count(*) as drawn
						from inspection.inspection i join inspection.task t on t.id = i.task_id
						  join inspection.draw d on d.id = i.draw_id
						where t.period_end between :from and :to and d.state = 'DRAWN'""")
					.param("from", from).param("to", to)
					.query((rs, n) -> percent(rs.getLong("done"), rs.getLong("drawn")))
					.single());
	}
}
