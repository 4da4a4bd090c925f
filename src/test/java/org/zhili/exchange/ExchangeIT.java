package org.zhili.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a broker (the embedded default): the events of a case and a petition become messages in the outbox, in the
 * shape their schema describes and without the requester's name, phone or words; they wait, counted by the API, the
 * administrator's page (in Chinese) and the metrics; the schemas are open to anyone.
 */
@ZhiliIntegrationTest
class ExchangeIT {

	static final String NAME = "欧阳交换";
	static final String PHONE = "13912340426";
	static final String TEXT = "交换平台测试：长虹街道某小区门口井盖缺失，夜间行人易跌倒";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void eventsWaitInTheOutboxWithoutPersonalDataAndTheAdministratorSeesThem() {
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", "120104001000");
		JsonNode kase = cases.register(Map.of("type", "COMPLAINT", "categoryCode", "C01", "description", TEXT,
				"address", "长虹街道光明路 8 号", "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", NAME, "phone", PHONE)));
		long caseId = kase.get("id").asLong();
		cases.step(caseId, "dispatch", Map.of("unitCode", "120104001000"), "dispatcher");

		Map<String, Object> petition = new HashMap<>();
		petition.put("channel", "LETTER");
		petition.put("title", "交换平台测试信访");
		petition.put("content", TEXT);
		petition.put("petitionerName", NAME);
		petition.put("petitionerPhone", PHONE);
		petition.put("streetCode", "120104001000");
		Api.Response p = api.post("/api/v1/petitions", petition, "xinfang");
		assertThat(p.status()).as(p.body()).isEqualTo(201);
		long petitionId = p.json().get("id").asLong();

		// the registration, in its schema's shape, and nothing personal in any of them
		JsonNode registered = payload("case.registered", caseId);
		assertThat(fields(registered)).isEqualTo(required("case.registered"));
		assertThat(registered.get("trackingNumber").asString()).isEqualTo(kase.get("trackingNumber").asString());
		assertThat(registered.get("type").asString()).isEqualTo("COMPLAINT");
		assertThat(registered.get("categoryCode").asString()).isEqualTo("C01");
		assertThat(registered.get("streetCode").asString()).isEqualTo("120104001000");
		assertThat(registered.get("gridCode").asString()).isNotBlank();
		assertThat(registered.get("state").asString()).isEqualTo("REGISTERED");
		JsonNode dispatched = payload("case.dispatched", caseId);
		assertThat(fields(dispatched)).isEqualTo(required("case.dispatched"));
		assertThat(dispatched.get("leadUnitCode").asString()).isEqualTo("120104001000");
		JsonNode registeredPetition = payload("petition.registered", petitionId);
		assertThat(fields(registeredPetition)).isEqualTo(required("petition.registered"));
		assertThat(registeredPetition.get("trackingNumber").asString()).isEqualTo(p.json().get("trackingNumber").asString());
		// every loop on the kit: the petition's registration as a step of its whole-process record, without who or why
		JsonNode step = payload("step.recorded", "petition:" + petitionId);
		assertThat(fields(step)).isEqualTo(required("step.recorded"));
		assertThat(step.get("action").asString()).isEqualTo("register");
		String all = jdbc.sql("select string_agg(payload::text, ' ') from exchange.outbox where message_key in (:keys)")
			.param("keys", Set.of(Long.toString(caseId), Long.toString(petitionId), "petition:" + petitionId))
			.query(String.class)
			.single();
		assertThat(all).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain("****" + PHONE.substring(7))
			.doesNotContain("井盖").doesNotContain("光明路").doesNotContain(String.valueOf(point[0]).substring(0, 7));

		// nothing is sent: the administrator sees them waiting
		long pending = jdbc.sql("select count(*) from exchange.outbox where sent_at is null").query(Long.class).single();
		JsonNode outbox = api.get("/api/v1/exchange/outbox", "secadmin").json();
		assertThat(outbox.get("kafkaConfigured").asBoolean()).isFalse();
		assertThat(outbox.get("pending").asLong()).isGreaterThanOrEqualTo(pending);
		assertThat(outbox.get("latest").valueStream()
			.filter(m -> m.get("key").asString().equals(Long.toString(caseId)))
			.map(m -> m.get("type").asString())).contains("case.registered", "case.dispatched");
		assertThat(outbox.get("latest").valueStream().filter(m -> m.get("type").asString().equals("petition.registered")
				&& m.get("payload").get("petitionId").asLong() == petitionId)).hasSize(1);
		assertThat(outbox.get("types").valueStream().map(t -> t.get("type").asString()))
			.contains("case.registered", "case.dispatched", "petition.registered");
		assertThat(api.get("/api/v1/exchange/outbox", "operator").status()).isEqualTo(403);

		String page = api.get("/admin/exchange", "secadmin").body();
		assertThat(page).contains("数据共享交换", "未配置 Kafka", "最近 50 条消息", "case.registered v1", "petition.registered v1");
		Matcher shown = Pattern.compile("id=\"exchange-pending\">(\\d+)<").matcher(page);
		assertThat(shown.find()).isTrue();
		assertThat(Long.parseLong(shown.group(1))).isGreaterThanOrEqualTo(pending);
		assertThat(api.get("/admin/exchange", "operator").status()).isEqualTo(403);

		assertThat(api.metrics().body()).containsPattern("zhili_exchange_outbox_pending(\\{[^}]*\\})? [1-9]")
			.contains("zhili_exchange_outbox_oldest_age_seconds");
	}

	@Test
	void theSchemasAreOpenToAnyone() {
		Api.Response schemas = api.get("/api/v1/exchange/schemas", null);
		assertThat(schemas.status()).isEqualTo(200);
		assertThat(schemas.json().valueStream().map(s -> s.get("type").asString() + " v" + s.get("version").asInt()))
			.containsExactly("case.registered v1", "case.dispatched v1", "case.returned v1", "case.closed v1",
					"petition.registered v1", "mediation.failed v1", "step.recorded v1");
		JsonNode registered = schemas.json().get(0);
		assertThat(registered.get("topic").asString()).isEqualTo("zhili.cases");
		assertThat(registered.get("schema").get("required").valueStream().map(JsonNode::asString))
			.contains("caseId", "trackingNumber", "registeredAt");
	}

	private JsonNode payload(String type, long key) {
		return payload(type, Long.toString(key));
	}

	private JsonNode payload(String type, String key) {
		return json.readTree(jdbc.sql("""
				select payload::text from exchange.outbox where type = :type and message_key = :key
				order by id desc limit 1""")
			.param("type", type)
			.param("key", key)
			.query(String.class)
			.single());
	}

	private Set<String> required(String type) {
		JsonNode schema = api.get("/api/v1/exchange/schemas", null).json().valueStream()
			.filter(s -> s.get("type").asString().equals(type))
			.findFirst()
			.orElseThrow()
			.get("schema");
		Set<String> names = new TreeSet<>();
		schema.get("required").forEach(n -> names.add(n.asString()));
		return names;
	}

	private static Set<String> fields(JsonNode payload) {
		return new TreeSet<>(payload.propertyNames());
	}
}
