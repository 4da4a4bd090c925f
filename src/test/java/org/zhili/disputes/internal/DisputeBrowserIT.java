package org.zhili.disputes.internal;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.platform.ChinaTime;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** 长虹街's mediator registers a dispute on the form, accepts it, minutes a session and records the agreement. */
@ZhiliIntegrationTest
class DisputeBrowserIT {

	@Autowired
	Api api;

	@Autowired
	MovableClock clock;

	@Test
	void aMediatorTakesADisputeFromRegistrationToAgreementOnItsPages() {
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			StringBuilder console = new StringBuilder();
			page.onPageError(e -> console.append(e).append('\n'));
			Browsers.signIn(page, api.base(), "tiaojie2", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/disputes/new");
			page.selectOption("#typeCode", "NEIGHBOUR");
			page.fill("#title", "华宁里楼上漏水致楼下天花板受损");
			page.fill("#description", "申请人称楼上卫生间渗水，卧室天花板发霉脱落。");
			page.fill("#amount", "3500");
			page.fill("#address", "长虹街道鞍山西道88号华宁里6号楼2门302");
			page.locator("#parties tr.party").nth(0).locator("[name=name]").fill("周桂兰");
			page.locator("#parties tr.party").nth(0).locator("[name=phone]").fill("13612345678");
			page.locator("#parties tr.party").nth(1).locator("[name=name]").fill("吴建国");
			page.click("#add-party");
			page.locator("#parties tr.party").nth(2).locator("[name=name]").fill("吴晓东");
			page.click("#dispute-form button[type=submit]");
			page.waitForURL(u -> u.matches(".*/disputes/\\d+$"));
			assertThat(page.textContent("#dispute-state")).isEqualTo("待受理");
			assertThat(page.textContent("#parties")).contains("周*", "136****5678", "吴**");
			assertThat(page.textContent("#dispute-centre")).isEqualTo("长虹街道矛调中心");

			page.click("#accept-form button[type=submit]");
			page.waitForSelector("#session-form");
			assertThat(page.textContent("#dispute-state")).isEqualTo("调解中");
			assertThat(page.textContent("#dispute-mediators")).contains("林淑芬");
			page.fill("#session-form [name=attendees]", "周桂兰、吴建国、调解员林淑芬");
			page.fill("#session-form [name=minutes]", "现场查看渗水点，双方同意由楼上修复防水层");
			page.click("#session-form button[type=submit]");
			page.waitForSelector("#sessions li");
			assertThat(page.textContent("#sessions")).contains("现场查看渗水点");

			String due = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE).plusDays(15).toString();
			page.fill("#agree-form [name=terms]", "吴建国于十五日内修复卫生间防水层，并赔偿周桂兰墙面修复费用3500元。");
			page.fill("#agree-form [name=performanceDue]", due);
			page.click("#agree-form button[type=submit]");
			page.waitForSelector("#follow-up-form");
			assertThat(page.textContent("#dispute-state")).isEqualTo("调解成功·待履行回访");
			assertThat(page.textContent("#outcome")).contains("吴建国于十五日内修复", due);
			assertThat(page.isVisible("#agreement-docx")).isTrue();

			page.click("#reveal-parties");
			page.waitForFunction("() => document.querySelector('#parties')?.textContent.includes('13612345678')");
			assertThat(page.textContent("#timeline")).contains("登记", "受理", "记录调解", "调解成功");
			Browsers.screenshot(page, "disputes-dispute");
			assertThat(console.toString()).isEmpty();
		}
	}
}
