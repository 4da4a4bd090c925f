package org.zhili.open311.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A confidential report (举报) never leaves through the public Open311 API — not in the list, not by its number —
 * while an ordinary request registered beside it does (issue 21: "whether confidential reports stay out of the
 * Open311 request list").
 */
@ZhiliIntegrationTest
class Open311ConfidentialReportsIT {

	@Autowired
	Api api;

	@Test
	void aConfidentialReportIsNeitherListedNorFoundByItsNumber() {
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", "120104001000");
		Map<String, Object> where = Map.of("lng", point[0], "lat", point[1]);
		String report = cases.register(Map.of("type", "REPORT", "categoryCode", "C01", "location", where,
				"description", "某商户夜间违规排放油烟，举报人要求保密",
				"requester", Map.of("name", "钱七", "phone", "13600008888", "confidential", true)))
			.get("trackingNumber").asString();
		String ordinary = cases.register(Map.of("type", "COMPLAINT", "categoryCode", "C01", "location", where,
				"description", "小区门口路灯不亮已三天，请尽快维修", "requester", Map.of("name", "孙八", "phone", "13600009999")))
			.get("trackingNumber").asString();
		Open311Client open311 = new Open311Client(api.base());

		JsonNode listed = open311.get("/requests.json?service_request_id=" + report + "," + ordinary).json();
		assertThat(listed.toString()).contains(ordinary).doesNotContain(report);
		assertThat(open311.get("/requests.json").json().toString()).doesNotContain(report);
		assertThat(open311.get("/requests/" + report + ".json").status()).isEqualTo(404);
		assertThat(open311.get("/requests/" + ordinary + ".json").status()).isEqualTo(200);
	}
}
