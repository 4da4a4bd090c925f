package org.zhili.urban.evaluation;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation page in Chromium as 长虹街's official reads it: the report's text, the street's own row marked,
 * a click down to the street's communities and back, and another month from the selector.
 */
@ZhiliIntegrationTest
class EvaluationBrowserIT {

	@Autowired
	Api api;

	@Autowired
	JdbcClient sql;

	@Test
	void aStreetReadsItsMonthDrillsDownAndChangesTheMonth() {
		EvaluationRows.march2025(sql);
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "changhong", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/urban/evaluation?month=2025-03");

			assertThat(page.locator("#evaluation-title").textContent()).isEqualTo("南开区数字化城市管理2025年3月综合评价通报");
			assertThat(page.locator("#evaluation-report").textContent()).contains(EvaluationApiIT.SENTENCE);
			assertThat(page.locator("#figure-CLOSING_RATE").textContent().strip()).isEqualTo("85.71%");
			assertThat(page.locator("#table-REGION tr.own-row").getAttribute("data-code")).isEqualTo("120104001000");
			assertThat(page.locator("#table-DEPARTMENT tr[data-code='120104CGW'] .grade").textContent()).isEqualTo("B");
			Browsers.screenshot(page, "urban-evaluation");

			page.click("#table-REGION tr[data-code='120104001000'] a");
			page.waitForURL(u -> u.contains("region=120104001000"));
			assertThat(page.locator("#table-REGION h2, #table-REGION").first().textContent()).contains("社区");
			assertThat(page.locator("#table-REGION tr[data-code='120104001001'] td").nth(2).textContent()).isEqualTo("8");
			page.click("#region-up");
			page.waitForURL(u -> !u.contains("region=120104001000"));
			assertThat(page.locator("#table-REGION tr[data-code='120104001000']").count()).isEqualTo(1);

			page.selectOption("#evaluation-month", page.locator("#evaluation-month option").nth(1).getAttribute("value"));
			page.waitForURL(u -> u.contains("month=") && !u.contains("month=2025-03"));
			assertThat(page.locator("#evaluation-report").textContent()).doesNotContain(EvaluationApiIT.SENTENCE);
		}
	}
}
