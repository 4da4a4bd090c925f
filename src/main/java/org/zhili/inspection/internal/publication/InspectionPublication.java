package org.zhili.inspection.internal.publication;

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
 * 一公开: the published results, the draws with their commitments and records, the credit lists, and the script and
 * style of their pages are read by anyone without signing in (the pages under {@code /public/**} are opened by the
 * portal), and the results are a dataset of the open-data catalogue. Nothing here is posted.
 */
@Configuration(proxyBeanMethods = false)
class InspectionPublication {

	@Bean
	OpenDataset inspectionResultsDataset(JdbcClient jdbc, District district) {
		return new OpenDataset("inspection-results", "双随机抽查结果",
				"各部门“双随机、一公开”抽查的公示结果：检查对象及其统一社会信用代码、抽查任务、实施部门、检查结果、完成和公示日期（最近 "
						+ PublishedResults.MOST + " 条；可按部门 department、年度 year 筛选）。",
				district.fullName(), List.of("双随机一公开", "抽查", "市场监管", "政务公开"),
				List.of(Distribution.csv("/public/inspection.csv", "公示结果（CSV）"),
						Distribution.json("/api/v1/public/inspection/results?limit=" + PublishedResults.MOST, "公示结果（JSON）")),
				() -> jdbc.sql("select max(published_at) from inspection.inspection")
					.query(Timestamp.class)
					.optional()
					.map(Timestamp::toInstant)
					.orElse(null));
	}

	@Bean
	PublicPaths publicInspectionPaths() {
		return new PublicPaths(List.of("/api/v1/public/inspection/**", "/inspection/public.js",
				"/inspection/inspection.css"), List.of());
	}
}
