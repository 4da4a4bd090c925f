package org.zhili.enterprises.internal;

import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 包联企业 in Debian's chromium: the 营商环境 office pairs an official on the list page (a wrong code shows why), the
 * official records a visit with a problem on the enterprise's page and sees the request it became; the 社区治理
 * office refuses work pushed down off the 准入清单.
 */
@ZhiliIntegrationTest
class EnterprisesBrowserIT {

	@Autowired
	Api api;

	@Test
	void theOfficePairsAnOfficialWhoRecordsAVisitOnTheEnterprisesPage() {
		String code = PairingsIT.newCode();
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			StringBuilder errors = new StringBuilder();
			page.onPageError(e -> errors.append(e).append('\n'));
			Browsers.signIn(page, api.base(), "supervisor", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/enterprises");
			page.fill("#p-code", "91120104MA05K1230B");
			page.fill("#p-name", "天津浏览器测试科技有限公司");
			page.fill("#p-official", "changhong");
			page.click("#pair-form button[type=submit]");
			page.waitForSelector("#pair-form .form-problem:not(.d-none)");
			assertThat(page.textContent("#pair-form .form-problem")).contains("统一社会信用代码");
			page.fill("#p-code", code);
			page.click("#pair-form button[type=submit]");
			page.waitForSelector("#pairing-list a:has-text('天津浏览器测试科技有限公司')");
			Browsers.screenshot(page, "enterprises-pairings");
		}
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			StringBuilder errors = new StringBuilder();
			page.onPageError(e -> errors.append(e).append('\n'));
			Browsers.signIn(page, api.base(), "changhong", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/enterprises?mine=true");
			page.click("#pairing-list a:has-text('天津浏览器测试科技有限公司')");
			page.waitForSelector("#official-name");
			assertThat(page.textContent("#official-name")).isEqualTo("张丽华");
			assertThat(page.locator("#no-visits").isVisible()).isTrue();
			page.fill("#v-discussed", "走访了解企业扩产用地需求");
			page.fill("#v-problems", "厂区门前人行道破损，影响员工通行");
			page.click("#visit-form button[type=submit]");
			page.waitForSelector(".visit");
			assertThat(page.textContent(".visit")).contains("走访了解企业扩产用地需求");
			assertThat(page.locator("#requests .request-row").count()).isEqualTo(1);
			assertThat(page.textContent("#request-figures")).contains("共 1 件");
			Browsers.screenshot(page, "enterprises-enterprise");
			assertThat(errors).isEmpty();
		}
	}

	@Test
	void theCommunityAffairsOfficeRefusesWorkOffTheListWithAReason() {
		long draftId = api.post("/api/v1/plans/ingest", Map.of("text", "2026年工作\n一、基层\n1、楼道堆物清理。\n"), "supervisor")
			.json().get("id").asLong();
		String body = """
				{"title":"2026年浏览器准入测试","year":2026,"sections":[{"key":"1","number":"一","title":"基层","level":1}],
				 "tasks":[{"key":"t1","section":"1","number":"1","title":"楼道堆物清理台账","leadUnit":"120104CGW","weight":1}]}""";
		long planId = api.post("/api/v1/plans/drafts/" + draftId + "/publish", body, "supervisor").json().get("id").asLong();
		long task = api.get("/api/v1/plans/" + planId, "supervisor").json().get("sections").get(0).get("tasks").get(0)
			.get("id").asLong();
		api.put("/api/v1/plans/tasks/" + task + "/assignment", Map.of("leadUnit", "120104001001"), "supervisor");
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			StringBuilder errors = new StringBuilder();
			page.onPageError(e -> errors.append(e).append('\n'));
			Browsers.signIn(page, api.base(), "minzheng", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/community-admission");
			var request = page.locator(".pending-request", new Page.LocatorOptions().setHasText("楼道堆物清理台账"));
			var refuse = request.locator("form").nth(1);
			refuse.locator("button").click();
			refuse.locator(".form-problem:not(.d-none)").waitFor();
			assertThat(refuse.locator(".form-problem").textContent()).contains("理由");
			refuse.locator("input[name=note]").fill("属于部门职责");
			refuse.locator("button").click();
			page.waitForCondition(() -> page.locator(".pending-request", new Page.LocatorOptions().setHasText("楼道堆物清理台账"))
				.count() == 0);
			assertThat(page.textContent("#report-totals")).contains("不予准入");
			Browsers.screenshot(page, "community-admission");
			assertThat(errors).isEmpty();
		}
	}
}
