package org.zhili.platform;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON body with a field the API does not know is refused with a 400 naming it, instead of being taken
 * without it: a client that sends {@code category} (the field is {@code categoryCode}) learns at once.
 */
@ZhiliIntegrationTest
class UnknownFieldsIT {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCaseWithCategoryInsteadOfCategoryCodeIsRefusedNamingTheField() {
		String description = "楼道灯不亮 " + System.nanoTime();
		Api.Response r = api.post("/api/v1/cases",
				Map.of("type", "COMPLAINT", "category", "C010204", "description", description), "operator");

		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("unknown_field");
		assertThat(r.json().get("field").asString()).isEqualTo("category");
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("category");
		assertThat(r.json().get("detail").asString()).contains("未知字段 category").contains("categoryCode");
		assertThat(r.json().get("knownFields").valueStream().map(JsonNode::asString)).contains("categoryCode");
		assertThat(r.json().get("requestId").asString()).isNotBlank();
		assertThat(jdbc.sql("select count(*) from cases.case_record where description = :d").param("d", description)
			.query(Long.class).single()).as("nothing registered").isZero();
	}

	@Test
	void aNestedUnknownFieldIsNamedWithItsPath() {
		Api.Response r = api.post("/api/v1/cases", Map.of("type", "HELP", "description", "家中老人需要帮助",
				"requester", Map.of("name", "张三", "mobile", "13800138000")), "operator");

		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("unknown_field");
		assertThat(r.json().get("field").asString()).isEqualTo("requester.mobile");
	}

	@Test
	void anActionWithAMisspeltFieldIsRefused() {
		Api.Response r = api.post("/api/v1/cases/1/actions/note", Map.of("notes", "请尽快处理"), "dispatcher");

		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.json().get("field").asString()).isEqualTo("notes");
	}

	@Test
	void theSameBodyWithTheRightFieldIsRegistered() {
		Api.Response r = api.post("/api/v1/cases",
				Map.of("type", "COMPLAINT", "categoryCode", "C010204", "description", "楼道灯不亮，请物业维修", "requester",
						Map.of("anonymous", true)), "operator");

		assertThat(r.status()).as(r.body()).isEqualTo(201);
		assertThat(r.json().get("category").get("code").asString()).isEqualTo("C010204");
	}

	@Test
	void aPlanDraftCanStillBeSentBackAsItIs() {
		Api.Response draft = api.post("/api/v1/plans/ingest", Map.of("name", "unknown-fields.txt", "text",
				"2026年城市管理工作要点\n一、城市管理\n1. 整治背街小巷。年内完成60条背街小巷提升改造。\n2. 推进垃圾分类。生活垃圾回收利用率达到40%以上。"),
				"supervisor");
		assertThat(draft.status()).as(draft.body()).isEqualTo(201);

		// The draft as answered (id, glossary, positions in the source) is a valid publish body.
		Api.Response published = api.post("/api/v1/plans/drafts/" + draft.json().get("id").asLong() + "/publish",
				draft.body(), "supervisor");
		assertThat(published.status()).as(published.body()).isEqualTo(201);

		Api.Response wrong = api.post("/api/v1/plans/drafts/" + draft.json().get("id").asLong() + "/publish",
				Map.of("title", "x", "year", 2026, "sections", List.of(), "tasks", List.of(), "owner", "督查室"),
				"supervisor");
		assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
		assertThat(wrong.json().get("field").asString()).isEqualTo("owner");
	}

	@Test
	void pagesOutsideTheApiAndOpen311FormsAreNotAffected() {
		Api.Response services = api.send("GET", "/open311/v2/discovery.json", null, null);
		assertThat(services.status()).isEqualTo(200);
		assertThat(services.json().isObject()).as("a JSON object, not a JSON string: " + services.body()).isTrue();
	}
}
