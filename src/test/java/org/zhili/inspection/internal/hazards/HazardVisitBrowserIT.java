package org.zhili.inspection.internal.hazards;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.inspection.internal.hazards.HazardsThroughApi.*;

/** A team member on a phone: picks a community, ticks the checklist and records a hazard the street must rectify. */
@ZhiliIntegrationTest
class HazardVisitBrowserIT {

	@Autowired
	Api api;

	@Test
	void aTeamMemberRecordsAHazardOnThePhonePage() {
		HazardsThroughApi hazards = new HazardsThroughApi(api);
		long id = hazards.campaign(List.of(GUANGMINGLU, YAYUNLI), List.of());
		try (BrowserContext context = Browsers.newContext(390, 844)) {
			Page page = context.newPage();
			StringBuilder console = new StringBuilder();
			page.onPageError(e -> console.append(e).append('\n'));
			Browsers.signIn(page, api.base(), "guangminglu", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/inspection/hazards/" + id + "/visit");

			page.fill("#site-filter", "雅云里");
			page.selectOption("#site", String.valueOf(hazards.site(id, YAYUNLI)));
			page.uncheck("#item-2");
			page.fill("#note", "夜查，住户配合");
			page.click("#add-hazard");
			page.fill(".hazard .hazard-description", "楼道内私拉电线为电动自行车充电");
			page.selectOption(".hazard .hazard-item", "飞线充电");
			page.uncheck(".hazard .hazard-fixed");
			assertThat(page.isVisible(".hazard .hazard-due")).isTrue();
			page.click("#save-visit");
			page.waitForSelector("#visit-saved:not(.d-none)");
			assertThat(page.textContent("#visit-saved")).contains("雅云里社区", "发现隐患1处", "限期整改1处");
			assertThat(page.locator(".hazard").count()).isZero();
			Browsers.screenshot(page, "hazards-visit");
			assertThat(console.toString()).isEmpty();
		}

		JsonNode visit = api.get("/api/v1/inspection/hazard-campaigns/" + id + "/visits", "supervisor").json().get(0);
		assertThat(visit.get("checked").valueStream().map(JsonNode::asString)).containsExactly("楼道停放", "飞线充电");
		assertThat(visit.get("note").asString()).isEqualTo("夜查，住户配合");
		JsonNode hazard = visit.get("hazards").get(0);
		assertThat(hazard.get("description").asString()).isEqualTo("楼道内私拉电线为电动自行车充电");
		assertThat(hazard.get("unitCode").asString()).isEqualTo(CHANGHONG);
		assertThat(hazard.get("status").asString()).isEqualTo("整改中");
		assertThat(visit.get("visitors").valueStream().map(JsonNode::asString)).contains("刘洋");

		// The street reports it fixed on the rectification's page; the campaign's page shows it waiting for its 复查.
		long rectification = hazard.get("rectificationId").asLong();
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "changhong", Api.DEMO_PASSWORD);
			page.waitForURL(u -> !u.contains("/login"));
			page.navigate(api.base() + "/inspection/rectifications/" + rectification);
			page.fill("#report-form [name=note]", "已拆除私拉电线，张贴禁止楼道充电告示");
			page.click("#report-form button[type=submit]");
			page.waitForSelector("#recheck-form, #timeline li:nth-child(2)");
			assertThat(page.textContent("#rectification-state")).isEqualTo("待复查");
			assertThat(page.textContent("#timeline")).contains("报告整改完成", "已拆除私拉电线");
			Browsers.screenshot(page, "hazards-rectification");
			page.navigate(api.base() + "/inspection/hazards/" + id);
			assertThat(page.textContent("#hazard-list")).contains("楼道内私拉电线为电动自行车充电", "待复查");
			Browsers.screenshot(page, "hazards-campaign");
		}
	}
}
