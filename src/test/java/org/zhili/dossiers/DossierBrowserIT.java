package org.zhili.dossiers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A street official (鼓楼街, away from the other early-warning tests' street) finds the early warning three complaints about one building raised, handles it, and opens the
 * building's one view from its address as a caller would spell it.
 */
@ZhiliIntegrationTest
class DossierBrowserIT {

	private static final String GULOU = "120104002000";

	@Autowired
	Api api;

	@Test
	void aStreetHandlesTheWarningAboutABuildingAndReadsTheBuildingsWholeHistory() {
		double[] point = new CasesThroughApi(api).pointIn("STREET", GULOU);
		int house = ThreadLocalRandom.current().nextInt(10000, 99999);
		List<String> numbers = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		for (String[] call : List.of(new String[] { "1门101", "单元门禁坏了一个月没人修" },
				new String[] { "2门402", "楼道门禁损坏，陌生人随意进出" }, new String[] { "3门601", "门禁坏了反映多次仍未修复" })) {
			Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "categoryCode", "C01",
					"description", call[1] + " " + house, "address", "鼓楼街道华苑路" + house + "号7号楼" + call[0],
					"location", Map.of("lng", point[0], "lat", point[1]),
					"requester", Map.of("name", "赵六", "phone", "137" + ThreadLocalRandom.current().nextInt(10000000, 99999999))));
			JsonNode c = new CasesThroughApi(api).register(body);
			ids.add(c.get("id").asLong());
			numbers.add(c.get("trackingNumber").asString());
		}
		long alertId = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
			.until(() -> alertAbout(ids.get(2)), Optional::isPresent).orElseThrow();

		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			StringBuilder console = new StringBuilder();
			page.onPageError(e -> console.append(e).append('\n'));
			Browsers.signIn(page, api.base(), "gulou", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));

			page.navigate(api.base() + "/early-warnings");
			assertThat(page.textContent("#alert-" + alertId)).contains("同一楼栋", numbers.get(0), numbers.get(2));
			assertThat(page.textContent("#warning-figures")).contains("预警后发生信访");
			page.navigate(api.base() + "/early-warnings/" + alertId);
			page.click("#alert-acknowledge");
			page.waitForFunction("() => document.querySelector('.alert-state')?.textContent.includes('已签收')");
			page.fill("#alert-note", "已约物业和产权单位三日内修复门禁");
			page.click("#alert-handle");
			page.waitForFunction("() => document.querySelector('.alert-state')?.textContent.includes('已处置')");
			assertThat(page.textContent("#alert-" + alertId)).contains("已约物业和产权单位三日内修复门禁");

			page.navigate(api.base() + "/dossiers");
			page.selectOption("#dossier-by", "address");
			page.fill("#dossier-q", "天津市南开区华苑路 " + house + "号 7号楼");
			page.fill("#dossier-reason", "处置楼栋门禁预警");
			page.click("#dossier-search button[type=submit]");
			page.waitForSelector("#dossier-timeline");
			String timeline = page.textContent("#dossier-timeline");
			numbers.forEach(n -> assertThat(timeline).contains(n));
			assertThat(page.textContent("#dossier-counts")).contains("华苑路" + house + "号7号楼", "12345工单 3", "信访 0",
					"矛盾纠纷 0", "舆情 0");
			Browsers.screenshot(page, "dossiers-building");
			assertThat(console.toString()).isEmpty();
		}
	}

	private Optional<Long> alertAbout(long caseId) {
		return api.get("/api/v1/early-warnings?limit=1000", "gulou").json().get("alerts").valueStream()
			.filter(a -> a.get("rule").asString().equals("SAME_BUILDING"))
			.filter(a -> a.get("evidence").valueStream().anyMatch(e -> e.get("itemId").asLong() == caseId))
			.map(a -> a.get("id").asLong())
			.findFirst();
	}
}
