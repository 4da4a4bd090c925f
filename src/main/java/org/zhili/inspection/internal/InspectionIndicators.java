package org.zhili.inspection.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.process.Indicator;
import org.zhili.process.Indicator.Grain;

import static org.zhili.process.Indicator.Area.condition;
import static org.zhili.process.Indicator.percent;
import static org.zhili.platform.ChinaTime.start;

/**
 * 双随机 and 隐患排查 as live indicators, counted where the place is: a hazard's site, an inspection's subject (both
 * record their street and community).
 */
@Configuration(proxyBeanMethods = false)
class InspectionIndicators {

	@Bean
	Indicator hazardsRectifiedIndicator(JdbcClient jdbc) {
		return new Indicator("inspection.hazards-rectified", "隐患整改率", "%",
				"期间内排查发现的隐患中，当场整改或整改已复查销号的 ÷ 期间内发现的隐患总数", Grain.COMMUNITY,
				(from, to, area) -> jdbc.sql("""
						select count(*) filter (where h.fixed_on_spot or r.state = 'CLOSED') as fixed, count(*) as found
						from inspection.hazard h join inspection.hazard_site s on s.id = h.site_id
						  left join inspection.rectification r on r.id = h.rectification_id
						where h.found_at >= :from and h.found_at < :to and """ + condition("s"))
					.param("from", start(from)).param("to", start(to.plusDays(1))).params(area.params())
					.query((rs, n) -> percent(rs.getLong("fixed"), rs.getLong("found")))
					.single());
	}

	/** A stock, not a rate: what is still to be fixed when the period ends (the cockpit's 待整改隐患). */
	@Bean
	Indicator hazardsOpenIndicator(JdbcClient jdbc) {
		return new Indicator("inspection.hazards-open", "待整改隐患", "件",
				"期末（截止日结束时）已发现、未当场整改且整改未复查销号的隐患数", Grain.COMMUNITY,
				(from, to, area) -> Optional.of(BigDecimal.valueOf(jdbc.sql("""
						select count(*) from inspection.hazard h join inspection.hazard_site s on s.id = h.site_id
						  left join inspection.rectification r on r.id = h.rectification_id
						where h.found_at < :to and not h.fixed_on_spot and coalesce(r.state, '') <> 'CLOSED'
						  and """ + condition("s"))
					.param("to", start(to.plusDays(1))).params(area.params())
					.query(Long.class)
					.single())));
	}

	@Bean
	Indicator inspectionsCompletedIndicator(JdbcClient jdbc) {
		return new Indicator("inspection.completed", "双随机抽查完成率", "%",
				"抽查任务期末落在期间内的被抽中对象中，已完成检查并确认结果的 ÷ 这些被抽中对象总数（重抽作废的抽取不计）",
				Grain.COMMUNITY,
				(from, to, area) -> jdbc.sql("""
						select count(*) filter (where i.completed_at is not null) as done, count(*) as drawn
						from inspection.inspection i join inspection.task t on t.id = i.task_id
						  join inspection.draw d on d.id = i.draw_id join inspection.subject s on s.id = i.subject_id
						where t.period_end between :from and :to and d.state = 'DRAWN' and """ + condition("s"))
					.param("from", from).param("to", to).params(area.params())
					.query((rs, n) -> percent(rs.getLong("done"), rs.getLong("drawn")))
					.single());
	}

	/**
	 * 一公开 (SS-5): a result is judged once it is published or its 20 working days have run out; those still inside
	 * their limit are not counted yet either way.
	 */
	@Bean
	Indicator publishedOnTimeIndicator(JdbcClient jdbc) {
		return new Indicator("inspection.published-on-time", "抽查结果按时公示率", "%",
				"期间内完成的抽查中，在完成后 20 个工作日的公示期限内公示的 ÷ 其中截止日前已公示或公示期限已过的", Grain.COMMUNITY,
				(from, to, area) -> jdbc.sql("""
						select count(*) filter (where i.published_at < :end
						    and cast(i.published_at at time zone 'Asia/Shanghai' as date) <= i.publish_due) as on_time,
						  count(*) filter (where i.published_at < :end or i.publish_due < :to) as judged
						from inspection.inspection i join inspection.subject s on s.id = i.subject_id
						where i.completed_at >= :from and i.completed_at < :end and i.publish_due is not null
						  and """ + condition("s"))
					.param("from", start(from)).param("end", start(to.plusDays(1))).param("to", to).params(area.params())
					.query((rs, n) -> percent(rs.getLong("on_time"), rs.getLong("judged")))
					.single());
	}
}
