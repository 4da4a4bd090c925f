package org.zhili.opinion;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** 舆情 in Debian's chromium: the analyst registers a signal (the lexicon suggesting as she types) and assigns it; the street verifies. */
@ZhiliIntegrationTest
class SignalBrowserIT {

	@Autowired
	Api api;

	@Test
	void theAnalystRegistersAndAssignsASignalAndTheStreetVerifiesIt() {
		String title = "小区门口垃圾成堆无人管 " + UUID.randomUUID().toString().substring(0, 6);
		String link;
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "yuqing");
			page.navigate(api.base() + "/opinion/signals");
			page.click("#report-details > summary");
			page.selectOption("#report-form [name=source]", "WEIBO");
			page.fill("#report-form [name=title]", title);
			page.fill("#report-form [name=text]", "网友反映垃圾成堆，恶臭难闻，没人管。");
			assertThat(page.locator("#sentiment-suggestion")).containsText("负面");
			page.selectOption("#report-form [name=streetCode]", "120104001000");
			page.click("#report-form button[type=submit]");
			assertThat(page.locator("#signal-state")).hasText("待研判");
			assertThat(page.locator("#signal-sentiment")).hasText("负面");
			link = page.url();
			page.selectOption("#assign-form [name=unitCode]", "120104001000");
			page.click("#assign-form button[type=submit]");
			assertThat(page.locator("#signal-state")).hasText("核实中");
			Browsers.screenshot(page, "opinion-signal");
		}
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "changhong");
			page.navigate(link);
			page.fill("#verify-form [name=finding]", "现场核实：垃圾清运不及时，属实，已清运。");
			page.click("#verify-form button[type=submit]");
			assertThat(page.locator("#signal-state")).hasText("已核实");
			assertThat(page.locator("#signal-finding")).containsText("已清运");
		}
	}

	@Test
	void theYearShowsInTheListTheTopicsTheFiguresAndThePublicReplies() {
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "yuqing");
			page.navigate(api.base() + "/opinion/signals");
			assertThat(page.locator("#signal-list tbody tr").first()).isVisible();
			Browsers.screenshot(page, "opinion-signals");
			page.navigate(api.base() + "/opinion/topics");
			assertThat(page.locator("#topic-list tbody tr").first()).isVisible();
			Browsers.screenshot(page, "opinion-topics");
			page.navigate(api.base() + "/opinion/figures");
			assertThat(page.locator("#figure-total")).not().hasText("0");
			assertThat(page.locator("#figure-triage")).not().hasText("—");
			Browsers.screenshot(page, "opinion-figures");
		}
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = context.newPage();
			page.navigate(api.base() + "/public/opinion");
			assertThat(page.locator("#public-opinion .card").first()).isVisible();
			assertThat(page.locator("#public-opinion")).not().containsText("example.com");
			Browsers.screenshot(page, "opinion-public");
		}
	}

	private Page signedIn(BrowserContext context, String who) {
		Page page = context.newPage();
		Browsers.signIn(page, api.base(), who, Api.DEMO_PASSWORD);
		return page;
	}
}
