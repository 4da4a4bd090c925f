package org.zhili.insight.internal.topics;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader chooses 每月一题 on the page, in Debian's chromium: a refused choice shows why, an accepted one opens the
 * topic with its chart and months; the supervision office orders a 约谈 from the lagging list.
 */
@ZhiliIntegrationTest
class TopicsBrowserIT {

	@Autowired
	Api api;

	@Test
	void aLeaderChoosesATopicOnThePageAndSeesItMeasured() {
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "leader", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			StringBuilder errors = new StringBuilder();
			page.onPageError(e -> errors.append(e).append('\n'));
			page.navigate(api.base() + "/topics");
			assertThat(page.locator("#candidates tbody tr").count()).isEqualTo(10);

			page.fill("#t-title", "浏览器选题");
			page.fill("#t-problem", "近三个月诉求量居首");
			page.fill("#t-actions", "牵头单位每周巡查");
			page.locator("#t-categories").selectOption(new String[] { page.locator("#t-categories option").first()
				.getAttribute("value") });
			page.locator("#t-leads").selectOption("120104CGW");
			page.fill("#t-start", "2020-01");
			page.click("#topic-form button[type=submit]");
			page.waitForSelector("#topic-form .form-problem:not(.d-none)");
			assertThat(page.textContent("#topic-form .form-problem")).contains("选题信息有误", "起始月份");

			page.fill("#t-start", "");
			page.fill("#t-baseline", "3");
			page.click("#topic-form button[type=submit]");
			page.waitForURL(u -> u.matches(".*/topics/\\d+$"));
			assertThat(page.textContent("h1")).contains("浏览器选题", "治理中");
			assertThat(page.textContent("#topic-summary")).isNotBlank();
			page.waitForSelector("#topic-chart canvas");
			assertThat(page.locator("#topic-months tbody tr").count()).isGreaterThanOrEqualTo(3);
			Browsers.screenshot(page, "insight-topic");

			page.click("form.topic-step button[type=submit]");
			page.waitForCondition(() -> page.textContent("h1").contains("已结题"));
			assertThat(errors).isEmpty();
		}
	}
}
