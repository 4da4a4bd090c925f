package org.zhili.plans.internal.ingestion;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form of document through the upload endpoint as the supervision office (plan manager) sends it: text with
 * web furniture, DOCX, PDF, XLSX; documents without an outline give a draft that says how they were read; only a
 * text without sentences and a file of another type are refused. The reviewer's decisions are kept and counted.
 */
@ZhiliIntegrationTest
class IngestionApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private JsonNode upload(String file, String contentType) {
		Api.Response r = api.upload("/api/v1/plans/ingest", "supervisor", file, contentType,
				IngestionFixtures.bytes("/ingestion/" + file));
		assertThat(r.status()).as(file + ": " + r.body()).isEqualTo(201);
		return JSON.readTree(r.body());
	}

	private static List<JsonNode> items(JsonNode draft, String kind) {
		List<JsonNode> found = new ArrayList<>();
		draft.get("items").forEach(i -> {
			if (kind == null || i.get("kind").asString().equals(kind)) {
				found.add(i);
			}
		});
		return found;
	}

	@Test
	void eachFormatBecomesADraftInItsForm() {
		JsonNode points = upload("work-points-headings.txt", "text/plain");
		assertThat(points.get("form").asString()).isEqualTo("HEADINGS");
		assertThat(points.get("notes").toString()).contains(DraftReader.NOTE_FALLBACK);
		assertThat(items(points, "TASK")).extracting(i -> i.get("title").asString()).contains("加快建设天开高教科创园南开核心区");
		assertThat(items(points, "BINDING_TARGET")).anySatisfy(i -> assertThat(i.get("title").asString()).contains("失业率"));

		JsonNode docx = upload("city-management-points.docx", "application/octet-stream");
		assertThat(docx.get("form").asString()).isEqualTo("HEADINGS");
		assertThat(docx.get("sections")).extracting(s -> s.get("title").asString())
			.contains("坚持精细管理，全面提升市容环境品质", "深化垃圾分类");

		JsonNode pdf = upload("safety-speech.pdf", "application/pdf");
		assertThat(pdf.get("form").asString()).isEqualTo("PROSE");
		assertThat(items(pdf, "EXPECTED_TARGET")).anySatisfy(i -> {
			assertThat(i.get("value").asInt()).isEqualTo(2000);
			assertThat(i.get("unit").asString()).isEqualTo("套");
			// The printed lines are joined back: the sentence reads whole.
			assertThat(i.get("sentence").asString()).contains("为餐饮场所安装燃气泄漏报警装置2000套");
		});
		assertThat(items(pdf, "ACTUAL")).anySatisfy(i -> assertThat(i.get("value").asInt()).isEqualTo(4860));

		JsonNode xlsx = upload("task-split.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(xlsx.get("form").asString()).isEqualTo("TASK_TABLE");
		JsonNode first = items(xlsx, "TASK").get(0);
		assertThat(first.get("title").asString()).isEqualTo("推进天开高教科创园南开核心区建设");
		assertThat(first.get("unitCode").asString()).isEqualTo("120104KJJ");
		assertThat(first.get("coUnits").toString()).contains("120104FGW", "120104SWJ");
		assertThat(first.get("deadline").asString()).isEqualTo("2026年12月31日");
		assertThat(first.get("confidence").asDouble()).isGreaterThan(0.9);

		JsonNode news = upload("news-gas-inspection.txt", "text/plain");
		assertThat(news.get("form").asString()).isEqualTo("NEWS");
		assertThat(items(news, "ACTUAL")).extracting(i -> i.get("value").asInt()).contains(126, 29, 27);
		assertThat(items(news, "ACTUAL")).allSatisfy(i -> assertThat(i.get("year").asInt()).isEqualTo(2026));

		JsonNode list = upload("minxin-list.txt", "text/plain");
		assertThat(list.get("form").asString()).isEqualTo("LIST");
		assertThat(items(list, "TASK")).hasSize(20).allSatisfy(i -> assertThat(i.get("unitCode").isNull()).isFalse());

		JsonNode web = upload("web-copy-furniture.txt", "text/plain");
		String source = api.get("/api/v1/plans/drafts/" + web.get("id").asLong(), "supervisor").json().get("source")
			.asString();
		assertThat(source).doesNotContain("上一篇", "版权所有", "首页 | 政务公开", "浏览次数").contains("要推进背街里巷整治，年内完成提升改造60条");
	}

	@Test
	void aTaskTablePublishedAsReadGivesItsTasksTheirUnitsAndDeadlines() {
		JsonNode xlsx = upload("task-split.xlsx", "application/octet-stream");
		Api.Response published = api.post("/api/v1/plans/drafts/" + xlsx.get("id").asLong() + "/publish", null,
				"supervisor");
		assertThat(published.status()).as(published.body()).isEqualTo(201);
		long plan = published.json().get("id").asLong();
		var rows = jdbc.sql("""
				select lead_unit, array_to_string(co_units, ',') co, deadline from plans.task where plan_id = :p
				order by position""").param("p", plan).query().listOfRows();
		assertThat(rows).hasSize(12);
		assertThat(rows.get(0).get("lead_unit")).isEqualTo("120104KJJ");
		assertThat((String) rows.get(0).get("co")).isEqualTo("120104FGW,120104SWJ");
		assertThat(rows.get(8).get("deadline").toString()).isEqualTo("2026-08-31");
	}

	@Test
	void reportedResultsAreOfferedAsActualsOfTheMatchingPublishedTargets() {
		Api.Response plan = api.post("/api/v1/plans/ingest", Map.of("text",
				"2026年接诉即办工作要点\n一、接诉即办\n1、提升办理质量。全区问题解决率达到92%以上，群众满意率达到95%以上。"), "supervisor");
		assertThat(api.post("/api/v1/plans/drafts/" + plan.json().get("id").asLong() + "/publish", null, "supervisor")
			.status()).isEqualTo(201);
		JsonNode news = upload("news-hotline-briefing.txt", "text/plain");
		String solved = items(news, "ACTUAL").stream().filter(i -> i.get("title").asString().contains("解决率")).findFirst()
			.orElseThrow().get("key").asString();

		JsonNode matches = api.get("/api/v1/plans/drafts/" + news.get("id").asLong() + "/actual-matches", "supervisor")
			.json();
		JsonNode match = null;
		for (JsonNode m : matches) {
			if (m.get("itemKey").asString().equals(solved)) {
				match = m;
			}
		}
		assertThat(match).as(matches.toString()).isNotNull();
		assertThat(match.get("indicator").asString()).contains("解决率");
		assertThat(match.get("period").asInt()).isEqualTo(2026);
		assertThat(matches).noneSatisfy(m -> assertThat(m.get("indicator").asString()).contains("响应率"));

		Api.Response recorded = api.put("/api/v1/plans/targets/" + match.get("targetId").asLong() + "/actuals",
				Map.of("period", "2026-11", "value", 91.2, "note", "文件识别"), "supervisor");
		assertThat(recorded.status()).as(recorded.body()).isBetween(200, 204);
	}

	@Test
	void aFileIsKnownByItsContentTypeWhenItsNameHasNoExtension() {
		JsonNode pdf = upload("safety-speech.pdf", "application/pdf");
		Api.Response nameless = api.upload("/api/v1/plans/ingest", "supervisor", "讲话稿", "application/pdf",
				IngestionFixtures.bytes("/ingestion/safety-speech.pdf"));
		assertThat(nameless.status()).as(nameless.body()).isEqualTo(201);
		assertThat(JSON.readTree(nameless.body()).get("items").size()).isEqualTo(pdf.get("items").size());
	}

	@Test
	void onlyDocumentsWithoutSentencesOrOfAnotherTypeAreRefused() {
		long drafts = jdbc.sql("select count(*) from plans.draft").query(Long.class).single();

		Api.Response pptx = api.upload("/api/v1/plans/ingest", "supervisor", "汇报.pptx", "application/octet-stream",
				"x".getBytes(StandardCharsets.UTF_8));
		assertThat(pptx.status()).isEqualTo(415);
		assertThat(pptx.body()).contains("unsupported_format").contains(".pptx");
		Api.Response png = api.upload("/api/v1/plans/ingest", "supervisor", "扫描件", "image/png", new byte[] { 1, 2 });
		assertThat(png.status()).isEqualTo(415);
		assertThat(png.body()).contains("image/png");
		Api.Response brokenPdf = api.upload("/api/v1/plans/ingest", "supervisor", "plan.pdf", "application/pdf",
				"%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8));
		assertThat(brokenPdf.status()).isEqualTo(400);
		assertThat(brokenPdf.body()).contains("unreadable_pdf");

		Api.Response menu = api.post("/api/v1/plans/ingest", Map.of("text", "首页 新闻中心 政务公开 联系我们\n2026\n"), "supervisor");
		assertThat(menu.status()).as(menu.body()).isEqualTo(400);
		assertThat(menu.body()).contains("没有正文");
		Api.Response words = api.post("/api/v1/plans/ingest", Map.of("text", "南开区 2026 城市管理"), "supervisor");
		assertThat(words.status()).as(words.body()).isEqualTo(422);
		assertThat(words.json().get("code").asString()).isEqualTo("no_sentences");
		assertThat(jdbc.sql("select count(*) from plans.draft").query(Long.class).single()).isEqualTo(drafts);

		// A few sentences without any outline are read, not refused.
		Api.Response prose = api.post("/api/v1/plans/ingest",
				Map.of("text", "今天区里开了个会。会议要求，年内新建社区食堂5个，要加快推进老旧小区改造。"), "supervisor");
		assertThat(prose.status()).as(prose.body()).isEqualTo(201);
		assertThat(prose.json().get("notes").toString()).contains("未识别到层级结构");
	}

	@Test
	void theReviewersDecisionsAreKeptAndCountedPerForm() {
		JsonNode news = upload("news-hotline-briefing.txt", "text/plain");
		long id = news.get("id").asLong();
		List<JsonNode> actuals = items(news, "ACTUAL");
		String accepted = actuals.get(0).get("key").asString();
		String edited = actuals.get(1).get("key").asString();
		String dropped = items(news, "EXPECTED_TARGET").get(0).get("key").asString();
		String base = "/api/v1/plans/drafts/" + id + "/items/";

		Api.Response a = api.put(base + accepted, Map.of("decision", "ACCEPTED"), "supervisor");
		assertThat(a.status()).as(a.body()).isEqualTo(200);
		assertThat(a.json().get("decision").asString()).isEqualTo("ACCEPTED");
		Api.Response e = api.put(base + edited, Map.of("decision", "EDITED", "value", 99.5, "unit", "%"), "supervisor");
		assertThat(e.json().get("decision").asString()).isEqualTo("EDITED");
		assertThat(e.json().get("changed").toString()).contains("value");
		assertThat(api.put(base + dropped, Map.of("decision", "DROPPED"), "supervisor").json().get("decision").asString())
			.isEqualTo("DROPPED");
		// Accepting with the values as proposed is an acceptance, even when sent as an edit.
		assertThat(api.put(base + accepted, Map.of("decision", "EDITED", "value", actuals.get(0).get("value").asDouble()),
				"supervisor").json().get("decision").asString()).isEqualTo("ACCEPTED");
		assertThat(api.put(base + "i999", Map.of("decision", "DROPPED"), "supervisor").status()).isEqualTo(404);
		Api.Response unknownUnit = api.put(base + edited, Map.of("decision", "EDITED", "unitCode", "120104XXX"), "supervisor");
		assertThat(unknownUnit.status()).isEqualTo(400);
		assertThat(unknownUnit.json().get("errors").get(0).get("field").asString()).isEqualTo("unitCode");
		assertThat(api.put(base + accepted, Map.of("decision", "DROPPED"), "changhong").status()).isEqualTo(403);

		JsonNode reviews = api.get("/api/v1/plans/drafts/" + id + "/reviews", "supervisor").json();
		assertThat(reviews.size()).isEqualTo(3);
		// The proposal is kept beside the decision.
		assertThat(jdbc.sql("select proposal->>'title' from plans.ingestion_review where draft_id = :d and item_key = :k")
			.param("d", id).param("k", edited).query(String.class).single()).isEqualTo(actuals.get(1).get("title").asString());

		JsonNode feedback = api.get("/api/v1/plans/ingestion/feedback", "supervisor").json();
		JsonNode newsRow = null;
		for (JsonNode f : feedback) {
			if (f.get("form").asString().equals("NEWS")) {
				newsRow = f;
			}
		}
		assertThat(newsRow).isNotNull();
		assertThat(newsRow.get("label").asString()).isEqualTo("新闻简报");
		assertThat(newsRow.get("reviewed").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(newsRow.get("dropped").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(newsRow.get("acceptanceRate").asDouble()).isBetween(0.0, 1.0);

		// Once published, the decisions stand.
		assertThat(api.post("/api/v1/plans/drafts/" + id + "/publish", null, "supervisor").status()).isEqualTo(201);
		assertThat(api.put(base + edited, Map.of("decision", "ACCEPTED"), "supervisor").status()).isEqualTo(409);
	}
}
