package org.zhili.urban.cases;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.urban.cases.UrbanCasesThroughApi.*;

/** The centre's desk pages: the list with its shares and lights, a case's step forms, the approvals queue. */
@ZhiliIntegrationTest
class UrbanCaseDeskBrowserIT {

	@Autowired
	Api api;

	@Test
	void theDutyChiefRegistersFromTheCasePageAndDecidesARequestInTheQueue() {
		UrbanCasesThroughApi urban = new UrbanCasesThroughApi(api);
		long reported = urban.report("长虹街道光明路社区5号楼门前积存渣土 " + UUID.randomUUID(), "EVENT", "0103").get("id").asLong();
		long handling = urban.handling("长虹街道光明路社区菜市场门口垃圾外溢 " + UUID.randomUUID());
		urban.act(handling, "request", Map.of("kind", "POSTPONE", "reason", "清运车辆检修", "extension", "4wh"), "chengguan");

		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			StringBuilder errors = new StringBuilder();
			page.onPageError(e -> errors.append(e).append('\n'));
			Browsers.signIn(page, api.base(), "zhibanzhang", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));

			page.navigate(api.base() + "/urban/cases?open=true");
			assertThat(page.textContent("#shares")).contains("延期率", "挂账率", "作废率");
			assertThat(page.locator("#case-list .stage-light").count()).isPositive();
			Browsers.screenshot(page, "urban-cases-list");

			page.navigate(api.base() + "/urban/cases/" + reported);
			assertThat(page.textContent("#case-state")).isEqualTo("待立案");
			page.fill("#register-form [name=note]", "符合积存垃圾渣土立案条件");
			page.click("#register-form button[type=submit]");
			page.waitForSelector("#dispatch-form, #case-state:has-text('待派遣')");
			assertThat(page.textContent("#case-state")).isEqualTo("待派遣");
			assertThat(page.textContent("#timeline")).contains("立案", "符合积存垃圾渣土立案条件");

			page.navigate(api.base() + "/urban/cases/approvals");
			assertThat(page.textContent("body")).contains("清运车辆检修");
			Locator request = page.locator(".approval")
				.filter(new Locator.FilterOptions().setHasText("清运车辆检修"));
			request.locator("button.btn-success").click();
			// The decision reloads the queue, which then no longer holds the request.
			request.waitFor(new Locator.WaitForOptions()
				.setState(WaitForSelectorState.DETACHED));
			page.waitForLoadState();
			Browsers.screenshot(page, "urban-cases-approvals");

			page.navigate(api.base() + "/urban/cases/" + handling);
			assertThat(page.textContent("h1")).contains("已延期");
			assertThat(page.textContent("#requests")).contains("延期", "已批准");
			assertThat(errors.toString()).isEmpty();
		}
		assertThat(urban.get(handling, "zhibanzhang").get("postponed").asBoolean()).isTrue();

		// the handling unit sees its request form on the case's page
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "chengguan", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/urban/cases/" + handling);
			assertThat(page.isVisible("#feedback-form")).isTrue();
			assertThat(page.locator("#request-form option").allTextContents()).contains("延期", "回退（非本单位职责）", "挂账", "作废");
			Browsers.screenshot(page, "urban-case-handler");
		}
	}
}
