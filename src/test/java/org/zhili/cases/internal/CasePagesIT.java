package org.zhili.cases.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.org.Locator;
import org.zhili.platform.ChinaTime;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The 接诉即办 pages as rendered HTML, for each role and within each account's scope. */
@ZhiliIntegrationTest
public class CasePagesIT {

	@Autowired
	Api api;

	@Autowired
	Locator locator;

	@Autowired
	MovableClock clock;

	@Test
	void theListTakesTheApiParametersAndNeverShowsAnotherStreetsCase() {
		String nonce = nonce();
		JsonNode changhong = CasePlaces.registerIn(api, locator, CasePlaces.CHANGHONG, "长虹街道列表路" + nonce + "号",
				"列表测试：长虹街道的诉求");
		JsonNode gulou = CasePlaces.register(api, CasePlaces.in(locator, CasePlaces.GULOU), "鼓楼街道列表路" + nonce + "号",
				"列表测试：鼓楼街道的诉求", "13912345679").json();
		String ch = changhong.get("trackingNumber").asString();
		String gl = gulou.get("trackingNumber").asString();
		String today = LocalDate.now(ChinaTime.ZONE).toString();
		String yesterday = LocalDate.now(ChinaTime.ZONE).minusDays(1).toString();

		assertThat(page("/cases?q=" + nonce, "operator")).contains(row(ch)).contains(row(gl)).contains("共 2 件");
		assertThat(page("/cases?q=" + nonce + "&street=" + CasePlaces.GULOU, "operator")).contains(gl).doesNotContain(ch);
		assertThat(page("/cases?q=" + nonce + "&state=REGISTERED&type=COMPLAINT&category=C01&from=" + today + "&to=" + today,
				"operator")).contains(ch).contains(gl);
		assertThat(page("/cases?q=" + nonce + "&to=" + yesterday, "operator")).doesNotContain(ch).contains("没有符合条件的工单");
		assertThat(page("/cases?q=" + nonce + "&from=" + enc(java.time.Instant.now().minusSeconds(3600).toString()),
				"operator")).as("an instant, as the statistics page sends it").contains(ch);
		assertThat(page("/cases?q=" + nonce + "&state=CLOSED", "operator")).doesNotContain(ch);

		for (String path : List.of("/cases", "/cases?q=" + nonce, "/cases?street=" + CasePlaces.GULOU, "/cases/mine",
				"/cases/mine?q=" + nonce, "/cases?q=" + gl)) {
			assertThat(page(path, "changhong")).as(path).doesNotContain(row(gl));
		}
		assertThat(page("/cases?q=" + nonce, "changhong")).contains(ch);
		assertThat(api.get("/cases/" + gulou.get("id").asLong(), "changhong").status()).isEqualTo(404);
		assertThat(api.get("/cases/" + changhong.get("id").asLong(), "gulou").status()).isEqualTo(404);
		assertThat(api.get("/cases/" + changhong.get("id").asLong(), "changhong").body()).contains(ch);
		assertThat(api.get("/cases?from=yesterday", "operator").status()).isEqualTo(400);
	}

	@Test
	void theDispatchQueuesCountTheirCasesAndDispatchToTheSuggestedUnit() {
		String nonce = nonce();
		JsonNode kase = CasePlaces.registerIn(api, locator, CasePlaces.CHANGHONG, "派遣路" + nonce + "号",
				"派遣测试" + nonce);
		long id = kase.get("id").asLong();
		String tracking = kase.get("trackingNumber").asString();

		String queue = page("/cases/dispatch?q=" + nonce, "dispatcher");
		assertThat(queue).contains(tracking).contains("id=\"tab-NEW\"").contains("id=\"dispatch-" + id + "\"");
		assertThat(queue).as("the suggested lead unit is pre-selected")
			.containsPattern("<option value=\"" + CasePlaces.CHANGHONG + "\" selected=\"selected\">[^<]*★");
		assertThat(api.get("/cases/dispatch", "changhong").status()).isEqualTo(403);

		Api.Response dispatched = api.send("POST", "/cases/dispatch/" + id + "?unitCode=" + CasePlaces.CHANGHONG, null,
				api.token("dispatcher"), "HX-Request", "true");
		assertThat(dispatched.body()).contains("已派至").contains("长虹街道").doesNotContain("<html");
		assertThat(api.send("POST", "/cases/dispatch/" + id, null, api.token("dispatcher")).body())
			.as("a second dispatch is refused in place").contains("不能派单");
		assertThat(page("/cases/dispatch?q=" + nonce, "dispatcher")).doesNotContain(tracking);

		step(id, "return", Map.of("note", "不属于本街道"), "changhong");
		assertThat(page("/cases/dispatch?tab=APPROVALS&q=" + nonce, "dispatcher")).contains(tracking).contains("退单待审批");
		step(id, "approve", Map.of(), "dispatcher");
		assertThat(page("/cases/dispatch?tab=RETURNED&q=" + nonce, "dispatcher")).contains(tracking).contains("退单1次");
		assertThat(page("/cases/dispatch?tab=NEW&q=" + nonce, "dispatcher")).doesNotContain(tracking);
		assertThat(page("/cases/mine?q=" + nonce, "changhong")).doesNotContain(tracking);
	}

	@Test
	void aCaseReturnedTooOftenIsDesignatedFromTheQueue() {
		String nonce = nonce();
		long id = CasePlaces.registerIn(api, locator, CasePlaces.CHANGHONG, "指定路" + nonce + "号",
				"指定测试" + nonce).get("id").asLong();
		for (int i = 0; i < 3; i++) {
			step(id, "dispatch", Map.of("unitCode", CasePlaces.CHANGHONG), "dispatcher");
			step(id, "return", Map.of("note", "不属于本街道"), "changhong");
			step(id, "approve", Map.of(), "dispatcher");
		}
		assertThat(page("/cases/" + id, "dispatcher")).contains("id=\"form-designate\"").doesNotContain("id=\"form-dispatch\"");
		assertThat(page("/cases/dispatch?tab=RETURNED&q=" + nonce, "dispatcher")).contains("退单3次");

		String done = api.send("POST", "/cases/dispatch/" + id + "?unitCode=" + CasePlaces.CHANGHONG, null,
				api.token("dispatcher")).body();
		assertThat(done).contains("已派至长虹街道");
		JsonNode kase = api.get("/api/v1/cases/" + id, "changhong").json();
		assertThat(kase.get("designated").asBoolean()).isTrue();
		assertThat(kase.get("allowedActions").valueStream().map(JsonNode::asString)).contains("accept")
			.doesNotContain("return");
		assertThat(page("/cases/" + id, "changhong")).contains("id=\"form-accept\"").doesNotContain("id=\"form-return\"")
			.contains("指定承办");
	}

	@Test
	void theCasePageOffersTheViewerTheActionsTheWorkflowAllowsWithTheirInputs() {
		String nonce = nonce();
		JsonNode kase = CasePlaces.registerIn(api, locator, CasePlaces.CHANGHONG, "详情路" + nonce + "号",
				"详情测试<script>alert(1)</script>");
		long id = kase.get("id").asLong();

		String registered = page("/cases/" + id, "dispatcher");
		assertThat(registered).contains("id=\"form-dispatch\"").contains("name=\"unitCode\"").contains("name=\"coUnits\"")
			.doesNotContain("id=\"form-accept\"").contains("139****5678").doesNotContain("13912345678")
			.contains("data-field=\"phone\"").contains("建议：长虹街道")
			.as("markup in a description is shown as text").contains("&lt;script&gt;").doesNotContain("<script>alert");
		assertThat(registered).contains("data-version=\"" + kase.get("version").asInt() + "\"");
		step(id, "dispatch", Map.of("unitCode", CasePlaces.CHANGHONG), "dispatcher");

		String dispatched = page("/cases/" + id, "changhong");
		assertThat(dispatched).contains("id=\"form-accept\"").contains("id=\"form-return\"")
			.doesNotContain("id=\"form-dispatch\"").doesNotContain("data-field=\"phone\"").contains("139****5678");
		step(id, "accept", Map.of(), "changhong");
		String handling = page("/cases/" + id, "changhong");
		assertThat(handling).contains("id=\"form-reply\"").contains("name=\"result\"").contains("id=\"form-whistle\"")
			.contains("name=\"departments\"").contains("id=\"form-extend\"").contains("name=\"limit\"")
			.contains("id=\"photo-form\"").contains("签收");
		assertThat(page("/cases/" + id + "?lang=en", "changhong")).contains("Handling").contains("Timeline")
			.contains("Ask for an extension");
		assertThat(page("/cases/" + id, "supervisor")).contains("id=\"form-supervise\"").contains("name=\"level\"")
			.doesNotContain("id=\"form-reply\"");
	}

	@Test
	void nearbyListsOpenCasesInTheSameGridOrWithASimilarAddressWithinScope() {
		String nonce = nonce();
		CasePlaces.Point at = CasePlaces.in(locator, CasePlaces.CHANGHONG);
		JsonNode kase = CasePlaces.register(api, at, "长虹街道相近路" + nonce + "号", "附近测试", "13912345678").json();
		String tracking = kase.get("trackingNumber").asString();

		JsonNode byPoint = api.get("/api/v1/cases/nearby?lng=" + at.lng() + "&lat=" + at.lat(), "operator").json();
		assertThat(byPoint.get("location").get("street").get("code").asString()).isEqualTo(CasePlaces.CHANGHONG);
		assertThat(byPoint.get("items").valueStream()
			.filter(i -> i.get("kase").get("trackingNumber").asString().equals(tracking))
			.map(i -> i.get("match").asString())).containsExactly("GRID");

		JsonNode byAddress = api.get("/api/v1/cases/nearby?address=" + enc("相近路" + nonce + "号3门"), "operator").json();
		assertThat(byAddress.get("items").valueStream().map(i -> i.get("kase").get("trackingNumber").asString()))
			.contains(tracking);
		JsonNode unrelated = api.get("/api/v1/cases/nearby?address=" + enc("鼓楼东街" + nonce + "7号"), "operator").json();
		assertThat(unrelated.get("items").valueStream().map(i -> i.get("kase").get("trackingNumber").asString()))
			.doesNotContain(tracking);
		assertThat(api.get("/api/v1/cases/nearby?address=" + enc("相近路" + nonce + "号"), "gulou").json().get("items")
			.valueStream().map(i -> i.get("kase").get("trackingNumber").asString())).doesNotContain(tracking);
		assertThat(api.get("/api/v1/cases/nearby?lng=500&lat=39", "operator").status()).isEqualTo(400);

		step(kase.get("id").asLong(), "void", Map.of("note", "重复来电"), "dispatcher");
		assertThat(api.get("/api/v1/cases/nearby?address=" + enc("相近路" + nonce + "号"), "operator").json().get("items")
			.valueStream().map(i -> i.get("kase").get("trackingNumber").asString())).as("only open cases")
			.doesNotContain(tracking);
	}

	@Test
	void eachRoleFindsItsOwnCasePagesInTheMenu() {
		assertThat(page("/", "operator")).contains("href=\"/cases/intake\"").doesNotContain("href=\"/cases/report\"")
			.doesNotContain("href=\"/cases/dispatch\"").contains("接诉即办");
		assertThat(page("/", "dispatcher")).contains("href=\"/cases/dispatch\"").contains("href=\"/cases/intake\"");
		assertThat(page("/", "guangminglu")).contains("href=\"/cases/report\"").contains("href=\"/cases/mine\"")
			.doesNotContain("href=\"/cases/intake\"").doesNotContain("href=\"/cases/dispatch\"");
		assertThat(page("/", "changhong")).contains("href=\"/cases/mine\"").doesNotContain("href=\"/cases/supervision\"");
		assertThat(page("/", "supervisor")).contains("href=\"/cases/supervision\"").doesNotContain("href=\"/cases/mine\"");
		assertThat(page("/", "sysadmin")).contains("href=\"/cases/categories\"").doesNotContain("href=\"/cases\"");
		assertThat(page("/cases/categories", "sysadmin")).contains("分类与时限").contains("id=\"limits-table\"");
		assertThat(api.get("/cases/categories", "operator").status()).isEqualTo(403);
		assertThat(page("/cases/intake", "operator")).contains("id=\"intake-form\"").contains("name=\"type\"")
			.contains("name=\"urgency\"").contains("category-picker");
		assertThat(api.get("/cases/intake", "changhong").status()).isEqualTo(403);
		assertThat(page("/cases/report", "guangminglu")).contains("capture=\"environment\"").contains("我的网格");
	}

	@Test
	void theSupervisionOfficeSeesOverdueCasesOnceTheirDeadlinePassed() {
		String nonce = nonce();
		JsonNode kase = CasePlaces.registerIn(api, locator, CasePlaces.CHANGHONG, "督办路" + nonce + "号",
				"督办测试" + nonce);
		String tracking = kase.get("trackingNumber").asString();
		// Danger to life: 15 minutes to accept; tokens live 8 hours of the moved clock.
		step(kase.get("id").asLong(), "dispatch", Map.of("unitCode", CasePlaces.CHANGHONG, "urgency", "EMERGENCY"),
				"dispatcher");
		assertThat(page("/cases/supervision?tab=RED&q=" + nonce, "supervisor")).doesNotContain(row(tracking));
		clock.advance(Duration.ofHours(1));
		String red = page("/cases/supervision?tab=RED&q=" + nonce, "supervisor");
		assertThat(red).contains(tracking).contains("data-light=\"RED\"").contains("id=\"supervise-" + kase.get("id").asLong() + "\"")
			.contains("href=\"/stats\"");
		assertThat(page("/cases/mine?light=RED&q=" + nonce, "changhong")).contains(tracking);
		clock.reset();
		step(kase.get("id").asLong(), "supervise", Map.of("level", "YELLOW", "note", "请加快办理"), "supervisor");
		assertThat(page("/cases/supervision?tab=SUPERVISED&q=" + nonce, "supervisor")).contains(tracking).contains("黄牌督办");
	}

	private String page(String path, String who) {
		Api.Response r = api.get(path, who);
		assertThat(r.status()).as(path + " as " + who).isEqualTo(200);
		return r.body();
	}

	private void step(long id, String action, Map<String, Object> input, String who) {
		Api.Response r = api.post("/api/v1/cases/" + id + "/actions/" + action, input, who);
		assertThat(r.status()).as(action + " by " + who + ": " + r.body()).isEqualTo(200);
	}

	/** A case's row in a list: its tracking number as the link's text (the search box may echo it too). */
	static String row(String tracking) {
		return ">" + tracking + "</a>";
	}

	public static String nonce() {
		return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
