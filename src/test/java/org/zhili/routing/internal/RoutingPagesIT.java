package org.zhili.routing.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The routing pages as rendered HTML, for the roles that use them. */
@ZhiliIntegrationTest
class RoutingPagesIT {

	@Autowired
	Api api;

	@Test
	void theOverviewShowsAccuracyTheModelAndTheSettingsEditableByDispatchers() {
		String page = api.get("/routing", "dispatcher").body();
		assertThat(page).contains("分拨准确率", "自动派单设置", "在用模型", "citizen-messages-1", "教育文体", "rule-save",
				"用平台历史重新训练");
		String leader = api.get("/routing", "leader").body();
		assertThat(leader).contains("分拨准确率", "自动派单设置").doesNotContain("rule-save").doesNotContain("用平台历史重新训练");
		assertThat(api.get("/routing", "operator").status()).isEqualTo(403);
	}

	@Test
	void theDuplicatePageIsTheDispatchers() {
		assertThat(api.get("/routing/duplicates", "dispatcher").body()).contains("重复诉求", "routing-duplicates");
		assertThat(api.get("/routing/duplicates", "leader").status()).isEqualTo(403);
	}

	@Test
	void theHotSpotPageCarriesTheMapAndTheLeadersActions() {
		String page = api.get("/routing/hot-spots", "leader").body();
		assertThat(page).contains("热点预警", "hot-spot-map", "/api/v1/org/geojson?level=COMMUNITY")
			.containsPattern("/webjars/leaflet/[^\"]*leaflet\\.js");
		assertThat(api.get("/routing/hot-spots", "operator").status()).isEqualTo(403);
	}
}
