package org.zhili.plans.internal.publication;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.identity.PublicPaths;
import org.zhili.opendata.OpenDataset;
import org.zhili.opendata.OpenDataset.Distribution;
import org.zhili.org.District;

/**
 * The public plans' API is read by anyone without signing in (their pages under {@code /public/**} are opened by the
 * portal), and is a dataset of the open-data catalogue.
 */
@Configuration(proxyBeanMethods = false)
class PlanPublication {

	@Bean
	PublicPaths publicPlanPaths() {
		return new PublicPaths(List.of("/api/v1/public/plans", "/api/v1/public/plans/**"), List.of());
	}

	@Bean
	OpenDataset publicPlansDataset(JdbcClient jdbc, District district) {
		return new OpenDataset("public-plans", "公开工作计划及任务进度",
				"区政府公开的年度工作计划和民心工程：章节，任务的牵头单位、完成时限、进度和状态（按工作日历计算）。每份计划的任务另有 CSV，见 /public/plans。",
				district.fullName(), List.of("工作计划", "民心工程", "督查督办", "政务公开"),
				List.of(Distribution.json("/api/v1/public/plans", "全部公开计划及其任务（JSON）")),
				() -> jdbc.sql("""
						select greatest(max(p.created_at), max(r.submitted_at)) from plans.plan p
						left join plans.task t on t.plan_id = p.id left join plans.progress_report r on r.task_id = t.id
						where p.published and p.public""")
					.query(Timestamp.class)
					.optional()
					.map(Timestamp::toInstant)
					.orElse(null));
	}
}
