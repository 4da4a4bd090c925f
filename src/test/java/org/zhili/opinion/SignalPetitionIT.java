package org.zhili.opinion;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.process.Links;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verified signal becomes a petition (channel 部门移交, its source named as the petitioner), linked both ways.
 */
@ZhiliIntegrationTest
class SignalPetitionIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Autowired
	Links links;

	@Test
	void aVerifiedSignalBecomesAPetitionLinkedBothWays() {
		String title = "多名工人网上讨薪 " + UUID.randomUUID().toString().substring(0, 6);
		Api.Response created = api.post("/api/v1/signals", Map.of("source", "WECHAT", "title", title, "text",
				"装修公司拖欠工资三个月，工人多次讨要无果。", "streetCode", CHANGHONG, "address", "长虹街道某小区"), "yuqing");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		api.post("/api/v1/signals/" + id + "/assign", Map.of("unitCode", CHANGHONG), "yuqing");
		api.post("/api/v1/signals/" + id + "/verify", Map.of("finding", "欠薪属实，涉及 8 人"), "changhong");

		Api.Response converted = api.post("/api/v1/signals/" + id + "/to-petition", Map.of("note", "请依法处理"), "yuqing");
		assertThat(converted.status()).as(converted.body()).isEqualTo(200);
		JsonNode petition = converted.json().get("petition");
		long petitionId = petition.get("id").asLong();
		assertThat(converted.json().get("signal").get("line").get("stateLabel").asString()).isEqualTo("已转信访");
		assertThat(converted.json().get("signal").get("petitionRef").asString()).isEqualTo(petition.get("trackingNumber").asString());

		List<Links.Link> fromSignal = links.of("signal", id);
		assertThat(fromSignal).extracting(l -> l.other().loop() + ":" + l.other().itemId())
			.containsExactly("petition:" + petitionId);
		assertThat(links.of("petition", petitionId)).extracting(l -> l.other().loop() + ":" + l.other().itemId())
			.contains("signal:" + id);
	}
}
