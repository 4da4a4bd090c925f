package org.zhili.cases.internal.stats;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The 统计与排名 page as rendered HTML: both rankings and tables, links to the cases, scope, languages. */
@ZhiliIntegrationTest
class StatsPagesIT {

	@Autowired
	Api api;

	@Test
	void aDistrictAccountSeesRankingsTablesAndTheDistrictTotal() {
		Api.Response page = api.get("/stats?period=month&date=2028-02-10&month=2028-02", "leader");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("统计与排名")
			.contains("2028-02 月度排名")
			.contains("id=\"ranking-street\"")
			.contains("id=\"ranking-department\"")
			.contains("id=\"chart-street\"")
			.contains("长虹街道")
			.contains("华苑街道")
			.contains("区城市管理委员会")
			.contains("全区合计")
			.contains("三率明细（2028-02-01 至 2028-02-29）")
			.contains("综合成绩 = 响应率×10% + 解决率×50% + 满意率×40%")
			.contains("href=\"/cases?event=DISPATCHED&amp;eventUnit=120104001000&amp;eventFrom=2028-02-01&amp;eventTo=2028-02-29\"")
			.contains("href=\"/cases?event=RATED&amp;eventFrom=2028-02-01&amp;eventTo=2028-02-29\"")
			.containsPattern("/webjars/echarts/[^\"]*echarts[^\"]*\\.js");
	}

	@Test
	void aStreetSeesItsOwnRowAndTheWholeRankingWithoutOthersLinks() {
		String page = api.get("/stats?period=month&date=2028-02-10", "changhong").body();

		assertThat(page).contains("id=\"detail-street-120104001000\"")
			.doesNotContain("id=\"detail-street-120104002000\"")
			.doesNotContain("全区合计")
			// the ranking lists 鼓楼 too, but offers no way into 鼓楼's cases
			.contains("data-unit=\"120104002000\"")
			.contains("eventUnit=120104001000")
			.doesNotContain("eventUnit=120104002000");
	}

	@Test
	void badParametersShowTheProblemAndTheDefaultPeriod() {
		Api.Response page = api.get("/stats?from=2028-03-01&to=2028-02-01", "leader");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"stats-problem\"").contains("不能早于");
		assertThat(api.get("/stats?from=not-a-date", "leader").status()).isEqualTo(400);
	}

	@Test
	void englishOnRequestAndNoPageWithoutTheAuthority() {
		assertThat(api.get("/stats?lang=en", "supervisor").body()).contains("Statistics and rankings")
			.contains("Response rate")
			.contains("District total");
		assertThat(api.get("/stats", "operator").status()).isEqualTo(403);
	}
}
