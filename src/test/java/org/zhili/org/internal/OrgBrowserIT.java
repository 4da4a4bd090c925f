package org.zhili.org.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.org.UnitLevel;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.zhili.org.internal.GeoJsonFixtures.feature;
import static org.zhili.org.internal.GeoJsonFixtures.features;
import static org.zhili.org.internal.GeoJsonFixtures.wrap;

/**
 * The org pages' scripts in Debian's chromium: the map draws the account's scope and the 定位 tool finds
 * the grid of a clicked point; the tree loads unit details with htmx; the import page shows the
 * validation report of a dry run.
 */
@ZhiliIntegrationTest
class OrgBrowserIT {

	@Autowired
	GeometryStore store;

	@Autowired
	Api api;

	String base;

	@BeforeEach
	void setUp() {
		base = api.base();
	}

	@Test
	void aGridWorkerOnAPhoneLocatesAClickedPointInTheOwnCommunity() {
		try (BrowserContext context = Browsers.newContext(390, 844)) {
			Page page = context.newPage();
			Browsers.signIn(page, base, "guangminglu", Api.DEMO_PASSWORD);
			page.navigate(base + "/org/map");
			page.waitForFunction("() => document.querySelector('#map-status')?.textContent === ''");

			page.click(".org-locate a");
			BoundingBox map = page.locator("#org-map").boundingBox();
			page.mouse().click(map.x + map.width / 2, map.y + map.height / 2);

			assertThat(page.locator(".leaflet-popup-content")).containsText("光明路社区");
			assertThat(page.locator(".leaflet-popup-content")).containsText("120104001001");
			assertThat(page.locator("#map-status")).containsText("网格");
			Browsers.screenshot(page, "org-map-locate-phone");
		}
	}

	@Test
	void theTreeLoadsAUnitsDetailsInPlace() {
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			Browsers.signIn(page, base, "changhong", Api.DEMO_PASSWORD);
			page.navigate(base + "/org");

			assertThat(page.locator("#org-tree")).not().containsText("鼓楼街道");
			page.locator("#org-tree").getByText("长虹街道", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
				.click();

			assertThat(page.locator("#unit-card")).containsText("120104001000");
			assertThat(page.locator("#unit-card")).containsText("示意（生成）");
			page.locator("#unit-card").getByText("光明路社区").click();
			assertThat(page.locator("#unit-card h2")).containsText("光明路社区");
			Browsers.screenshot(page, "org-tree-changhong");
		}
	}

	@Test
	void theImportPageShowsTheRejectionsOfADryRun() throws Exception {
		Map<String, Geometry> streets = new LinkedHashMap<>(store.layer(UnitLevel.STREET));
		streets.remove("120104012000");
		List<String> layer = new ArrayList<>(features(streets));
		layer.set(0, feature("120104001000", "{\"type\":\"Point\",\"coordinates\":[117.15,39.10]}"));
		Path file = Files.createTempFile("streets", ".geojson");
		Files.writeString(file, wrap(layer.toArray(String[]::new)), StandardCharsets.UTF_8);
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			Browsers.signIn(page, base, "sysadmin", Api.DEMO_PASSWORD);
			page.navigate(base + "/org/import");

			page.selectOption("#import-level", "STREET");
			page.setInputFiles("#import-file", file);
			page.click("#import-form button[type=submit]");

			assertThat(page.locator("#import-summary")).containsText("未通过校验");
			assertThat(page.locator("#rejections-table")).containsText("not_polygonal");
			assertThat(page.locator("#rejections-table")).containsText("missing_unit");
			assertThat(page.locator("#rejections-table")).containsText("120104012000");
			Browsers.screenshot(page, "org-import-report");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}
}
