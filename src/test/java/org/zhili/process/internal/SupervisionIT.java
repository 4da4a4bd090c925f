package org.zhili.process.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.process.Clocks;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 督办 on the kit, through a case: the unit sees and answers its own, nobody else may; one left unanswered climbs a
 * level once its reply time has run out, the case carries the new level, and the supervision office is told.
 */
@ZhiliIntegrationTest
class SupervisionIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Autowired
	Clocks clocks;

	@Autowired
	MovableClock clock;

	@Test
	void theUnitAnswersItsOwnAndNobodyElseMayAndAnswersAreChecked() {
		long caseId = dispatchedCase();
		JsonNode order = supervise(caseId, "YELLOW", "请加快办理");
		long id = order.get("id").asLong();
		assertThat(order.get("state").asString()).isEqualTo("OPEN");
		assertThat(order.get("levelLabel").asString()).isEqualTo("黄牌督办");
		assertThat(order.get("unitName").asString()).isEqualTo("长虹街道");

		assertThat(api.get("/api/v1/supervisions/" + id, "gulou").status()).isEqualTo(404);
		assertThat(api.post("/api/v1/supervisions/" + id + "/answer", Map.of("reply", "已处理"), "gulou").status()).isEqualTo(404);
		assertThat(api.post("/api/v1/supervisions/" + id + "/answer", Map.of("reply", "已处理"), "supervisor").body())
			.contains("not_your_supervision");
		Api.Response blank = api.post("/api/v1/supervisions/" + id + "/answer", Map.of("reply", " "), "changhong");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("invalid_reply");

		Api.Response answered = api.post("/api/v1/supervisions/" + id + "/answer", Map.of("reply", "已安排专人今日处置"), "changhong");
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		assertThat(answered.json().get("state").asString()).isEqualTo("ANSWERED");
		assertThat(api.post("/api/v1/supervisions/" + id + "/answer", Map.of("reply", "再答一次"), "changhong").body())
			.contains("not_open");
		assertThat(clocks.find(SupervisionService.key(id)).orElseThrow()).isNotNull();

		assertThat(api.get("/supervisions?state=ANSWERED", "supervisor").body()).contains("已安排专人今日处置");
	}

	@Test
	void anUnansweredOrderClimbsOnceAndTheCaseCarriesTheNewLevel() {
		long caseId = dispatchedCase();
		long first = supervise(caseId, "URGE", "请抓紧办理").get("id").asLong();

		clock.advance(Duration.ofDays(5));
		clocks.fireDue("supervision");
		clocks.fireDue("supervision");
		clock.reset();

		List<JsonNode> orders = ofCase(caseId);
		assertThat(orders).extracting(o -> o.get("level").asString() + "/" + o.get("state").asString())
			.containsExactly("URGE/ESCALATED", "YELLOW/OPEN");
		assertThat(orders.get(1).get("escalatedFrom").asLong()).isEqualTo(first);
		assertThat(orders.get(1).get("note").asString()).startsWith("逾期未回复催办，升级为黄牌督办");

		JsonNode kase = new CasesThroughApi(api).view(caseId, "supervisor");
		assertThat(kase.get("supervision").toString()).contains("YELLOW");
		assertThat(kase.get("timeline").valueStream().filter(e -> "supervise".equals(e.get("action").asString())))
			.extracting(e -> e.get("actor").asString())
			.containsExactly("supervisor", "system");
		assertThat(api.get("/api/v1/inbox?loop=case", "supervisor").body()).contains("逾期未回复催办，已升级为黄牌督办");
	}

	private long dispatchedCase() {
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", CHANGHONG);
		JsonNode kase = cases.register(Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "楼道堆物" + UUID.randomUUID(), "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "李四", "phone", "13700001111")));
		long id = kase.get("id").asLong();
		cases.step(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		return id;
	}

	private JsonNode supervise(long caseId, String level, String note) {
		new CasesThroughApi(api).step(caseId, "supervise", Map.of("level", level, "note", note), "supervisor");
		List<JsonNode> orders = ofCase(caseId);
		return orders.get(orders.size() - 1);
	}

	private List<JsonNode> ofCase(long caseId) {
		Api.Response r = api.get("/api/v1/supervisions?loop=case&state=", "supervisor");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().valueStream().filter(o -> o.get("itemId").asLong() == caseId)
			.sorted(java.util.Comparator.comparingLong(o -> o.get("id").asLong()))
			.toList();
	}
}
