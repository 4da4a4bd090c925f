package org.zhili.plans.internal.suggestions;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 人大代表建议 / 政协提案 from registration to a satisfied submitter (through a redo), their rates in a year no other
 * test touches (2024; time only moves into the past, so no timer fires early), and the year-end review with the 接诉即办 figures of the statistics.
 */
@ZhiliIntegrationTest
class SuggestionApiIT {

	@Autowired
	Api api;

	@Autowired
	MovableClock clock;

	/**
	 * Tokens are fetched at the real time, where each test starts, before it moves the clock back: a token
	 * issued in the past would expire in the past and be cleared by the next sign-in.
	 */
	@BeforeEach
	void tokensOfToday() {
		for (String user : List.of("supervisor", "chengguan", "changhong", "gulou", "leader")) {
			api.token(user);
		}
	}

	long register(String number, String title) {
		Api.Response r = api.post("/api/v1/suggestions", Map.of("kind", "DEPUTY", "number", number, "title", title,
				"content", "建议在背街里巷增设停车泊位", "submitters", "王代表", "session", "区十八届人大四次会议"), "supervisor");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	@Test
	void aSuggestionIsAssignedAnsweredRedoneAndClosed() {
		clock.setTo(Instant.parse("2024-02-05T02:00:00Z"));
		long id = register("2024-1", "关于治理背街里巷停车难的建议");
		assertThat(api.post("/api/v1/suggestions", Map.of("kind", "DEPUTY", "number", "2024-1", "title", "重复",
				"content", "x", "submitters", "x", "session", "区十八届人大四次会议"), "supervisor").status()).isEqualTo(409);
		Api.Response noTitle = api.post("/api/v1/suggestions", Map.of("kind", "DEPUTY", "number", "2024-9", "content", "x",
				"submitters", "x", "session", "s"), "supervisor");
		assertThat(noTitle.json().get("errors").get(0).get("field").asString()).isEqualTo("title");

		api.post("/api/v1/suggestions/" + id + "/assign", Map.of("leadUnit", "120104CGW", "coUnits", List.of("120104001000")),
				"supervisor");
		JsonNode s = api.get("/api/v1/suggestions/" + id, "chengguan").json();
		assertThat(s.get("due").asString()).isEqualTo("2024-05-05"); // 3 months after 交办
		assertThat(api.get("/api/v1/suggestions/" + id, "gulou").status()).isEqualTo(404);
		// The register is filtered the same way: the lead unit and the co-unit list it, another street does not.
		assertThat(api.get("/api/v1/suggestions?year=2024", "chengguan").body()).contains("关于治理背街里巷停车难的建议");
		assertThat(api.get("/api/v1/suggestions?year=2024", "changhong").body()).contains("关于治理背街里巷停车难的建议");
		assertThat(api.get("/api/v1/suggestions?year=2024", "gulou").body()).doesNotContain("关于治理背街里巷停车难的建议");
		assertThat(api.get("/api/v1/suggestions?year=2024", "supervisor").body()).contains("关于治理背街里巷停车难的建议");

		// The lead unit answers only once the co-unit has given its opinion.
		Api.Response early = api.post("/api/v1/suggestions/" + id + "/reply", Map.of("reply", "已增设", "grade", "A"), "chengguan");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("detail").asString()).contains("长虹");
		assertThat(api.post("/api/v1/suggestions/" + id + "/opinions", Map.of("opinion", "同意"), "changhong").status()).isEqualTo(200);
		assertThat(api.post("/api/v1/suggestions/" + id + "/reply", Map.of("reply", "已增设", "grade", "E"), "chengguan")
			.json().get("errors").get(0).get("field").asString()).isEqualTo("grade");
		clock.setTo(Instant.parse("2024-04-20T02:00:00Z"));
		assertThat(api.post("/api/v1/suggestions/" + id + "/reply", Map.of("reply", "已增设泊位120个", "grade", "A", "met", true),
				"chengguan").status()).isEqualTo(200);

		// Unsatisfied: back to the lead unit for two months.
		api.post("/api/v1/suggestions/" + id + "/feedback", Map.of("satisfaction", "UNSATISFIED"), "supervisor");
		JsonNode redo = api.get("/api/v1/suggestions/" + id, "supervisor").json();
		assertThat(redo.get("state").asString()).isEqualTo("ASSIGNED");
		assertThat(redo.get("redoCount").asInt()).isEqualTo(1);
		assertThat(redo.get("due").asString()).isEqualTo("2024-06-20");
		api.post("/api/v1/suggestions/" + id + "/reply", Map.of("reply", "再增设泊位80个", "grade", "A"), "chengguan");
		api.post("/api/v1/suggestions/" + id + "/feedback", Map.of("satisfaction", "BASICALLY_SATISFIED"), "supervisor");
		assertThat(api.get("/api/v1/suggestions/" + id, "supervisor").json().get("state").asString()).isEqualTo("CLOSED");
		assertThat(api.post("/api/v1/suggestions/" + id + "/feedback", Map.of("satisfaction", "SATISFIED"), "supervisor")
			.status()).isEqualTo(409);

		// A second one, difficult (6 months), answered late and never rated.
		clock.setTo(Instant.parse("2024-03-01T02:00:00Z"));
		long late = register("2024-2", "关于西部片区学校布局的建议");
		api.post("/api/v1/suggestions/" + late + "/assign", Map.of("leadUnit", "120104CGW", "difficult", true), "supervisor");
		assertThat(api.get("/api/v1/suggestions/" + late, "supervisor").json().get("due").asString()).isEqualTo("2024-09-01");
		clock.setTo(Instant.parse("2024-09-03T02:00:00Z"));
		api.post("/api/v1/suggestions/" + late + "/reply", Map.of("reply", "列入规划", "grade", "C"), "chengguan");

		JsonNode rates = api.get("/api/v1/suggestions/rates?year=2024", "leader").json();
		assertThat(rates.get("assigned").asLong()).isEqualTo(2);
		assertThat(rates.get("answerRate").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(rates.get("satisfactionRate").decimalValue()).isEqualByComparingTo("100.0");
		assertThat(rates.get("meetingRate").decimalValue()).isEqualByComparingTo("50.0");
	}

	@Test
	void theYearEndReviewShowsTasksTargetsAndTheYearsCaseFigures() throws Exception {
		long planId = 0;
		for (JsonNode p : api.get("/api/v1/plans", "supervisor").json()) {
			if (p.get("title").asString().startsWith("2019年政府工作报告")) {
				planId = p.get("id").asLong();
			}
		}
		Api.Response reviewed = api.get("/api/v1/plans/" + planId + "/review", "leader");
		assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
		JsonNode review = reviewed.json();
		int year = review.get("year").asInt();
		String asOf = review.get("asOf").asString();
		assertThat(review.get("parts").size()).isEqualTo(5);
		assertThat(review.get("parts").get(0).get("tasks").get(0).get("title").asString()).isEqualTo("强化协同创新");
		// The 接诉即办 figures are the statistics' own.
		JsonNode stats = api.get("/api/v1/stats/three-rates?period=custom&from=" + year + "-01-01&to=" + asOf, "leader").json()
			.get("total");
		assertThat(review.get("cases").get("received").asLong()).isEqualTo(stats.get("counts").get("received").asLong())
			.isPositive();
		assertThat(review.get("cases").get("satisfaction").decimalValue())
			.isEqualByComparingTo(stats.get("rates").get("satisfaction").decimalValue());
		assertThat(review.get("suggestions").get("assigned").asLong()).isPositive();
		assertThat(api.get("/api/v1/plans/" + planId + "/review", "chengguan").status()).isEqualTo(403);

		HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create(api.base() + "/api/v1/plans/" + planId + "/review.docx"))
			.header("Authorization", "Bearer " + api.token("supervisor")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(docx.statusCode()).isEqualTo(200);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("年终总结", "强化协同创新", "地区生产总值",
					"全年受理群众诉求" + stats.get("counts").get("received").asLong() + "件", "办复率");
		}
		assertThat(api.get("/plans/" + planId + "/review", "supervisor").body()).contains("review-cases", "受理群众诉求");
		assertThat(api.get("/plans/suggestions", "supervisor").body()).contains("办复率", "关于加快老旧小区改造的建议");
		assertThat(LocalDate.parse(asOf).getYear()).isEqualTo(year);
	}
}
