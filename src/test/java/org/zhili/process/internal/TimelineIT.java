package org.zhili.process.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every loop's timeline in one shape, read under the loop's own visibility. */
@ZhiliIntegrationTest
class TimelineIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Test
	void aCaseAndASuggestionAnswerInTheSameShape() {
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", CHANGHONG);
		Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "楼道声控灯损坏", "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "钱七", "phone", "13700003333")));
		long caseId = cases.register(body).get("id").asLong();
		cases.step(caseId, "dispatch", Map.of("unitCode", CHANGHONG, "note", "请长虹街道处置"), "dispatcher");

		List<JsonNode> rows = api.get("/api/v1/timelines/case/" + caseId, "dispatcher").json().valueStream().toList();
		assertThat(rows).extracting(r -> r.get("action").asString()).containsExactly("register", "dispatch");
		JsonNode dispatch = rows.get(1);
		assertThat(dispatch.get("actionLabel").asString()).isEqualTo("派单");
		assertThat(dispatch.get("actor").asString()).isEqualTo("dispatcher");
		assertThat(dispatch.get("unitCode").asString()).isEqualTo(CHANGHONG);
		assertThat(dispatch.get("note").asString()).isEqualTo("请长虹街道处置");
		assertThat(api.get("/api/v1/timelines/case/" + caseId, "gulou").status()).isEqualTo(404);

		String number = "TL-" + UUID.randomUUID().toString().substring(0, 8);
		long suggestion = api.post("/api/v1/suggestions", Map.of("kind", "DEPUTY", "number", number, "title", "关于" + number,
				"content", "建议增设公交站亭", "submitters", "孙代表", "session", "区十八届人大四次会议"), "supervisor")
			.json().get("id").asLong();
		api.post("/api/v1/suggestions/" + suggestion + "/assign", Map.of("leadUnit", CHANGHONG), "supervisor");
		List<JsonNode> suggestionRows = api.get("/api/v1/timelines/suggestion/" + suggestion, "supervisor").json()
			.valueStream().toList();
		assertThat(suggestionRows).extracting(r -> r.get("actionLabel").asString()).containsExactly("登记", "交办");
		assertThat(suggestionRows.get(1).get("actor").asString()).isEqualTo("supervisor");

		Api.Response unknown = api.get("/api/v1/timelines/no-such-loop/1", "supervisor");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").asString()).isEqualTo("unknown_loop");
	}
}
