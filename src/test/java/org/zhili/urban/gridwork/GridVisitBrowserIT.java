package org.zhili.urban.gridwork;

import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Links;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grid worker on a 360 px phone: finds today's planned visit, records what was found and opens a 12345 case from it
 * in the same step; then the street reads the coverage page with its map.
 */
@ZhiliIntegrationTest
class GridVisitBrowserIT {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	Links links;

	@Test
	void aGridWorkerRecordsTodaysVisitAndOpensACaseOnThePhone() {
		String grid = jdbc.sql("select code from org.unit where level = 'GRID' and parent_code = '120104001001' order by code offset 1 limit 1")
			.query(String.class)
			.single();
		JsonNode place = api.get("/api/v1/urban/grids/" + grid + "/households", "guangminglu").json().get(0);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		long plan = api.post("/api/v1/urban/grids/visits/plans", Map.of("targetKind", "HOUSEHOLD", "targetId",
				place.get("id").asLong(), "dueOn", today.toString(), "purpose", "冬季燃气安全入户"), "guangminglu")
			.json()
			.get("id")
			.asLong();

		try (BrowserContext context = Browsers.newContext(360, 780)) {
			Page page = context.newPage();
			StringBuilder console = new StringBuilder();
			page.onPageError(e -> console.append(e).append('\n'));
			Browsers.signIn(page, api.base(), "guangminglu", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/urban/visits");
			assertThat(page.textContent("#today-list")).contains("冬季燃气安全入户");
			page.click("#today-list a[href$='/urban/visits/" + plan + "']");
			page.waitForSelector("#visit-form");
			page.fill("#visit-finding-input", "住户燃气热水器排烟管脱落，已提醒暂停使用");
			page.check("#visit-open-case");
			page.fill("#visit-case-description", "燃气热水器排烟管脱落，存在一氧化碳中毒隐患，请燃气公司上门检修");
			page.selectOption("#visit-case-urgency", "UTILITIES");
			page.click("#visit-save");
			page.waitForSelector("#visit-saved:not(.d-none)");
			assertThat(page.textContent("#visit-saved")).contains("已转12345工单");
			page.waitForSelector("#visit-case");
			assertThat(page.textContent("#visit-state")).isEqualTo("已走访");
			assertThat(page.textContent("#visit-links")).contains("转12345工单");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"))
				.as("nothing wider than the phone").isTrue();
			Browsers.screenshot(page, "grid-visit-phone");
			assertThat(console.toString()).isEmpty();
		}
		JsonNode visit = api.get("/api/v1/urban/grids/visits/" + plan, "guangminglu").json().get("visit");
		assertThat(visit.get("state").asString()).isEqualTo("DONE");
		long caseId = visit.get("caseId").asLong();
		assertThat(links.of("case", caseId)).anySatisfy(l -> assertThat(l.other().itemId()).isEqualTo(plan));

		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			StringBuilder console = new StringBuilder();
			page.onPageError(e -> console.append(e).append('\n'));
			Browsers.signIn(page, api.base(), "changhong", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/urban/grids?parent=120104001000");
			page.waitForSelector("#coverage-map path.leaflet-interactive");
			assertThat(page.textContent("#coverage-table")).contains("光明路社区");
			page.click("#coverage-table a:has-text('光明路社区')");
			page.waitForSelector("#coverage-map path.leaflet-interactive");
			assertThat(page.textContent("#coverage-crumbs")).contains("长虹街", "光明路社区");
			Browsers.screenshot(page, "grid-coverage-map");
			page.click("#coverage-table tbody a >> nth=0");
			page.waitForSelector("#ledger-persons");
			assertThat(page.textContent("#grid-roster")).contains("刘洋");
			page.click("#roster-manage summary");
			page.fill("#roster-username", "wgy-browser");
			page.fill("#roster-name", "邵海燕");
			page.fill("#roster-phone", "13700001111");
			page.click("#roster-form button[type=submit]");
			page.waitForSelector("#grid-roster:has-text('邵海燕')");
			assertThat(page.textContent("#grid-roster")).contains("137****1111");
			Browsers.screenshot(page, "grid-ledger");
			assertThat(console.toString()).isEmpty();
		}
	}
}
