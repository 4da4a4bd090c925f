package org.zhili.insight.internal.cockpit;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The cockpit in Debian's chromium: tiles with numbers, the map, drilling down to a grid's cases, the big screen. */
@ZhiliIntegrationTest
class CockpitBrowserIT {

	private static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Test
	void theLeaderDrillsFromTheDistrictToAGridsCases() {
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "leader", Api.DEMO_PASSWORD);
			page.waitForURL(api.base() + "/");
			page.navigate(api.base() + "/cockpit");

			assertThat(page.locator("[data-kpi=intake-month]").textContent().strip()).matches("\\d+");
			assertThat(Long.parseLong(page.locator("[data-kpi=intake-month]").textContent().strip())).isPositive();
			assertThat(page.locator("[data-kpi=overdue]").textContent().strip()).matches("\\d+");
			assertThat(page.locator("#cockpit-streets tbody tr").count()).isGreaterThan(5);
			page.waitForSelector("#cockpit-map[data-drawn=true] canvas");
			page.waitForSelector("#cockpit-trends[data-drawn=true]");
			page.waitForSelector("#cockpit-live:not(.d-none)");
			Browsers.screenshot(page, "cockpit-district");

			page.click("#cockpit-places a[data-code='" + CHANGHONG + "']");
			page.waitForURL("**/cockpit?street=" + CHANGHONG);
			assertThat(page.locator(".breadcrumb-item").count()).isEqualTo(2);
			page.waitForSelector("#cockpit-places a");
			page.waitForSelector("#cockpit-map[data-drawn=true] canvas");

			page.locator("#cockpit-places a").first().click();
			page.waitForURL("**/cockpit?street=" + CHANGHONG + "&community=*");
			assertThat(page.locator(".breadcrumb-item").count()).isEqualTo(3);
			page.waitForSelector("#cockpit-places a");
			String grid = page.locator("#cockpit-places a").first().getAttribute("data-code");

			page.locator("#cockpit-places a").first().click();
			page.waitForURL("**/cases?place=" + grid + "**");
			assertThat(page.url()).contains("place=" + grid);
			assertThat(page.title()).isNotBlank();
		}
	}

	@Test
	void theBigScreenFillsTheWallWithoutScrollbars() {
		try (BrowserContext context = Browsers.newContext(1920, 1080)) {
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "dispatcher", Api.DEMO_PASSWORD);
			page.waitForURL(api.base() + "/");
			page.navigate(api.base() + "/cockpit?screen=big");
			page.waitForSelector("#cockpit-map[data-drawn=true] canvas");
			page.waitForSelector("#cockpit-trends[data-drawn=true]");
			assertThat(page.locator("nav.navbar").count()).as("no navigation").isZero();
			assertThat(page.locator("[data-kpi=intake-today]").textContent().strip()).matches("\\d+");
			Object overflow = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight,"
					+ " window.innerWidth, window.innerHeight]");
			@SuppressWarnings("unchecked")
			java.util.List<Number> sizes = (java.util.List<Number>) overflow;
			assertThat(sizes.get(0).intValue()).as("width").isLessThanOrEqualTo(sizes.get(2).intValue());
			assertThat(sizes.get(1).intValue()).as("height").isLessThanOrEqualTo(sizes.get(3).intValue());
			Browsers.screenshot(page, "cockpit-big-screen");

			// drilling down stays on the wall
			page.click("#cockpit-places a[data-code='" + CHANGHONG + "']");
			page.waitForURL("**/cockpit/screen?street=" + CHANGHONG);
			assertThat(page.locator("nav.navbar").count()).isZero();
		}
	}
}
