package org.zhili.cases.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.org.Gcj02;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ZhiliIntegrationTest
class CaseIntakeIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
	}

	@Test
	void aCityWorkOrderIsRegisteredOnceWhateverHowOftenItIsSent() {
		String externalId = "TJ12345-" + System.nanoTime();
		Map<String, Object> order = Map.of("type", "HELP", "description", "独居老人家中停水，请协调", "requester",
				Map.of("phone", "13600002222"), "external",
				Map.of("system", "CITY_12345", "id", externalId, "dueAt", "2030-01-01T00:00:00Z"));

		Api.Response first = api.post("/api/v1/cases", order, "operator");
		Api.Response again = api.post("/api/v1/cases", order, "operator");

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(first.json().get("channel").get("code").asString()).isEqualTo("CITY_12345");
		assertThat(jdbc.sql("select count(*) from cases.case_record where external_id = :e").param("e", externalId)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aConsultationAnsweredOnTheSpotIsClosedAtOnce() {
		Api.Response r = api.post("/api/v1/cases", Map.of("type", "CONSULTATION", "description", "居住证在哪里办理？",
				"requester", Map.of("phone", "13600004444"), "answer", "请携带身份证到所在街道社区服务中心办理"), "operator");

		assertThat(r.status()).isEqualTo(201);
		assertThat(r.json().get("state").get("code").asString()).isEqualTo("CLOSED");
		assertThat(CaseFixtures.timeline(r.json())).containsExactly("register", "answer");
		assertThat(r.json().get("reply").get("text").asString()).startsWith("请携带身份证");
	}

	@Test
	void onlyConsultationsCanBeAnsweredOnTheSpot() {
		Api.Response r = api.post("/api/v1/cases", Map.of("type", "COMPLAINT", "description", "噪音扰民",
				"requester", Map.of("phone", "13600005555"), "answer", "已知悉"), "operator");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("answer");
	}

	@Test
	void aPointFromAChineseMapAppIsConvertedBeforeItIsLocated() {
		double[] wgs = cases.pointIn(CHANGHONG);
		Gcj02.LngLat gcj = Gcj02.toGcj02(wgs[0], wgs[1]);

		JsonNode kase = api.post("/api/v1/cases", Map.of("type", "HELP", "description", "路面塌陷",
				"requester", Map.of("phone", "13600006666"),
				"location", Map.of("lng", gcj.lng(), "lat", gcj.lat(), "crs", "gcj02")), "operator").json();

		assertThat(kase.get("territory").get("street").get("code").asString()).isEqualTo(CHANGHONG);
		assertThat(kase.get("location").get("lng").asDouble()).isCloseTo(wgs[0], org.assertj.core.data.Offset.offset(1e-5));
	}

	@Test
	void theRequesterOfAConfidentialReportIsHiddenFromTheUnitHandlingIt() {
		long id = cases.register(CHANGHONG, Map.of("type", "REPORT", "description", "某商户违规经营",
				"requester", Map.of("name", "赵六", "phone", "13600007777", "confidential", true))).get("id").asLong();
		cases.step(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");

		JsonNode handler = cases.view(id, "changhong");
		JsonNode dispatcher = cases.view(id, "dispatcher");

		assertThat(handler.get("requester").get("phone").asString()).isEqualTo("（保密）");
		assertThat(handler.get("requester").get("name").asString()).isEqualTo("（保密）");
		assertThat(dispatcher.get("requester").get("phone").asString()).isEqualTo("136****7777");
	}

	@Test
	void markupIsKeptAsTextAndRevealingThePhoneIsAudited() {
		String text = "<script>alert('x')</script> 路灯不亮 & <b>很急</b>";
		long id = cases.register(CHANGHONG, Map.of("description", text)).get("id").asLong();

		Api.Response revealed = api.get("/api/v1/cases/" + id + "/requester?field=phone", "dispatcher");

		assertThat(cases.view(id, "dispatcher").get("description").asString()).isEqualTo(text);
		assertThat(revealed.json().get("value").asString()).isEqualTo("13700001111");
		String tracking = cases.view(id, "dispatcher").get("trackingNumber").asString();
		assertThat(jdbc.sql("select count(*) from identity.audit_event where action = 'identity.personal-data.viewed'"
				+ " and target = :t").param("t", tracking).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void everyWrongFieldOfAnIntakeIsNamedAtOnce() {
		Api.Response r = api.post("/api/v1/cases", Map.of("description", "", "categoryCode", "C99",
				"location", Map.of("lng", 200.0, "lat", 39.1), "requester", Map.of("phone", "abc")), "operator");

		assertThat(r.status()).isEqualTo(400);
		List<String> fields = r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
		assertThat(fields).contains("type", "description", "categoryCode", "location.lng", "requester.phone");
	}

	@Test
	void aPointOutsideTheDistrictIsRefused() {
		Api.Response r = api.post("/api/v1/cases", Map.of("type", "HELP", "description", "求助",
				"requester", Map.of("phone", "13600008888"), "location", Map.of("lng", 116.40, "lat", 39.90)), "operator");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("location.lng");
	}
}
