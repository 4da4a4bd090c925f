package org.zhili.routing.internal;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** 智能分拨 in Debian's chromium: the operator's suggestions while typing, the dispatcher's merge, the leader's map. */
@ZhiliIntegrationTest
class RoutingBrowserIT {

	@Autowired
	Api api;

	@Test
	void theIntakeFormSuggestsTheCategoryAndUnitAsTheOperatorTypesAndTakesTheSuggestion() {
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "operator");
			page.navigate(api.base() + "/cases/intake");
			page.fill("#description", "我家孩子今年六岁，户口在本区，但是学区小学说学位已满，不能入学，希望教育局协调解决孩子上学问题。");
			assertThat(page.locator("#routing-category")).hasText("教育文体");
			assertThat(page.locator("#routing-unit")).containsText("教育局");
			assertThat(page.locator("#routing-suggestion-body")).containsText("置信度");
			Browsers.screenshot(page, "routing-intake-suggestion");
			page.click("#routing-adopt");
			assertThat(page.locator(".category-picker .picker-input")).hasValue("教育文体");
			assertThat(page.locator(".category-picker .picker-value")).hasValue(java.util.regex.Pattern.compile("C\\d\\d"));
		}
	}

	@Test
	void aDispatcherMergesARepeatedCallFromTheDuplicatePage() {
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "dispatcher");
			page.navigate(api.base() + "/routing/duplicates");
			Locator first = page.locator("#duplicate-list [data-case]").first();
			assertThat(first).containsText("相似度");
			String caseId = first.getAttribute("data-case");
			Browsers.screenshot(page, "routing-duplicates");
			first.locator("[data-decide=merge]").click();
			assertThat(page.locator("#duplicates-status")).hasText("已合并");
			assertThat(page.locator("#duplicate-list [data-case='" + caseId + "']")).hasCount(0);
			org.assertj.core.api.Assertions
				.assertThat(api.get("/api/v1/cases/" + caseId, "dispatcher").json().get("state").get("code").asString())
				.isEqualTo("MERGED");
		}
	}

	@Test
	void theLeaderSeesTheCommunitiesOnTheHotSpotMap() {
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "leader");
			page.navigate(api.base() + "/routing/hot-spots");
			assertThat(page.locator("#hot-spot-map path.leaflet-interactive").first()).isVisible();
			assertThat(page.locator("#hot-spots-status")).not().containsText("失败");
			Browsers.screenshot(page, "routing-hot-spots");
		}
	}

	@Test
	void theDispatcherSeesTheBacklogAndTheAdministratorRetrainsAndSeesTheModelsComparedOnHeldOutCases() {
		String running = api.get("/api/v1/routing/model", "operator").json().get("version").asString();
		try (BrowserContext dispatcher = Browsers.newContext(1366, 900)) {
			Page page = signedIn(dispatcher, "dispatcher");
			page.navigate(api.base() + "/cases/dispatch");
			assertThat(page.locator("#routing-backlog")).containsText("智能分拨");
		}
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "sysadmin");
			page.navigate(api.base() + "/routing");
			assertThat(page.locator("#agreement")).containsText("派单采纳率");
			page.click("#retrain");
			assertThat(page.locator("#model-status")).containsText("留出检验",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(180_000));
			assertThat(page.locator("#retrain-per-category li")).hasCount(7);
			assertThat(page.locator("#retrain-per-category")).containsText("城乡建设 F1");
			Browsers.screenshot(page, "routing-retrained");
			page.reload();
			assertThat(page.locator("#retrainings tbody tr").first()).containsText("sysadmin");
			assertThat(page.locator("#retrainings tbody tr").first()).containsText("→");
		}
		finally {
			if (!running.equals(api.get("/api/v1/routing/model", "operator").json().get("version").asString())) {
				api.post("/api/v1/routing/model/revert", java.util.Map.of(), "dispatcher");
			}
		}
	}

	private Page signedIn(BrowserContext context, String who) {
		Page page = context.newPage();
		Browsers.signIn(page, api.base(), who, Api.DEMO_PASSWORD);
		return page;
	}
}
