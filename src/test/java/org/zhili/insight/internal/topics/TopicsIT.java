package org.zhili.insight.internal.topics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** 每月一题 on the demo district's half year of cases: chosen from the hot categories, measured, published. */
@ZhiliIntegrationTest
class TopicsIT {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTopicChosenFromTheHotCategoriesIsMeasuredAgainstItsBaselineAndComparableCategories() {
		JsonNode hot = api.get("/api/v1/topics/candidates?months=3&limit=5", "leader").json();
		assertThat(hot.size()).isEqualTo(5);
		assertThat(hot.get(0).get("received").asLong()).isGreaterThanOrEqualTo(hot.get(1).get("received").asLong());
		String category = hot.get(0).get("code").asString();
		assertThat(hot.get(0).get("path").asString()).contains("/");

		YearMonth thisMonth = YearMonth.now(BEIJING);
		YearMonth start = thisMonth.minusMonths(2);
		Map<String, Object> body = new HashMap<>(Map.of("title", "背街小巷环境整治", "problem", "近三个月诉求量居首，解决率低于全区",
				"categories", List.of(category), "leadUnits", List.of("120104CGW", "120104001000"),
				"actions", "城管委牵头，街道落实，每周巡查", "start", start.toString(), "baselineMonths", 3));
		Api.Response chosen = api.post("/api/v1/topics", body, "leader");
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(201);
		long id = chosen.json().get("topic").get("id").asLong();

		JsonNode effect = api.get("/api/v1/topics/" + id, "supervisor").json().get("effect");
		// the baseline's three months, then the start month and the one after (the current month is not over)
		assertThat(effect.get("topic").size()).isEqualTo(5);
		assertThat(effect.get("until").asString()).isEqualTo(thisMonth.minusMonths(1).toString());
		for (JsonNode m : effect.get("topic")) {
			assertThat(m.get("received").asLong()).as(m.toString())
				.isEqualTo(casesIn(category, YearMonth.parse(m.get("month").asString())));
		}
		JsonNode resolution = measure(effect, "解决率");
		if (effect.get("enough").asBoolean()) {
			assertThat(resolution.get("net").decimalValue()).isEqualByComparingTo(
					resolution.get("topicChange").decimalValue().subtract(resolution.get("othersChange").decimalValue()));
		}

		// the lead units are told, and the public reads the outcome
		JsonNode inbox = api.get("/api/v1/inbox?loop=topic", "chengguan").json();
		assertThat(inbox.toString()).contains("背街小巷环境整治");
		JsonNode published = api.get("/api/v1/public/topics", null).json();
		assertThat(published.toString()).contains("背街小巷环境整治").doesNotContain("leader");
		assertThat(api.get("/public/topics", null).body()).contains("背街小巷环境整治", "净效果", "每月一题");
		Api.Response csv = api.get("/public/topics.csv", null);
		assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).contains("背街小巷环境整治", "解决率净效果");
		assertThat(api.get("/topics/" + id, "leader").body()).contains("topic-chart", "topic-months", "背街小巷环境整治");
		assertThat(api.get("/topics", "leader").body()).contains("topic-form", "candidates", "背街小巷环境整治");

		Api.Response closed = api.post("/api/v1/topics/" + id + "/close", Map.of(), "leader");
		assertThat(closed.json().get("topic").get("state").asString()).isEqualTo("CLOSED");
		assertThat(api.post("/api/v1/topics/" + id + "/close", Map.of(), "leader").status()).isEqualTo(409);
	}

	@Test
	void aBadChoiceIsRefusedWholeAndOnlySupervisorsChoose() {
		Map<String, Object> bad = Map.of("title", "", "problem", "x", "categories", List.of("C9999"),
				"leadUnits", List.of("NOWHERE"), "actions", "x", "start", "2020-01", "baselineMonths", 30);
		long before = jdbc.sql("select count(*) from insight.topic").query(Long.class).single();
		Api.Response refused = api.post("/api/v1/topics", bad, "leader");
		assertThat(refused.status()).isEqualTo(400);
		List<String> fields = refused.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
		assertThat(fields).contains("title", "categories", "leadUnits", "start", "baselineMonths");
		assertThat(jdbc.sql("select count(*) from insight.topic").query(Long.class).single()).isEqualTo(before);
		assertThat(api.post("/api/v1/topics", bad, "changhong").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/topics/999999", "leader").status()).isEqualTo(404);

		// a topic kept inside does not reach the public
		Map<String, Object> inside = Map.of("title", "内部试点选题", "problem", "试点", "categories", List.of("C01"),
				"leadUnits", List.of("120104CGW"), "actions", "试点", "published", false);
		assertThat(api.post("/api/v1/topics", inside, "supervisor").status()).isEqualTo(201);
		assertThat(api.get("/api/v1/public/topics", null).body()).doesNotContain("内部试点选题");
	}

	static JsonNode measure(JsonNode effect, String name) {
		for (JsonNode m : effect.get("measures")) {
			if (m.get("name").asString().equals(name)) {
				return m;
			}
		}
		throw new AssertionError(name);
	}

	long casesIn(String category, YearMonth month) {
		LocalDate first = month.atDay(1);
		return jdbc.sql("""
				select count(*) from cases.case_record where category_code like :c and master_case_id is null
				and registered_at >= :from and registered_at < :to""")
			.param("c", category + "%")
			.param("from", java.sql.Timestamp.from(first.atStartOfDay(BEIJING).toInstant()))
			.param("to", java.sql.Timestamp.from(first.plusMonths(1).atStartOfDay(BEIJING).toInstant()))
			.query(Long.class).single();
	}
}
