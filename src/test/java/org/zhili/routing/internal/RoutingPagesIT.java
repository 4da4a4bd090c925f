package org.zhili.routing.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The routing pages as rendered HTML, for the roles that use them. */
@ZhiliIntegrationTest
class RoutingPagesIT {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoCasesLoadedWithoutEventsAreIndexedAndTheirRepeatedCallsSuggested() {
		// Case 1 is a bulk-loaded demo case: routing learnt of it from the cases' history, not from an event.
		var routing = api.get("/api/v1/routing/cases/1", "dispatcher");
		assertThat(routing.status()).as(routing.body()).isEqualTo(200);
		assertThat(routing.json().get("predictedCategory").asString()).isNotBlank();
		int demo = jdbc.sql("select count(*) from cases.case_record where id <= 3000").query(Integer.class).single();
		assertThat(demo).isEqualTo(3000);
		assertThat(jdbc.sql("select count(*) from routing.case_index where case_id <= 3000").query(Integer.class).single())
			.isEqualTo(demo);
		// The demo's repeated calls are waiting among the dispatcher's suggestions, each beside the case it repeats
		// (the other tests of this context add suggestions of their own, newer ones: all of them are read).
		var suggestions = api.get("/api/v1/routing/duplicates?limit=500", "dispatcher").json();
		var repeats = suggestions.valueStream()
			.filter(s -> s.get("kase").get("description").asString().startsWith("市民再次来电反映"))
			.toList();
		assertThat(repeats).isNotEmpty().allSatisfy(s -> assertThat(s.get("kase").get("description").asString())
			.contains(s.get("candidate").get("description").asString()));
		assertThat(api.get("/routing/duplicates", "dispatcher").body()).contains("合并入原工单");
	}

	@Test
	void theStatisticsPageShowsRoutingAccuracyPerCategoryInTheViewersScope() {
		String period = "/stats?period=custom&from=" + java.time.LocalDate.now().minusDays(400) + "&to="
				+ java.time.LocalDate.now().plusDays(600);
		String leader = api.get(period, "leader").body();
		assertThat(leader).contains("分拨准确率（首次派单未被退回）", "id=\"routing-accuracy\"", "城乡建设", "合计");
		// 长虹街道 sees only the cases of its own street: fewer first dispatches than the district's.
		String street = api.get(period, "changhong").body();
		assertThat(street).contains("id=\"routing-accuracy\"");
		assertThat(firstDispatches(street)).isPositive().isLessThan(firstDispatches(leader));
	}

	@Test
	void theIntakeFormCarriesTheRoutingSuggestion() {
		String page = api.get("/cases/intake", "operator").body();
		assertThat(page).contains("id=\"routing-suggestion\"", "/api/v1/routing/classify", "/routing/intake.js", "智能分拨建议");
	}

	/** The first dispatches of the accuracy table's totals row. */
	private static int firstDispatches(String page) {
		String table = page.substring(page.indexOf("id=\"routing-accuracy\""));
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("stats-total[^>]*>\\s*<th[^>]*>[^<]*</th>\\s*<td[^>]*>(\\d+)</td>")
			.matcher(table);
		assertThat(m.find()).as("totals row").isTrue();
		return Integer.parseInt(m.group(1));
	}

	@Test
	void theOverviewShowsAccuracyTheModelAndTheSettingsEditableByDispatchers() {
		String page = api.get("/routing", "dispatcher").body();
		assertThat(page).contains("分拨准确率", "自动派单设置", "在用模型", "citizen-messages-2", "教育文体", "rule-save",
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
