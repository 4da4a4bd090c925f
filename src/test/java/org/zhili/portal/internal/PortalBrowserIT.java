package org.zhili.portal.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A resident on a phone, without an account: submits a request, follows it, and rates the reply. */
@ZhiliIntegrationTest
class PortalBrowserIT {

	@Autowired
	Api api;

	@Test
	void aResidentSubmitsTracksAndRatesARequestOnAPhone() throws Exception {
		PortalCases cases = new PortalCases(api);
		long id;
		try (BrowserContext context = Browsers.newContext(390, 844)) {
			// As if behind the district's reverse proxy: this resident's own address for the rate limits.
			context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", PublicClient.fresh(api.base()).address()));
			Page page = context.newPage();
			// The district's address leads to the sign-in page, and from there to the public pages.
			page.navigate(api.base() + "/");
			page.click("#public-pages");
			assertThat(page.locator("h1")).hasText("南开区接诉即办");
			page.click(".list-group a[href='/public/submit']");
			assertThat(page.locator("h1")).hasText("我要反映");

			page.selectOption("#type", "COMPLAINT");
			page.fill("#category-search", "噪音");
			assertThat(page.locator("#categoryCode option:not([hidden])", new Page.LocatorOptions().setHasText("噪音污染")))
				.hasCount(1);
			page.selectOption("#categoryCode", "C040203");
			page.fill("#description", "楼下烧烤店每晚营业到凌晨两点，噪音很大");
			page.waitForSelector("#portal-map path.leaflet-interactive");
			page.locator("#portal-map").click();
			assertThat(page.locator("#point-label")).containsText("已选位置");
			page.fill("#address", "长虹街道某小区 3 号楼");
			page.setInputFiles("#photos", new FilePayload("noise.png", "image/png", PortalIT.png().bytes()));
			page.fill("#phone", PortalIT.phone());
			Browsers.screenshot(page, "portal-1-submit");
			page.click("#submit-request");

			assertThat(page.locator("#tracking-number")).hasText(Pattern.compile("NK\\d+"));
			assertThat(page.locator("#query-code")).hasText(Pattern.compile("\\d{6}"));
			String tracking = page.locator("#tracking-number").innerText();
			String code = page.locator("#query-code").innerText();
			Browsers.screenshot(page, "portal-2-receipt");

			id = cases.idOf(tracking);
			cases.answer(id, "内部：约谈店主", "已责令烧烤店 22 时后停止露天经营，并安装隔音设施。");

			page.navigate(api.base() + "/public/track");
			page.fill("#trackingNumber", tracking);
			page.fill("#secret", code);
			page.click("#track-submit");
			assertThat(page.locator("#case-tracking-number")).hasText(tracking);
			assertThat(page.locator("#timeline li")).hasCount(4);
			assertThat(page.locator("#timeline")).containsText("已受理");
			assertThat(page.locator("#timeline")).containsText("已派至长虹街道");
			assertThat(page.locator("#timeline .reply-text")).hasText("已责令烧烤店 22 时后停止露天经营，并安装隔音设施。");
			assertThat(page.locator("#timeline")).not().containsText("约谈店主");
			assertThat(page.locator("#rate-form")).isVisible();
			assertThat(page.locator("#rate-form")).containsText("问题是否解决");
			assertThat(page.locator("#rate-form")).containsText("满意度");
			Browsers.screenshot(page, "portal-3-track");

			page.check("#solved-yes");
			page.check("#satisfaction-SATISFIED");
			page.fill("#comment", "处理及时，谢谢");
			page.click("#rate-submit");
			assertThat(page.locator("#rate-notice")).hasText("感谢您的评价！");
			assertThat(page.locator("#rate-form")).hasCount(0);
			assertThat(page.locator("#timeline")).containsText("已评价");
			Browsers.screenshot(page, "portal-4-rated");

			page.click("a.nav-link:has-text('公开数据')");
			assertThat(page.locator("#street-figures tbody tr")).hasCount(12);
			assertThat(page.locator("#street-figures")).containsText("长虹街道");
			assertThat(page.locator("#top-categories li").first()).isVisible();
			Browsers.screenshot(page, "portal-5-figures");
		}
		for (String shot : new String[] { "portal-1-submit", "portal-2-receipt", "portal-3-track", "portal-4-rated",
				"portal-5-figures" }) {
			assertThat(Files.size(Path.of("target", "screenshots", shot + ".png"))).as(shot).isGreaterThan(10_000);
		}
		assertThat(cases.view(id).get("state").get("code").asString()).isEqualTo("RATED");
		assertThat(cases.view(id).get("attachments").size()).as("the photo").isEqualTo(1);
	}
}
