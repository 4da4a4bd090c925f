package org.zhili.urban;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The inventory's pages in Debian's chromium: the map counts the district and shows one component; an import reports its bad row. */
@ZhiliIntegrationTest
class ComponentBrowserIT {

	@Autowired
	Api api;

	@Test
	void aSupervisorSeesTheDistrictCountedAndFindsAMissingCoverOnTheMap() {
		String lost = api.get("/api/v1/urban/components?class=0101&state=LOST&size=1", "jianduyuan").json().get("items")
			.get(0).get("id").asString();
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "jianduyuan", Api.DEMO_PASSWORD);
			page.navigate(api.base() + "/urban/components");
			page.waitForSelector("#urban-components[data-ready=true]");
			assertThat(page.locator("#component-layers")).containsText("公用设施");
			assertThat(page.locator("#component-status")).containsText("汇总");
			Browsers.screenshot(page, "urban-components-district");
			page.fill("#component-search [name=q]", lost);
			page.click("#component-search button[type=submit]");
			assertThat(page.locator("#component-fields")).containsText(lost);
			assertThat(page.locator("#component-fields")).containsText("丢失");
			assertThat(page.locator("#component-fields")).containsText("天津水务集团有限公司");
			// Zoomed in on it: the components one by one, not counted per cell.
			assertThat(page.locator("#component-status")).containsText("本范围内显示");
			assertThat(page.locator("#component-map canvas").first()).isVisible();
			assertThat(page.locator("#component-edit")).hasCount(0);
			Browsers.screenshot(page, "urban-components-cover");
		}
	}

	@Test
	void theDutyChiefImportsACsvAndReadsWhichRowWasLeftOut() throws IOException {
		var cover = api.get("/api/v1/urban/components?class=0303&size=1", "zhibanzhang").json().get("items").get(0);
		Path csv = Files.createTempFile("bins", ".csv");
		Files.writeString(csv, "CLASSCODE,OBJNAME,OBJSTATE,LNG,LAT\n0303,浏览器导入垃圾箱,完好,%s,%s\n0303,坏行,不知道,%s,%s\n"
			.formatted(cover.get("lng"), cover.get("lat"), cover.get("lng"), cover.get("lat")), StandardCharsets.UTF_8);
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "zhibanzhang", Api.DEMO_PASSWORD);
			page.navigate(api.base() + "/urban/components/import");
			page.setInputFiles("#import-file", csv);
			page.click("#component-import-form button[type=submit]");
			assertThat(page.locator("#import-result")).containsText("新增 1 个");
			assertThat(page.locator("#import-rejections tbody tr")).hasCount(1);
			assertThat(page.locator("#import-rejections tbody")).containsText("OBJSTATE");
			Browsers.screenshot(page, "urban-components-import");
		}
		finally {
			Files.deleteIfExists(csv);
		}
	}
}
