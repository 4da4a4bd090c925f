package org.zhili.plans.internal.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.cases.CaseFigures;
import org.zhili.plans.internal.targets.LiveTargets;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time is only ever moved into the past here (autumn 2026): the scheduler fires timers by the same clock, and a
 * clock in the future would fire the demo cases' deadline alarms early.
 *
 * 督查督办 through the API: a document becomes a draft and then a plan, the lead unit reports, the supervision
 * office supervises, statuses follow milestones on the working-day calendar, and bad input writes nothing.
 */
@ZhiliIntegrationTest
class PlanApiIT {

	static final String CHENGGUAN = "120104CGW";

	@Autowired
	Api api;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.zhili.plans.PublicPlans publicPlans;

	@Autowired
	CaseFigures caseFigures;

	@Autowired
	LiveTargets liveTargets;

	/**
	 * Tokens are fetched at the real time, where each test starts, before it moves the clock back: a token
	 * issued in the past would expire in the past and be cleared by the next sign-in.
	 */
	@BeforeEach
	void tokensOfToday() {
		for (String user : List.of("supervisor", "chengguan", "changhong", "gulou", "operator")) {
			api.token(user);
		}
	}

	static String seed(String name) {
		try (InputStream in = PlanApiIT.class.getResourceAsStream("/seed/plans/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	long count(String table) {
		return jdbc.sql("select count(*) from plans." + table).query(Long.class).single();
	}

	@Test
	void theNankai2012WorkPointsBecomeADraftWithTwentySixTasksUnderTenHeadings() {
		Api.Response r = api.post("/api/v1/plans/ingest",
				Map.of("text", seed("nankai_2012_party_committee_work_points.txt"), "name", "2012要点.txt"), "supervisor");

		assertThat(r.status()).isEqualTo(201);
		assertThat(r.json().get("sections").size()).isEqualTo(10);
		assertThat(r.json().get("tasks").size()).isEqualTo(26);
		JsonNode first = r.json().get("targets").get(0);
		assertThat(first.get("indicator").asString()).isEqualTo("地区增加值");
		assertThat(first.get("comparator").asString()).isEqualTo("growth");
		assertThat(first.get("quote").asString()).contains("分别增长15%");
		assertThat(api.get("/api/v1/plans/drafts/" + r.json().get("id").asLong(), "supervisor").json().get("source")
			.asString()).startsWith("中共南开区委2012年工作要点"); // the web page's menu line is left out
	}

	@Test
	void aDocxUploadIsReadLikeText() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XWPFDocument doc = new XWPFDocument()) {
			for (String line : List.of("2027年区政府重点工作", "一、优化营商环境", "1.推进一网通办。全年新增网办事项200项，办理时限压缩50%以上。",
					"2.提升12345热线服务。群众满意率达到95%以上。")) {
				doc.createParagraph().createRun().setText(line);
			}
			doc.write(out);
		}
		HttpResponse<String> r = upload("重点工作.docx", out.toByteArray());

		assertThat(r.statusCode()).isEqualTo(201);
		assertThat(r.body()).contains("\"title\":\"推进一网通办\"").contains("\"indicator\":\"新增网办事项\"")
			.contains("\"comparator\":\"at_least\"");
	}

	@Test
	void badDocumentsGetAClearMessageAndNoDraft() throws Exception {
		long drafts = count("draft");

		Api.Response empty = api.post("/api/v1/plans/ingest", Map.of("text", "   "), "supervisor");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("text");

		HttpResponse<String> binary = upload("plan.txt", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, 1 });
		assertThat(binary.statusCode()).isEqualTo(400);
		assertThat(binary.body()).contains("binary_document").contains("\"field\":\"file\"");

		HttpResponse<String> pptx = upload("plan.pptx", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
		assertThat(pptx.statusCode()).isEqualTo(415);
		assertThat(pptx.body()).contains("unsupported_format").contains(".pptx");

		HttpResponse<String> brokenDocx = upload("plan.docx", "not a zip".getBytes(StandardCharsets.UTF_8));
		assertThat(brokenDocx.statusCode()).isEqualTo(400);
		assertThat(brokenDocx.body()).contains("unreadable_docx");

		Api.Response noSentence = api.post("/api/v1/plans/ingest", Map.of("text", "南开区 2026 城市管理"), "supervisor");
		assertThat(noSentence.status()).isEqualTo(422);
		assertThat(noSentence.json().get("code").asString()).isEqualTo("no_sentences");

		assertThat(api.post("/api/v1/plans/ingest", Map.of("text", "一、任务\n1、做事。做很多很多很多的事情，越多越好。"), "changhong")
			.status()).isEqualTo(403);
		assertThat(count("draft")).isEqualTo(drafts);
	}

	/** Publishes a two-task plan of 2026 led by 城管委, with a milestone due on National Day. */
	long publishSmallPlan() {
		Api.Response draft = api.post("/api/v1/plans/ingest", Map.of("text", """
				2026年城市管理重点工作
				一、市容环境
				1、背街里巷整治。提升100条背街里巷道路环境，新建改造公厕10座。
				2、垃圾分类。全区垃圾分类覆盖率达到90%以上。
				"""), "supervisor");
		long draftId = draft.json().get("id").asLong();
		String body = """
				{"title":"2026年城市管理重点工作","year":2026,
				 "sections":[{"key":"1","number":"一","title":"市容环境","level":1}],
				 "tasks":[{"key":"t1","section":"1","number":"1","title":"背街里巷整治","text":"提升100条背街里巷道路环境",
				           "leadUnit":"120104CGW","coUnits":["120104001000"],"leader":"分管城建副区长","deadline":"2026-12-31",
				           "weight":3,"milestones":[{"due":"2026-10-01","deliverable":"完成60条"}]},
				          {"key":"t2","section":"1","number":"2","title":"垃圾分类","text":"覆盖率达到90%以上",
				           "leadUnit":"120104CGW","weight":1}],
				 "targets":[{"indicator":"背街里巷提升","comparator":"reach","value":100,"unit":"条","period":2026,"task":"t1"},
				            {"indicator":"垃圾分类覆盖率","comparator":"at_least","value":90,"unit":"%","qualifier":"以上","period":2026}]}
				""";
		Api.Response published = api.post("/api/v1/plans/drafts/" + draftId + "/publish", body, "supervisor");
		assertThat(published.status()).as(published.body()).isEqualTo(201);
		assertThat(api.post("/api/v1/plans/drafts/" + draftId + "/publish", body, "supervisor").status()).isEqualTo(409);
		return published.json().get("id").asLong();
	}

	@Test
	void aPublishedTaskIsReportedByItsUnitAndItsStatusFollowsTheCalendar() {
		clock.setTo(Instant.parse("2026-09-15T02:00:00Z"));
		long planId = publishSmallPlan();
		JsonNode tree = api.get("/api/v1/plans/" + planId, "supervisor").json();
		long task = tree.get("sections").get(0).get("tasks").get(0).get("id").asLong();
		long other = tree.get("sections").get(0).get("tasks").get(1).get("id").asLong();
		assertThat(tree.get("sections").get(0).get("tasks").get(0).get("status").asString()).isEqualTo("NOT_STARTED");

		// 城管委 sees its tasks; 鼓楼街道 does not even see the plan; 长虹街道 helps with the first task only.
		assertThat(api.get("/api/v1/plans/tasks/mine", "chengguan").body()).contains("背街里巷整治", "垃圾分类");
		assertThat(api.get("/api/v1/plans/tasks/" + task, "gulou").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/plans/" + planId, "gulou").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/plans/tasks/" + other, "changhong").status()).isEqualTo(404);
		// The lists are filtered the same way: 鼓楼 does not list the plan; 长虹 lists it, with the one task it helps with.
		assertThat(ids(api.get("/api/v1/plans", "gulou").json())).doesNotContain(planId);
		assertThat(ids(api.get("/api/v1/plans", "changhong").json())).contains(planId);
		assertThat(ids(api.get("/api/v1/plans", "supervisor").json())).contains(planId);
		JsonNode helped = api.get("/api/v1/plans/" + planId, "changhong").json();
		assertThat(helped.get("plan").get("tasks").asInt()).isEqualTo(1);
		assertThat(helped.get("sections").get(0).get("tasks").get(0).get("id").asLong()).isEqualTo(task);
		assertThat(api.get("/api/v1/plans/tasks/mine", "changhong").body()).contains("背街里巷整治").doesNotContain("垃圾分类");

		assertThat(api.post("/api/v1/plans/tasks/" + task + "/reports",
				Map.of("percent", 40, "text", "已完成40条", "period", "2026-09", "evidence", List.of("台账.xlsx")), "chengguan")
			.status()).isEqualTo(201);
		assertThat(api.post("/api/v1/plans/tasks/" + other + "/reports", Map.of("percent", 100, "text", "全覆盖"),
				"chengguan").status()).isEqualTo(201);
		JsonNode after = api.get("/api/v1/plans/" + planId, "supervisor").json();
		JsonNode tasks = after.get("sections").get(0).get("tasks");
		assertThat(tasks.get(0).get("status").asString()).isEqualTo("ON_TRACK");
		assertThat(tasks.get(1).get("status").asString()).isEqualTo("DONE");
		// Weighted: (3 × 40 + 1 × 100) / 4 = 55.
		assertThat(after.get("plan").get("progress").decimalValue()).isEqualByComparingTo("55.0");
		assertThat(after.get("sections").get(0).get("progress").decimalValue()).isEqualByComparingTo("55.0");

		// The milestone falls on National Day: it runs to the first working day after the holiday, 8 October.
		clock.setTo(Instant.parse("2026-10-08T08:00:00Z"));
		assertThat(api.get("/api/v1/plans/tasks/" + task, "supervisor").json().get("task").get("status").asString())
			.isEqualTo("ON_TRACK");
		clock.setTo(Instant.parse("2026-10-09T02:00:00Z"));
		JsonNode late = api.get("/api/v1/plans/tasks/" + task, "supervisor").json();
		assertThat(late.get("task").get("status").asString()).isEqualTo("LATE");
		assertThat(late.get("task").get("statusLabel").asString()).isEqualTo("滞后");
		assertThat(late.get("milestones").get(0).get("overdue").asBoolean()).isTrue();

		// The daily sweep tells 城管委 once.
		api.post("/api/v1/plans/reminders", Map.of(), "supervisor");
		api.post("/api/v1/plans/reminders", Map.of(), "supervisor");
		assertThat(jdbc.sql("select count(*) from process.inbox_message where loop = 'plan-task' and item_id = :t and kind = 'MILESTONE_OVERDUE'")
			.param("t", task).query(Long.class).single()).isEqualTo(1);

		// A yellow card: reply within 5 working days (Friday 9 October + 5 = Thursday 15 October: Saturday 10 October is worked).
		Api.Response sup = api.post("/api/v1/plans/tasks/" + task + "/supervisions",
				Map.of("level", "YELLOW", "note", "节点逾期，请说明原因"), "supervisor");
		assertThat(sup.status()).isEqualTo(201);
		JsonNode withSup = api.get("/api/v1/plans/tasks/" + task, "chengguan").json();
		assertThat(withSup.get("supervisions").get(0).get("replyDue").asString()).isEqualTo("2026-10-15");
		assertThat(withSup.get("supervisions").get(0).get("levelLabel").asString()).isEqualTo("黄牌督办");
		assertThat(api.get("/api/v1/plans/tasks/mine", "chengguan").body()).contains("黄牌督办");
		long supId = sup.json().get("id").asLong();
		assertThat(api.post("/api/v1/plans/supervisions/" + supId + "/reply", Map.of("reply", "已倒排工期"), "chengguan")
			.status()).isEqualTo(200);
		assertThat(api.post("/api/v1/plans/supervisions/" + supId + "/reply", Map.of("reply", "再次回复"), "chengguan")
			.status()).isEqualTo(409);
		List<String> kinds = new ArrayList<>();
		api.get("/api/v1/plans/tasks/" + task, "supervisor").json().get("timeline").forEach(e -> kinds.add(e.get("kind").asString()));
		assertThat(kinds).containsExactly("report", "milestone", "supervision", "reply");

		// The deadline brought forward to yesterday: the task short of 100 % is 未完成.
		assertThat(api.put("/api/v1/plans/tasks/" + task + "/assignment", Map.of("deadline", "2026-10-08"), "supervisor")
			.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/plans/tasks/" + task, "supervisor").json().get("task").get("status").asString())
			.isEqualTo("UNFINISHED");
	}

	@Test
	void actualValuesAreAssessedAndAbsurdOnesRefused() {
		clock.setTo(Instant.parse("2026-09-15T02:00:00Z"));
		long planId = publishSmallPlan();
		JsonNode targets = api.get("/api/v1/plans/" + planId, "supervisor").json().get("targets");
		long roads = targets.get(0).get("id").asLong();
		long coverage = targets.get(1).get("id").asLong();

		Api.Response share = api.put("/api/v1/plans/targets/" + coverage + "/actuals", Map.of("period", "2026", "value", 250),
				"supervisor");
		assertThat(share.status()).isEqualTo(400);
		assertThat(share.json().get("errors").get(0).get("field").asString()).isEqualTo("value");
		assertThat(api.put("/api/v1/plans/targets/" + roads + "/actuals", Map.of("period", "2026", "value", -3), "supervisor")
			.status()).isEqualTo(400);
		assertThat(api.put("/api/v1/plans/targets/" + roads + "/actuals", Map.of("period", "2026-13", "value", 3),
				"supervisor").json().get("errors").get(0).get("field").asString()).isEqualTo("period");
		assertThat(jdbc.sql("select count(*) from plans.actual where target_id in (:a, :b)").param("a", roads)
			.param("b", coverage).query(Long.class).single()).isZero();

		assertThat(api.put("/api/v1/plans/targets/" + roads + "/actuals", Map.of("period", "2026-06", "value", 40),
				"supervisor").status()).isEqualTo(200);
		JsonNode midYear = api.get("/api/v1/plans/" + planId, "supervisor").json().get("targets").get(0);
		assertThat(midYear.get("assessment").asString()).isEqualTo("AT_RISK"); // 40 of the 50 due by June
		api.put("/api/v1/plans/targets/" + roads + "/actuals", Map.of("period", "2026", "value", 112), "supervisor");
		api.put("/api/v1/plans/targets/" + coverage + "/actuals", Map.of("period", "2026", "value", 91), "supervisor");
		JsonNode year = api.get("/api/v1/plans/" + planId, "supervisor").json().get("targets");
		assertThat(year.get(0).get("assessment").asString()).isEqualTo("ACHIEVED");
		assertThat(year.get(0).get("phrase").asString()).isEqualTo("超额完成年初预定目标，完成率112%");
		assertThat(year.get(1).get("phrase").asString()).isEqualTo("超出年初预定目标1个百分点");
	}

	@Test
	void aTargetBoundToALiveIndicatorMeasuresItselfAndShowsItsDefinition() {
		clock.setTo(Instant.parse("2026-08-15T02:00:00Z"));
		long planId = publishSmallPlan();
		JsonNode targets = api.get("/api/v1/plans/" + planId, "supervisor").json().get("targets");
		long roads = targets.get(0).get("id").asLong();
		long coverage = targets.get(1).get("id").asLong();

		JsonNode offered = api.get("/api/v1/plans/indicators", "chengguan").json();
		List<String> codes = new ArrayList<>();
		offered.forEach(i -> {
			codes.add(i.get("code").asString());
			// a rate says what it divides; a stock (件) what it counts
			assertThat(i.get("definition").asString()).as(i.toString())
				.contains(i.get("unit").asString().equals("%") ? "÷" : "数");
		});
		assertThat(codes).contains("cases.resolution", "cases.satisfaction", "cases.response",
				"inspection.hazards-rectified", "inspection.completed", "petitions.concluded", "urban.components-on-time",
				"petitions.near-limit", "process.supervisions-open", "plans.targets-on-track", "inspection.published-on-time");

		Api.Response wrongUnit = api.put("/api/v1/plans/targets/" + roads + "/indicator",
				Map.of("indicator", "cases.resolution"), "supervisor");
		assertThat(wrongUnit.status()).isEqualTo(400);
		assertThat(wrongUnit.json().get("code").asString()).isEqualTo("unit_mismatch");
		assertThat(api.put("/api/v1/plans/targets/" + coverage + "/indicator", Map.of("indicator", "cases.nothing"),
				"supervisor").status()).isEqualTo(400);
		assertThat(api.put("/api/v1/plans/targets/" + coverage + "/indicator", Map.of("indicator", "cases.resolution"),
				"chengguan").status()).isEqualTo(403);

		assertThat(api.put("/api/v1/plans/targets/" + coverage + "/indicator", Map.of("indicator", "cases.resolution"),
				"supervisor").status()).isEqualTo(204);
		JsonNode bound = api.get("/api/v1/plans/" + planId, "supervisor").json().get("targets").get(1);
		assertThat(bound.get("live").get("name").asString()).isEqualTo("12345 解决率");
		assertThat(bound.get("live").get("definition").asString()).contains("已解决");
		// each month so far, year to date, exactly as the statistics count it
		BigDecimal august = caseFigures.district(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 8, 15)).resolution();
		assertThat(august).isNotNull();
		assertThat(actual(bound, "2026-08").get("value").decimalValue()).isEqualByComparingTo(august);
		assertThat(actual(bound, "2026-08").get("source").asString()).isEqualTo("LIVE");
		assertThat(actual(bound, "2026-09")).isNull();
		assertThat(bound.get("assessment").isNull()).isFalse();
		assertThat(api.put("/api/v1/plans/targets/" + coverage + "/actuals", Map.of("period", "2026-08", "value", 99),
				"supervisor").status()).isEqualTo(409);
		String page = api.get("/plans/" + planId, "supervisor").body();
		assertThat(page).contains("target-live", "12345 解决率", "口径：").contains("解除绑定");

		// a month later the scheduled refresh adds September by itself
		clock.setTo(Instant.parse("2026-09-20T02:00:00Z"));
		liveTargets.refreshAll();
		JsonNode september = actual(api.get("/api/v1/plans/" + planId, "supervisor").json().get("targets").get(1), "2026-09");
		assertThat(september.get("value").decimalValue()).isEqualByComparingTo(
				caseFigures.district(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 20)).resolution());

		assertThat(api.delete("/api/v1/plans/targets/" + coverage + "/indicator", "supervisor").status()).isEqualTo(204);
		JsonNode unbound = api.get("/api/v1/plans/" + planId, "supervisor").json().get("targets").get(1);
		assertThat(unbound.get("live").isNull()).isTrue();
		assertThat(actual(unbound, "2026-08")).isNotNull(); // what was measured stays
		assertThat(api.put("/api/v1/plans/targets/" + coverage + "/actuals", Map.of("period", "2026-09", "value", 91),
				"supervisor").status()).isEqualTo(200);
	}

	static JsonNode actual(JsonNode target, String period) {
		for (JsonNode a : target.get("actuals")) {
			if (a.get("period").asString().equals(period)) {
				return a;
			}
		}
		return null;
	}

	@Test
	void publishingWithAnUnknownUnitWritesNothing() {
		long draftId = api.post("/api/v1/plans/ingest", Map.of("text", "一、任务\n1、整治市容。提升改造10条道路，越快越好越多越好。"),
				"supervisor").json().get("id").asLong();
		long plans = count("plan");
		Api.Response r = api.post("/api/v1/plans/drafts/" + draftId + "/publish", """
				{"title":"测试","year":2026,"sections":[{"key":"1","title":"任务","level":1}],
				 "tasks":[{"key":"t1","section":"1","title":"整治市容","leadUnit":"NO-SUCH-UNIT"}]}""", "supervisor");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("tasks[0].leadUnit");
		assertThat(count("plan")).isEqualTo(plans);
	}

	@Test
	void theDemoPlansAreTheTwoNankaiDocumentsTrackedOverTheYear() {
		JsonNode plans = api.get("/api/v1/plans", "supervisor").json();
		List<String> titles = new ArrayList<>();
		plans.forEach(p -> titles.add(p.get("title").asString()));
		assertThat(titles).anyMatch(t -> t.startsWith("2019年政府工作报告重点工作")).anyMatch(t -> t.startsWith("区委工作要点"));
		JsonNode report = null;
		for (JsonNode p : plans) {
			if (p.get("title").asString().startsWith("2019年政府工作报告")) {
				report = api.get("/api/v1/plans/" + p.get("id").asLong(), "supervisor").json();
			}
		}
		assertThat(report.get("targets").get(0).get("indicator").asString()).isEqualTo("地区生产总值");
		assertThat(report.get("reportedResults").toString()).contains("883");
		// A unit sees only plans holding its tasks.
		Api.Response mine = api.get("/api/v1/plans", "chengguan");
		assertThat(mine.status()).as(mine.body()).isEqualTo(200);
		assertThat(api.get("/api/v1/plans", "operator").status()).isEqualTo(403);
	}

	@Test
	void onlyPlansMadePublicReachThePortal() {
		long planId = publishSmallPlan();
		assertThat(publicPlans.published()).noneMatch(p -> p.id() == planId)
			.anyMatch(p -> p.title().startsWith("2019年政府工作报告") && !p.allTasks().isEmpty());
		assertThat(api.put("/api/v1/plans/" + planId + "/public", Map.of("isPublic", true), "supervisor").status())
			.isEqualTo(200);
		assertThat(publicPlans.published()).filteredOn(p -> p.id() == planId).singleElement()
			.satisfies(p -> assertThat(p.allTasks()).extracting(t -> t.leadUnit()).containsOnly("区城市管理委员会"));
		assertThat(api.put("/api/v1/plans/" + planId + "/public", Map.of("isPublic", true), "chengguan").status())
			.isEqualTo(403);
	}

	@Test
	void actualsComeFromASpreadsheetAllOrNothing() throws Exception {
		long planId = publishSmallPlan();
		byte[] bad = xlsx(new Object[][] { { "背街里巷提升", "2026", 80 }, { "垃圾分类覆盖率", "2026", 250 }, { "不存在的指标", "2026", 1 } });
		HttpResponse<String> refused = upload("/api/v1/plans/" + planId + "/actuals/import", "actuals.xlsx", bad);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("\"row\":3", "\"row\":4", "不存在的指标").doesNotContain("\"row\":2");
		assertThat(api.get("/api/v1/plans/" + planId, "supervisor").json().get("targets").get(0).get("actuals").size()).isZero();

		byte[] good = xlsx(new Object[][] { { "背街里巷提升", "2026-06", 45 }, { "垃圾分类覆盖率", "2026-06", 91.5 } });
		HttpResponse<String> imported = upload("/api/v1/plans/" + planId + "/actuals/import", "actuals.xlsx", good);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(imported.body()).contains("\"rows\":2");
		JsonNode targets = api.get("/api/v1/plans/" + planId, "supervisor").json().get("targets");
		assertThat(targets.get(1).get("actuals").get(0).get("value").decimalValue()).isEqualByComparingTo("91.5");
		assertThat(targets.get(1).get("actuals").get(0).get("source").asString()).isEqualTo("IMPORTED");
		assertThat(upload("/api/v1/plans/" + planId + "/actuals/import", "actuals.xlsx", "not excel".getBytes(StandardCharsets.UTF_8))
			.body()).contains("unreadable_xlsx");
	}

	/** The ids of the items of a JSON array. */
	static List<Long> ids(JsonNode array) {
		List<Long> ids = new ArrayList<>();
		array.forEach(n -> ids.add(n.get("id").asLong()));
		return ids;
	}

	static byte[] xlsx(Object[][] rows) throws IOException {
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = wb.createSheet("实际值");
			var head = sheet.createRow(0);
			String[] names = { "指标", "期间", "实际值", "说明" };
			for (int c = 0; c < names.length; c++) {
				head.createCell(c).setCellValue(names[c]);
			}
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue((String) rows[r][0]);
				row.createCell(1).setCellValue((String) rows[r][1]);
				row.createCell(2).setCellValue(((Number) rows[r][2]).doubleValue());
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	private HttpResponse<String> upload(String filename, byte[] content) throws IOException, InterruptedException {
		return upload("/api/v1/plans/ingest", filename, content);
	}

	private HttpResponse<String> upload(String path, String filename, byte[] content) {
		return api.upload(path, "supervisor", filename, "application/octet-stream", content).raw();
	}
}
