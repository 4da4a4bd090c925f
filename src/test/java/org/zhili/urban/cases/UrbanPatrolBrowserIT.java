package org.zhili.urban.cases;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.urban.cases.UrbanCasesThroughApi.*;

/** A 监督员 on a 360 px phone: reports with a located point and a photo, and checks a job on site with one tap. */
@ZhiliIntegrationTest
class UrbanPatrolBrowserIT {

	private static final int WIDTH = 360;

	@Autowired
	Api api;

	@Test
	void aSupervisorReportsAndChecksOnAPhoneWithoutSidewaysScrolling() {
		UrbanCasesThroughApi urban = new UrbanCasesThroughApi(api);
		long toCheck = urban.handling("长虹街道光明路社区3号楼旁垃圾箱满溢 " + UUID.randomUUID());
		urban.act(toCheck, "feedback", Map.of("note", "已清运", "photo", photo("done.png")), "chengguan");
		double[] point = urban.pointIn("STREET", CHANGHONG);
		String description = "长虹街道光明路社区12号楼前暴露垃圾约2平方米 " + UUID.randomUUID().toString().substring(0, 8);

		try (BrowserContext context = Browsers.newContext(WIDTH, 740)) {
			context.grantPermissions(List.of("geolocation"));
			context.setGeolocation(new Geolocation(point[1], point[0]));
			Page page = context.newPage();
			StringBuilder errors = new StringBuilder();
			page.onPageError(e -> errors.append(e).append('\n'));
			Browsers.signIn(page, api.base(), "jianduyuan", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/urban/patrol");
			page.waitForSelector("#patrol-map[data-ready=true]");
			assertFits(page);
			for (String button : List.of("#tab-report", "#tab-verify", "#tab-check", "#locate", "#report-submit")) {
				assertVisibleWithin(page.locator(button));
			}

			page.selectOption("#class", "EVENT:0102");
			page.fill("#description", description);
			page.click("#locate");
			page.waitForFunction("() => document.getElementById('lng').value !== ''");
			page.setInputFiles("#photo", new FilePayload("scene.png", "image/png", png()));
			page.click("#report-submit");
			page.waitForSelector("#report-done:not(.d-none)");
			assertThat(page.textContent("#report-done")).contains("CG", "待立案");
			assertFits(page);
			Browsers.screenshot(page, "urban-patrol-report");

			page.click("#tab-check");
			Locator item = page.locator("form.check-item").filter(new Locator.FilterOptions()
				.setHas(page.locator("a[href$='/urban/cases/" + toCheck + "']")));
			assertThat(item.count()).isEqualTo(1);
			assertFits(page);
			assertVisibleWithin(item.locator("button[value=true]"));
			assertVisibleWithin(item.locator("button[value=false]"));
			item.locator("input[type=file]").setInputFiles(new FilePayload("check.png", "image/png", png()));
			item.locator("button[value=true]").click();
			page.waitForSelector(".step-done");
			Browsers.screenshot(page, "urban-patrol-check");
			assertThat(errors.toString()).isEmpty();
		}

		JsonNode reported = api.get("/api/v1/urban/cases?q=" + description.substring(description.length() - 8), "zhibanzhang")
			.json().get(0);
		assertThat(reported.get("state").asString()).isEqualTo("TO_REGISTER");
		assertThat(reported.get("reportedBy").asString()).isEqualTo("jianduyuan");
		assertThat(reported.get("className").asString()).contains("暴露垃圾");
		assertThat(urban.get(reported.get("id").asLong(), "zhibanzhang").get("street").get("code").asString()).isEqualTo(CHANGHONG);
		assertThat(urban.get(toCheck, "zhibanzhang").get("state").asString()).isEqualTo("TO_CLOSE");
	}

	@Test
	void standingBesideAComponentTheSupervisorPicksItFromTheNearbyListAndTheReportCarriesItsIdentifier() {
		JsonNode bin = api.get("/api/v1/urban/components?class=0303&area=" + CHANGHONG + "&size=1", "jianduyuan").json()
			.get("items").get(0);
		String id = bin.get("id").asString();
		String description = "垃圾箱桶身开裂 " + UUID.randomUUID().toString().substring(0, 8);

		try (BrowserContext context = Browsers.newContext(WIDTH, 740)) {
			context.grantPermissions(List.of("geolocation"));
			context.setGeolocation(new Geolocation(bin.get("lat").asDouble(), bin.get("lng").asDouble()));
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "jianduyuan", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/urban/patrol");
			page.waitForSelector("#patrol-map[data-ready=true]");
			page.selectOption("#class", "COMPONENT:0303");
			page.click("#locate");
			Locator offered = page.locator(".nearby-component", new Page.LocatorOptions().setHasText(id));
			offered.waitFor();
			assertFits(page);
			assertThat(offered.textContent()).contains("米");
			offered.click();
			assertThat(page.inputValue("#componentId")).isEqualTo(id);
			page.fill("#description", description);
			page.setInputFiles("#photo", new FilePayload("bin.png", "image/png", png()));
			page.click("#report-submit");
			page.waitForSelector("#report-done:not(.d-none)");
		}

		JsonNode reported = api.get("/api/v1/urban/cases?q=" + description.substring(description.length() - 8), "zhibanzhang")
			.json().get(0);
		assertThat(new UrbanCasesThroughApi(api).get(reported.get("id").asLong(), "zhibanzhang").get("componentId").asString())
			.isEqualTo(id);
	}

	/** Nothing is wider than the phone: the page never scrolls sideways. */
	private static void assertFits(Page page) {
		Object width = page.evaluate("document.scrollingElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("page width at %d px", WIDTH).isLessThanOrEqualTo(WIDTH);
	}

	private static void assertVisibleWithin(Locator button) {
		assertThat(button.isVisible()).as(button.toString()).isTrue();
		BoundingBox box = button.boundingBox();
		assertThat(box.x).isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).isLessThanOrEqualTo(WIDTH);
	}
}
