package org.zhili.process.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.org.OrgUnits;
import org.zhili.process.Inbox;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** One inbox for every loop: a case and a suggestion reach the same street's inbox; read state is per account. */
@ZhiliIntegrationTest
class InboxIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Autowired
	Inbox inbox;

	@Autowired
	OrgUnits units;

	@Test
	void aDispatchedCaseAndAnAssignedSuggestionLandInTheSameInbox() {
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", CHANGHONG);
		Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "路灯不亮，夜间出行不便", "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "赵六", "phone", "13700002222")));
		JsonNode kase = cases.register(body);
		long caseId = kase.get("id").asLong();
		cases.step(caseId, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");

		String number = "IN-" + UUID.randomUUID().toString().substring(0, 8);
		Api.Response registered = api.post("/api/v1/suggestions", Map.of("kind", "DEPUTY", "number", number,
				"title", "关于增设社区健身设施的建议" + number, "content", "建议在长虹公园周边增设健身器材", "submitters", "陈代表",
				"session", "区十八届人大四次会议"), "supervisor");
		long suggestionId = registered.json().get("id").asLong();
		assertThat(api.post("/api/v1/suggestions/" + suggestionId + "/assign", Map.of("leadUnit", CHANGHONG), "supervisor")
			.status()).isEqualTo(200);

		List<JsonNode> messages = api.get("/api/v1/inbox?unread=true", "changhong").json().valueStream().toList();
		assertThat(messages).anySatisfy(m -> {
			assertThat(m.get("loop").asString()).isEqualTo("case");
			assertThat(m.get("itemId").asLong()).isEqualTo(caseId);
			assertThat(m.get("itemRef").asString()).isEqualTo(kase.get("trackingNumber").asString());
			assertThat(m.get("kindLabel").asString()).isEqualTo("新派单");
			assertThat(m.get("link").asString()).isEqualTo("/cases/" + caseId);
		});
		assertThat(messages).anySatisfy(m -> {
			assertThat(m.get("loop").asString()).isEqualTo("suggestion");
			assertThat(m.get("itemId").asLong()).isEqualTo(suggestionId);
			assertThat(m.get("message").asString()).contains(number);
		});
		assertThat(api.get("/api/v1/inbox/unread", "changhong").json().get("unread").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(api.get("/inbox", "changhong").body()).contains(kase.get("trackingNumber").asString(), number);
		// a loop's own page reads only its own messages
		assertThat(api.get("/api/v1/inbox?loop=case", "changhong").json().valueStream()
			.map(m -> m.get("loop").asString())).containsOnly("case");
		// another street's inbox does not have them
		assertThat(api.get("/api/v1/inbox", "gulou").body()).doesNotContain(number);
	}

	@Test
	void readingIsPerAccountNotPerUnit() {
		String text = "请各部门于本周五前报送材料 " + UUID.randomUUID();
		String district = units.district().code();
		// the supervision office and the leader both read the district's messages
		inbox.post(new Inbox.Message("case", null, null, null, district, "REMINDER", "催办", text, Instant.now(), null));
		assertThat(unreadTexts("supervisor")).contains(text);
		assertThat(unreadTexts("leader")).contains(text);

		assertThat(api.post("/api/v1/inbox/read", Map.of(), "supervisor").json().get("marked").asInt()).isPositive();

		assertThat(unreadTexts("supervisor")).doesNotContain(text);
		assertThat(api.get("/api/v1/inbox/unread", "supervisor").json().get("unread").asLong()).isZero();
		assertThat(unreadTexts("leader")).contains(text);
	}

	@Test
	void aMessageWithADedupeKeyIsPostedOnce() {
		String key = "test-" + UUID.randomUUID();
		String district = units.district().code();
		Inbox.Message reminder = new Inbox.Message("plan-task", null, "任务", null, district, "REPORT_DUE", "进展待报",
				"请报送进展 " + key, Instant.now(), key);
		inbox.post(List.of(reminder, reminder));
		inbox.post(reminder);
		assertThat(api.get("/api/v1/inbox", "leader").json().valueStream()
			.filter(m -> m.get("message").asString().contains(key))).hasSize(1);
	}

	private List<String> unreadTexts(String who) {
		return api.get("/api/v1/inbox?unread=true", who).json().valueStream().map(m -> m.get("message").asString()).toList();
	}
}
