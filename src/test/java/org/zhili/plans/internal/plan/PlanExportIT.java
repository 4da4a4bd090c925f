package org.zhili.plans.internal.plan;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.plans.internal.suggestions.SuggestionExportController;
import org.zhili.process.Exports;
import org.zhili.support.Api;
import org.zhili.support.Workbooks;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process kit's audited export from the plans loops: the suggestion register with its 时间线, and a plan's
 * tasks; each as the list shows it to the caller, each export one audit record naming the loop and the row count.
 */
@ZhiliIntegrationTest
class PlanExportIT {


	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSuggestionRegisterIsExportedWithItsTimelineAndAudited() throws Exception {
		String number = "EXP-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
		Api.Response registered = api.post("/api/v1/suggestions", Map.of("kind", "DEPUTY", "number", number, "title",
				"关于导出台账的建议", "content", "建议台账可导出", "submitters", "李代表", "session", "区十八届人大五次会议"), "supervisor");
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		long id = registered.json().get("id").asLong();
		assertThat(api.post("/api/v1/suggestions/" + id + "/assign", Map.of("leadUnit", PlanApiIT.CHENGGUAN), "supervisor")
			.status()).isEqualTo(200);
		int year = LocalDate.parse(api.get("/api/v1/suggestions/" + id, "supervisor").json().get("registeredAt").asString())
			.getYear();
		long audits = audits("plans.suggestions.export");

		HttpResponse<byte[]> export = download("/api/v1/suggestions/export.xlsx?year=" + year + "&kind=DEPUTY", "supervisor");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith(Exports.XLSX);
		assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".xlsx");
		List<List<String>> rows = rows(export.body(), "建议提案");
		assertThat(rows.get(0)).containsExactlyElementsOf(SuggestionExportController.HEADERS)
			.containsExactly("编号", "类别", "标题", "提出人", "状态", "主办单位", "答复期限", "答复类别", "满意度", "按期答复");
		String count = export.headers().firstValue("X-Export-Rows").orElseThrow();
		assertThat(rows).hasSize(Integer.parseInt(count) + 1);
		List<String> mine = rows.stream().filter(r -> r.get(0).equals(number)).findFirst().orElseThrow();
		assertThat(mine.subList(0, 6)).containsExactly(number, "人大代表建议", "关于导出台账的建议", "李代表", "办理中", "区城市管理委员会");
		assertThat(mine.get(6)).isNotBlank();
		List<List<String>> timeline = rows(export.body(), "时间线");
		assertThat(timeline.get(0)).containsExactly("事项", "时间", "操作", "操作人", "单位", "说明");
		assertThat(timeline.stream().filter(r -> r.get(0).equals(number)).map(r -> r.get(2))).containsExactly("登记", "交办");
		assertThat(rows(export.body(), "说明").toString()).contains("建议提案数, " + count)
			.contains("year=" + year + ", kind=DEPUTY");

		assertThat(audits("plans.suggestions.export")).isEqualTo(audits + 1);
		Map<String, Object> audit = lastAudit("plans.suggestions.export");
		assertThat(audit.get("target")).isEqualTo("plans.suggestions");
		assertThat(audit.get("actor")).isEqualTo("supervisor");
		assertThat((String) audit.get("detail")).startsWith("导出建议提案 " + count + " 件").contains("year=" + year);

		// A unit exports what its register shows: the ones it leads or helps with.
		assertThat(rows(download("/api/v1/suggestions/export.xlsx?year=" + year, "chengguan").body(), "建议提案").toString())
			.contains(number);
		assertThat(rows(download("/api/v1/suggestions/export.xlsx?year=" + year, "gulou").body(), "建议提案").toString())
			.doesNotContain(number);
		assertThat(download("/api/v1/suggestions/export.xlsx", "operator").statusCode()).as("no PLAN_VIEW").isEqualTo(403);
		assertThat(download("/api/v1/suggestions/export.xlsx?kind=NPC", "supervisor").statusCode()).isEqualTo(400);
	}

	@Test
	void aPlansTasksAreExportedAsTheCallerSeesThemAndAudited() throws Exception {
		long planId = 0;
		for (JsonNode p : api.get("/api/v1/plans", "supervisor").json()) {
			if (p.get("title").asString().startsWith("2019年政府工作报告")) {
				planId = p.get("id").asLong();
			}
		}
		JsonNode tree = api.get("/api/v1/plans/" + planId, "supervisor").json();
		long audits = audits("plans.tasks.export");

		HttpResponse<byte[]> export = download("/api/v1/plans/" + planId + "/tasks.xlsx", "supervisor");
		assertThat(export.statusCode()).isEqualTo(200);
		List<List<String>> rows = rows(export.body(), "任务");
		assertThat(rows.get(0)).containsExactlyElementsOf(PlanTaskExportController.HEADERS)
			.containsExactly("编号", "章节", "任务", "牵头单位", "状态", "进度(%)", "完成时限");
		assertThat(rows).hasSize(tree.get("plan").get("tasks").asInt() + 1);
		assertThat(rows.stream().map(r -> r.get(2))).contains("强化协同创新");
		assertThat(rows.subList(1, rows.size())).as("sections and status labels")
			.anyMatch(r -> !r.get(1).isBlank())
			.allMatch(r -> !r.get(4).isBlank());

		assertThat(audits("plans.tasks.export")).isEqualTo(audits + 1);
		Map<String, Object> audit = lastAudit("plans.tasks.export");
		assertThat(audit.get("target")).isEqualTo("plans.tasks");
		assertThat((String) audit.get("detail")).startsWith("导出任务 " + (rows.size() - 1) + " 件").contains("计划 " + planId);

		// A unit's export holds only its own tasks, as the plan page shows it.
		JsonNode unitTree = api.get("/api/v1/plans/" + planId, "chengguan").json();
		HttpResponse<byte[]> unitExport = download("/api/v1/plans/" + planId + "/tasks.xlsx", "chengguan");
		assertThat(unitExport.statusCode()).isEqualTo(200);
		assertThat(rows(unitExport.body(), "任务")).hasSize(unitTree.get("plan").get("tasks").asInt() + 1)
			.hasSizeLessThan(rows.size());
		assertThat(download("/api/v1/plans/" + planId + "/tasks.xlsx", "operator").statusCode()).isEqualTo(403);
		assertThat(download("/api/v1/plans/999999999/tasks.xlsx", "supervisor").statusCode()).isEqualTo(404);
	}

	private long audits(String action) {
		return jdbc.sql("select count(*) from identity.audit_event where action = :a").param("a", action)
			.query(Long.class).single();
	}

	private Map<String, Object> lastAudit(String action) {
		return jdbc.sql("select actor, target, detail from identity.audit_event where action = :a order by id desc limit 1")
			.param("a", action).query().singleRow();
	}

	private HttpResponse<byte[]> download(String path, String who) {
		return Workbooks.download(api, path, who);
	}

	private static List<List<String>> rows(byte[] xlsx, String sheetName) throws IOException {
		return Workbooks.rows(xlsx, sheetName);
	}

}
