package org.zhili.cases.internal.stats;

import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** 统计与排名 in Debian's chromium: the ranking table and chart, a figure leading to its cases, a phone. */
@ZhiliIntegrationTest
class StatsBrowserIT {

	@Autowired
	Api api;

	@Test
	void theRankingChartAndAFigureThatOpensItsCases() {
		closedCaseThisMonth();
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "leader", Api.DEMO_PASSWORD);
			page.waitForURL(api.base() + "/");
			page.navigate(api.base() + "/stats");

			assertThat(page.locator("#ranking-street tbody tr").count()).isEqualTo(12);
			page.waitForSelector("#chart-street canvas");
			assertThat(page.locator("#chart-street canvas").isVisible()).isTrue();
			assertThat(page.locator("#ranking-street tbody tr").first().locator("td").first().textContent().strip())
				.isEqualTo("1");
			Browsers.screenshot(page, "stats-desktop");

			// the department chart is drawn when its tab opens
			page.click("#ranking-department-tab");
			page.waitForSelector("#chart-department canvas");

			String href = page.locator("#detail-street tbody tr").first().locator("td[data-figure=dispatched] a")
				.getAttribute("href");
			assertThat(href).startsWith("/cases?event=DISPATCHED&eventUnit=");
			page.locator("#detail-street tbody tr").first().locator("td[data-figure=dispatched] a").click();
			page.waitForURL("**/cases?event=DISPATCHED**");
			assertThat(page.url()).isEqualTo(api.base() + href);
		}
	}

	@Test
	void onAPhoneTheTablesScrollAndTheChartFits() {
		try (BrowserContext context = Browsers.newContext(390, 844)) {
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "changhong", Api.DEMO_PASSWORD);
			page.waitForURL(api.base() + "/");
			page.navigate(api.base() + "/stats?period=week");
			page.waitForSelector("#chart-street canvas");

			double chart = ((Number) page.evaluate("document.getElementById('chart-street').getBoundingClientRect().width")).doubleValue();
			assertThat(chart).isLessThanOrEqualTo(390);
			assertThat(page.locator("#detail-street tbody tr").count()).as("own street only").isEqualTo(1);
			// the custom range inputs appear only for a custom period
			assertThat(page.locator("#from").isVisible()).isFalse();
			page.selectOption("#period", "custom");
			assertThat(page.locator("#from").isVisible()).isTrue();
			Browsers.screenshot(page, "stats-phone");
		}
	}

	/** A case dispatched to 长虹 and closed now, so this month's ranking has a score to draw. */
	private void closedCaseThisMonth() {
		Api.Response created = api.post("/api/v1/cases", Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "统计页面测试：楼道灯不亮", "location", Map.of("lng", 117.1496, "lat", 39.1392),
				"requester", Map.of("name", "测试", "phone", "13900000001")), "operator");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		step(id, "dispatch", Map.of("unitCode", "120104001000"), "dispatcher");
		step(id, "accept", Map.of(), "changhong");
		step(id, "reply", Map.of("result", "SOLVED", "note", "已更换灯泡"), "changhong");
		step(id, "review", Map.of("approved", true), "dispatcher");
		step(id, "callback", Map.of("reached", true, "solved", true, "satisfaction", "SATISFIED"), "operator");
		step(id, "close", Map.of(), "dispatcher");
	}

	private void step(long id, String action, Map<String, Object> input, String who) {
		Api.Response r = api.post("/api/v1/cases/" + id + "/actions/" + action, input, who);
		assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
	}
}
