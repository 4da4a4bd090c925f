package org.zhili.routing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ZhiliIntegrationTest
class ClassifyApiIT {

	private static final String SCHOOL = "孩子入学难\n我家孩子今年六岁，户口在本区，但是学区小学说学位已满，不能入学，希望教育局协调解决孩子上学问题。";
	private static final String NOISE = "深夜施工噪音扰民\n小区旁边的工地每天晚上十一点以后还在施工，噪音很大，严重影响居民休息，请环保部门查处。";
	private static final String SALARY = "拖欠工资\n我在一家建筑公司打工，老板拖欠我们二十多个工人半年的工资不发，请劳动监察部门帮我们讨薪。";

	@Autowired
	Api api;

	@Test
	void answersEveryTextInOrderWithCategoryConfidenceAlternativesUnitAndTerms() {
		Api.Response r = api.post("/api/v1/routing/classify", Map.of("texts", List.of(SCHOOL, NOISE, SALARY)), "operator");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.header("X-Routing-Model")).isNotBlank();
		List<String> categories = r.json().valueStream().map(a -> a.get("category").asString()).toList();
		assertThat(categories).containsExactly("教育文体", "环境保护", "劳动和社会保障");
		for (JsonNode a : r.json()) {
			double confidence = a.get("confidence").asDouble();
			assertThat(confidence).isBetween(0.0, 1.0);
			assertThat(a.get("categoryCode").asString()).matches("C\\d\\d");
			assertThat(a.get("alternatives")).hasSize(3);
			assertThat(a.get("alternatives").get(0).get("category").asString()).isEqualTo(a.get("category").asString());
			double previous = 1;
			for (JsonNode alt : a.get("alternatives")) {
				assertThat(alt.get("confidence").asDouble()).isLessThanOrEqualTo(previous);
				previous = alt.get("confidence").asDouble();
			}
			assertThat(a.get("terms").size()).isBetween(1, 5);
			assertThat(a.get("truncated").asBoolean()).isFalse();
		}
		// a department's category names its unit; the school case goes to the education bureau
		assertThat(r.json().get(0).get("unit").get("code").asString()).isEqualTo("120104JYJ");
		assertThat(r.json().get(0).get("unit").get("name").asString()).contains("教育局");
		assertThat(r.json().get(0).get("terms").valueStream().map(JsonNode::asString).toList())
			.anyMatch(t -> t.contains("入学") || t.contains("学位") || t.contains("上学") || t.contains("小学"));
	}

	@Test
	void aTerritorialCategoryNamesTheStreetWhenTheStreetIsKnown() {
		String text = "小区路灯损坏\n我们小区门口的路灯坏了一个多月，晚上一片漆黑，老人出行很不安全，请尽快维修路灯。";
		JsonNode without = api.post("/api/v1/routing/classify", Map.of("texts", List.of(text)), "operator").json().get(0);
		assertThat(without.get("category").asString()).isEqualTo("城乡建设");
		assertThat(without.get("unit").isNull()).isTrue();
		assertThat(without.get("unitRule").asString()).contains("街道");
		JsonNode with = api.post("/api/v1/routing/classify", Map.of("texts", List.of(text), "streetCode", "120104001000"),
				"operator").json().get(0);
		assertThat(with.get("unit").get("code").asString()).isEqualTo("120104001000");
	}

	@Test
	void aThousandTextsAreAnsweredInOrderAndOneMoreIsRefused() {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			texts.add(List.of(SCHOOL, NOISE, SALARY).get(i % 3) + i);
		}
		Api.Response ok = api.post("/api/v1/routing/classify", Map.of("texts", texts), "dispatcher");
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		assertThat(ok.json()).hasSize(1000);
		assertThat(ok.json().get(999).get("category").asString()).isEqualTo("教育文体");
		assertThat(ok.json().get(998).get("category").asString()).isEqualTo("劳动和社会保障");
		texts.add(SCHOOL);
		Api.Response tooMany = api.post("/api/v1/routing/classify", Map.of("texts", texts), "operator");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.json().get("code").asString()).isEqualTo("too_many_texts");
	}

	@Test
	void badInputIsAClearFourHundredNeverAFiveHundred() {
		assertThat(api.post("/api/v1/routing/classify", Map.of(), "operator").status()).isEqualTo(400);
		assertThat(api.post("/api/v1/routing/classify", Map.of("texts", List.of()), "operator").status()).isEqualTo(400);
		Api.Response blank = api.post("/api/v1/routing/classify", Map.of("texts", List.of(SCHOOL, "   ")), "operator");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("texts[1]");
		List<String> withNull = new ArrayList<>(List.of(SCHOOL));
		withNull.add(null);
		assertThat(api.post("/api/v1/routing/classify", Collections.singletonMap("texts", withNull), "operator").status())
			.isEqualTo(400);
		assertThat(api.post("/api/v1/routing/classify", "{\"texts\": \"not a list\"}", "operator").status()).isEqualTo(400);
		assertThat(api.post("/api/v1/routing/classify", "{\"texts\": [1, {\"a\": 2}]}", "operator").status()).isEqualTo(400);
		assertThat(api.post("/api/v1/routing/classify", "{not json", "operator").status()).isEqualTo(400);
		assertThat(api.post("/api/v1/routing/classify", Map.of("texts", List.of(SCHOOL)), null).status()).isIn(401, 403);
	}

	@Test
	void overLongNonChineseAndMarkupTextsGetAnAnswerThatSaysSo() {
		String longText = SCHOOL + "希望尽快解决。".repeat(2000);
		List<String> texts = List.of(longText, "Hello, my street light is broken!!!", "12345 67890",
				"<script>alert('x')</script><b>噪音扰民</b>工地深夜施工，噪音很大，影响休息");
		Api.Response r = api.post("/api/v1/routing/classify", Map.of("texts", texts), "operator");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get(0).get("truncated").asBoolean()).isTrue();
		assertThat(r.json().get(0).get("warnings").toString()).contains("TRUNCATED");
		assertThat(r.json().get(0).get("category").asString()).isEqualTo("教育文体");
		for (int i = 1; i <= 2; i++) {
			assertThat(r.json().get(i).get("confidence").asDouble()).isLessThan(0.2);
			assertThat(r.json().get(i).get("warnings").toString()).contains("NOT_CHINESE");
		}
		assertThat(r.json().get(3).get("warnings").toString()).contains("MARKUP_REMOVED");
		assertThat(r.json().get(3).get("category").asString()).isEqualTo("环境保护");
		assertThat(r.json().get(3).get("terms").toString()).doesNotContain("script");
	}
}
