package org.zhili.petitions.internal;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** 区信访办 registers a group visit on the form, names its representatives after the 400, and routes it. */
@ZhiliIntegrationTest
class PetitionBrowserIT {

	@Autowired
	Api api;

	@Test
	void theOfficeRegistersAGroupVisitAndRoutesItOnItsPages() {
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			StringBuilder console = new StringBuilder();
			page.onPageError(e -> console.append(e).append('\n'));
			Browsers.signIn(page, api.base(), "xinfang", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/petitions/new");
			page.selectOption("#channel", "VISIT");
			page.fill("#groupSize", "9");
			page.fill("#title", "华宁里业主集体反映电梯长期停运");
			page.fill("#content", "九名业主来访，反映6号楼电梯停运两月，物业称无维修资金，请求协调。");
			page.fill("#petitionerName", "周桂兰");
			page.fill("#petitionerPhone", "13612345670");
			page.selectOption("#streetCode", "120104001000");
			page.click("#petition-form button[type=submit]");
			page.waitForSelector("#petition-form .form-problem:not(.d-none)");
			assertThat(page.textContent("#petition-form .form-problem")).contains("代表");
			page.fill("#representatives", "周桂兰、吴建国");
			page.click("#petition-form button[type=submit]");
			page.waitForURL(u -> u.matches(".*/petitions/\\d+$"));
			assertThat(page.textContent("#petition-state")).isEqualTo("待交办");
			assertThat(page.textContent("#petitioner")).contains("周桂兰", "13612345670");

			page.selectOption("#route-form [name=kind]", "CLAIM");
			page.click("#route-form button[type=submit]");
			page.waitForSelector("#answer");
			assertThat(page.textContent("#petition-state")).isEqualTo("办理中");
			assertThat(page.textContent("#answer")).contains("交办", "60日");
			assertThat(page.textContent("#timeline")).contains("登记", "交办");
			Browsers.screenshot(page, "petitions-petition");
			assertThat(console.toString()).isEmpty();
		}
	}
}
