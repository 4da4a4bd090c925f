package org.zhili.urban.evaluation;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.Workbooks;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly evaluation over a known month of case rows (March 2025, 长虹街道 光明路社区, 区城管委): the report's
 * sentence, the JSON figures, grades, the page with the reader's own row marked, the workbook, the Word 通报, and
 * who may read it.
 */
@ZhiliIntegrationTest
class EvaluationApiIT {

	static final String MONTH = "2025-03";
	static final String SENTENCE = "2025年3月，受理10件，立案8件，应结案7件，结案6件，结案率85.71%，按期结案5件，按期结案率71.43%。";

	@Autowired
	Api api;

	@Autowired
	JdbcClient sql;

	@BeforeEach
	void month() {
		EvaluationRows.march2025(sql);
	}

	static java.sql.Timestamp at(String chinaTime) {
		return EvaluationRows.at(chinaTime);
	}

	@Test
	void theMonthsFiguresSentenceAndGrades() {
		Api.Response r = api.get("/api/v1/urban/evaluation?month=" + MONTH, "leader");
		assertThat(r.status()).isEqualTo(200);
		JsonNode e = r.json();
		assertThat(e.get("provisional").asBoolean()).isFalse();
		assertThat(e.get("sentences").get(0).asString()).isEqualTo(SENTENCE);
		JsonNode d = e.get("district");
		assertThat(d.get("ACCEPTED").asInt()).isEqualTo(10);
		assertThat(d.get("CLOSING_RATE").decimalValue()).isEqualByComparingTo("85.71");
		assertThat(d.get("ON_TIME_CLOSING_RATE").decimalValue()).isEqualByComparingTo("71.43");
		assertThat(d.get("VOIDED").asInt()).isEqualTo(1);

		// 100 × 10% + 85.71 × 30% + 71.43 × 30% + (100 − 16.67) × 30%
		JsonNode dept = row(e, "DEPARTMENT", "120104CGW");
		assertThat(dept.get("name").asString()).isEqualTo("区城市管理委员会");
		assertThat(dept.get("figures").get("REWORK_RATE").decimalValue()).isEqualByComparingTo("16.67");
		assertThat(dept.get("composite").decimalValue()).isEqualByComparingTo("82.14");
		assertThat(dept.get("grade").asString()).isEqualTo("B");
		// 87.5 × 25% + 87.5 × 40% + 100 × 35%
		assertThat(row(e, "DUTY_CHIEF", "zhibanzhang").get("composite").decimalValue()).isEqualByComparingTo("91.88");
		assertThat(row(e, "DUTY_CHIEF", "zhibanzhang").get("grade").asString()).isEqualTo("A");
		JsonNode supervisor = row(e, "SUPERVISOR", "jianduyuan");
		assertThat(supervisor.get("figures").get("VALID_REPORT_RATE").decimalValue()).isEqualByComparingTo("77.78");
		assertThat(supervisor.get("figures").get("MISSED_RATE").decimalValue()).isEqualByComparingTo("12.50");
		assertThat(supervisor.get("composite").decimalValue()).isEqualByComparingTo("85.28");
		assertThat(row(e, "DISPATCHER", "chengguanpq").get("composite").decimalValue()).isEqualByComparingTo("80.00");
		JsonNode street = row(e, "REGION", "120104001000");
		assertThat(street.get("figures").get("PUBLIC_REPORT_RATE").decimalValue()).isEqualByComparingTo("12.50");
		assertThat(e.get("tables").get(0).get("weights").asString()).contains("按期结案率×40%");

		JsonNode communities = api.get("/api/v1/urban/evaluation?month=" + MONTH + "&region=120104001000", "leader").json();
		assertThat(row(communities, "REGION", "120104001001").get("figures").get("REGISTERED").asInt()).isEqualTo(8);
	}

	@Test
	void thePageReadsLikeThePublishedReportAndMarksTheReadersOwnRow() {
		Api.Response page = api.get("/urban/evaluation?month=" + MONTH, "chengguan");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(SENTENCE, "专业部门评价", "监督员岗位评价", "按期结案率", "结案数 ÷ 应结案数 × 100%");
		assertThat(rowTag(page.body(), "120104CGW")).as("区城管委's own row is highlighted for its handler").contains("own-row");
		assertThat(rowTag(page.body(), "120104001000")).doesNotContain("own-row");
		assertThat(rowTag(api.get("/urban/evaluation?month=" + MONTH, "changhong").body(), "120104001000"))
			.as("长虹街's official sees the street's row highlighted").contains("own-row");
	}

	@Test
	void theWorkbookAndTheWordReportCarryTheSameFigures() throws Exception {
		HttpResponse<byte[]> xlsx = Workbooks.download(api, "/api/v1/urban/evaluation.xlsx?month=" + MONTH, "leader");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		List<List<String>> rows = Workbooks.rows(xlsx.body(), "综合评价");
		List<String> headers = rows.get(0);
		assertThat(headers).contains("评价类别", "受理数", "结案率(%)", "综合指标值", "等级");
		assertThat(rows.get(1).get(headers.indexOf("受理数"))).isEqualTo("10");
		assertThat(rows.get(1).get(headers.indexOf("结案率(%)"))).isEqualTo("85.71");
		List<String> dept = rows.stream().filter(r -> r.get(2).equals("120104CGW")).findFirst().orElseThrow();
		assertThat(dept.get(headers.indexOf("综合指标值"))).isEqualTo("82.14");
		assertThat(dept.get(headers.indexOf("等级"))).isEqualTo("B");
		assertThat(Workbooks.rows(xlsx.body(), "说明").toString()).contains(SENTENCE);

		HttpResponse<byte[]> docx = Workbooks.download(api, "/api/v1/urban/evaluation.docx?month=" + MONTH, "leader");
		assertThat(docx.statusCode()).isEqualTo(200);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("数字化城市管理2025年3月综合评价通报", SENTENCE, "区城市管理委员会", "82.14",
					"91.88", "A ≥ 90");
		}
	}

	@Test
	void aClosureCountsForItsMonthUpToTheCutoffFiveDaysLater() {
		// registered on 31 May 2025; closed on 3 June (within the five days' grace), on 8 June (after it), never
		for (String closed : new String[] { "2025-06-03 10:00", "2025-06-08 10:00", null }) {
			sql.sql("""
					insert into urban.case_file (reference, kind, class_code, description, street_code, source, reported_by,
					  reported_at, state, valid, registered_by, registered_at, registered_on_time, handled_at, handled_on_time,
					  closed_by, closed_at, closed_on_time)
					values (:ref, 'EVENT', '0104', '评价测试：月末立案的道路不洁', '120104002000', 'PATROL', 'jianduyuan',
					  timestamptz '2025-05-31 16:00+08', 'TEST', true, 'zhibanzhang', timestamptz '2025-05-31 16:30+08', true,
					  :closedAt, :onTime, :closedBy, :closedAt, :onTime)""")
				.param("ref", "EVALIT-CUT-" + closed)
				.param("closedAt", closed == null ? null : at(closed))
				.param("onTime", closed == null ? null : Boolean.TRUE)
				.param("closedBy", closed == null ? null : "zhibanzhang")
				.update();
		}
		JsonNode may = api.get("/api/v1/urban/evaluation?month=2025-05", "leader").json();
		assertThat(may.get("district").get("DUE").asInt()).isEqualTo(3);
		assertThat(may.get("district").get("CLOSED").asInt()).as("only the closure of 3 June counts for May").isEqualTo(1);
		assertThat(may.get("cutoff").asString()).startsWith("2025-06-05T16:00:00Z");
		JsonNode june = api.get("/api/v1/urban/evaluation?month=2025-06", "leader").json();
		assertThat(row(june, "DUTY_CHIEF", "zhibanzhang").get("figures").get("CLOSED_BY").asInt())
			.as("the duty chief closed both in June").isEqualTo(2);
	}

	@Test
	void onlyUrbanAndStatisticsReadersAndAWellFormedMonth() {
		assertThat(api.get("/api/v1/urban/evaluation?month=" + MONTH, "operator").status()).isEqualTo(403);
		assertThat(api.get("/urban/evaluation?month=" + MONTH, "operator").status()).isEqualTo(403);
		assertThat(Workbooks.download(api, "/api/v1/urban/evaluation.xlsx?month=" + MONTH, "operator").statusCode())
			.isEqualTo(403);
		assertThat(api.get("/api/v1/urban/evaluation?month=" + MONTH, "dispatcher").status())
			.as("statistics without URBAN_VIEW").isEqualTo(403);

		for (String bad : List.of("2025-13", "March", "2999-01")) {
			Api.Response r = api.get("/api/v1/urban/evaluation?month=" + bad, "leader");
			assertThat(r.status()).as(bad).isEqualTo(400);
			assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("month");
		}
		Api.Response region = api.get("/api/v1/urban/evaluation?month=" + MONTH + "&region=999", "leader");
		assertThat(region.status()).isEqualTo(400);
		assertThat(region.json().get("errors").get(0).get("field").asString()).isEqualTo("region");
	}

	/** The opening tag of the table row of {@code code}. */
	private static String rowTag(String html, String code) {
		Matcher m = Pattern.compile("<tr[^>]*data-code=\"" + code + "\"[^>]*>").matcher(html);
		assertThat(m.find()).as("a row for " + code).isTrue();
		return m.group();
	}

	private static JsonNode row(JsonNode evaluation, String family, String code) {
		for (JsonNode t : evaluation.get("tables")) {
			if (t.get("family").asString().equals(family)) {
				for (JsonNode r : t.get("rows")) {
					if (r.get("code").asString().equals(code)) {
						return r;
					}
				}
			}
		}
		throw new AssertionError(family + " has no row " + code + ": " + evaluation);
	}
}
