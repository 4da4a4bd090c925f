package org.zhili.inspection.internal.inspectors;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The inspector library in Debian's chromium: licences that need attention stand out, and the 市场监管局's handler
 * registers an inspector with the page's form, a refusal shown in the form first.
 */
@ZhiliIntegrationTest
class InspectorLibraryBrowserIT {

	@Autowired
	Api api;

	@Test
	void expiringLicencesStandOutAndTheFormRegistersAnInspector() {
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "shichang", Api.DEMO_PASSWORD);
			assertThat(page.locator("#account-menu")).isVisible();
			page.navigate(api.base() + "/inspection/inspectors?department=120104SCJ");

			assertThat(page.locator("#inspector-list tr.licence-expired")).hasCount(1);
			assertThat(page.locator("#inspector-list tr.licence-expired .licence-badge")).hasText("已过期");
			assertThat(page.locator("#inspector-list tr.licence-expiring").first().locator(".licence-badge")).hasText("即将到期");
			assertThat(page.locator("#inspector-summary")).containsText("30 天内到期");

			String licence = "BR" + System.nanoTime();
			page.fill("#inspector-form [name=name]", "页面登记员");
			page.fill("#inspector-form [name=licenceNumber]", licence);
			page.fill("#inspector-form [name=expertise]", "食品安全、广告监管");
			page.fill("#inspector-form [name=username]", "bad name");
			page.fill("#inspector-form [name=licenceExpires]", "2030-01-31");
			page.click("#inspector-form button[type=submit]");
			assertThat(page.locator("#inspector-form .form-problem")).containsText("账号应为");
			assertThat(page.locator("#inspector-form [name=username]")).hasClass(java.util.regex.Pattern.compile("is-invalid"));

			page.fill("#inspector-form [name=username]", "");
			page.click("#inspector-form button[type=submit]");
			assertThat(page.locator("#inspector-list")).containsText(licence);
			assertThat(page.locator("#inspector-list tr", new Page.LocatorOptions().setHasText(licence))).containsText("食品安全、广告监管");
			Browsers.screenshot(page, "inspection-inspectors");
		}
	}
}
