package org.zhili.inspection.internal.pages;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.inspection.internal.pages.PageFixtures.DEPARTMENT;
import static org.zhili.inspection.internal.pages.PageFixtures.SCJ;

/**
 * Every page of 双随机、一公开 as the people it is for open it — the department, its inspectors and legal reviewer,
 * the supervision office and leaders, anyone without an account — showing what they came for, and refused to
 * those it is not for.
 */
@ZhiliIntegrationTest
class InspectionPagesIT {

	@Autowired
	Api api;

	@Test
	void theDepartmentSeesItsPlansTasksDrawsAndTheProjectorView() {
		PageFixtures.DrawnTask t = PageFixtures.drawnTask(api, "餐饮");
		String commitment = t.draw().get("commitment").asString();
		String seed = t.draw().get("seed").asString();

		Api.Response plans = api.get("/inspection/plans?year=" + PageFixtures.year(), DEPARTMENT);
		assertThat(plans.status()).isEqualTo(200);
		assertThat(plans.body()).contains(t.planName(), t.taskName(), "添加抽查任务", "id=\"task-form\"");
		// The district's offices read every department's plans, but plan nothing themselves.
		Api.Response supervisorPlans = api.get("/inspection/plans?year=" + PageFixtures.year(), "supervisor");
		assertThat(supervisorPlans.status()).isEqualTo(200);
		assertThat(supervisorPlans.body()).contains(t.taskName()).doesNotContain("id=\"task-form\"", "id=\"plan-form\"");
		assertThat(api.get("/inspection/plans", "operator").status()).isEqualTo(403);

		Api.Response task = api.get("/inspection/tasks/" + t.taskId(), DEPARTMENT);
		assertThat(task.status()).isEqualTo(200);
		assertThat(task.body()).contains(t.taskName(), commitment, seed, "已抽取", "id=\"redraw-form\"",
				"/inspection/draws/" + t.drawId() + "/screen");
		JsonNode first = t.inspections().get(0);
		assertThat(task.body()).contains(first.get("subjectName").asString(), first.get("creditCode").asString());
		assertThat(api.get("/inspection/tasks/" + t.taskId(), "supervisor").body())
			.contains(t.taskName()).doesNotContain("id=\"redraw-form\"");
		// Another department does not see the task at all; an account without the permission is refused.
		assertThat(api.get("/inspection/tasks/" + t.taskId(), "chengguan").status()).isEqualTo(404);
		assertThat(api.get("/inspection/tasks/" + t.taskId(), "operator").status()).isEqualTo(403);

		Api.Response screen = api.get("/inspection/draws/" + t.drawId() + "/screen", DEPARTMENT);
		assertThat(screen.status()).isEqualTo(200);
		assertThat(screen.body()).contains(t.taskName(), commitment, seed, "verify_draw.py",
				"/api/v1/public/inspection/draws/" + t.drawId() + "/record", "/public/inspection/draws/" + t.drawId());
		assertThat(screen.body()).doesNotContain("id=\"screen-draw\"");
		assertThat(api.get("/inspection/draws/" + t.drawId() + "/screen", "operator").status()).isEqualTo(403);
	}

	@Test
	void inspectorsRecordAndConfirmTheLegalReviewerReviewsAndTheDepartmentPublishes() throws Exception {
		PageFixtures.DrawnTask t = PageFixtures.pairedTask(api);
		JsonNode it = t.inspections().get(0);
		long id = it.get("id").asLong();
		List<String> seated = List.of("inspector", "inspector2");
		assertThat(PageFixtures.seated(it)).containsAll(seated);
		String subject = it.get("subjectName").asString();

		Api.Response mine = api.get("/inspection/mine", seated.get(0));
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains("我的检查", subject, "/inspection/inspections/" + id);
		assertThat(api.get("/inspection/mine", DEPARTMENT).status()).isEqualTo(403);

		Api.Response page = api.get("/inspection/inspections/" + id, seated.get(0));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(subject, it.get("creditCode").asString(), "id=\"record-form\"",
				"id=\"photo-form\"", "未发现问题", "责令整改", "立案查处", "随机抽取");
		assertThat(api.get("/inspection/inspections/" + id, DEPARTMENT).body()).doesNotContain("id=\"record-form\"");

		// A photo taken on site is kept with the inspection and served to its readers only.
		Api.Response photo = api.upload("/api/v1/inspection/inspections/" + id + "/photos", seated.get(0), "scene.png", "image/png",
				InspectionBrowserIT.png());
		assertThat(photo.status()).as(photo.body()).isEqualTo(200);
		String photoUrl = "/api/v1/photos/inspection/" + id + "/" + photo.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
		assertThat(api.get(photoUrl, DEPARTMENT).status()).isEqualTo(200);
		assertThat(api.get(photoUrl, "chengguan").status()).isEqualTo(404);
		assertThat(api.get("/inspection/inspections/" + id, seated.get(1)).body()).contains(photoUrl);

		Api.Response recorded = api.post("/api/v1/inspection/inspections/" + id + "/record",
				Map.of("result", "PENALTY", "findings", "销售过期药品", "majorDecision", true), seated.get(0));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(api.get("/inspection/inspections/" + id, seated.get(1)).body()).contains("id=\"confirm\"", "销售过期药品");
		assertThat(api.post("/api/v1/inspection/inspections/" + id + "/confirm", Map.of(), seated.get(1)).status()).isEqualTo(200);

		Api.Response queue = api.get("/inspection/legal-review", "fazhi");
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.body()).contains(subject, "销售过期药品");
		assertThat(api.get("/inspection/legal-review", seated.get(0)).status()).isEqualTo(403);
		assertThat(api.get("/inspection/inspections/" + id, "fazhi").body()).contains("id=\"review-form\"");

		assertThat(api.post("/api/v1/inspection/inspections/" + id + "/review",
				Map.of("approved", true, "opinion", "事实清楚，同意立案"), "fazhi").status()).isEqualTo(200);
		Api.Response completed = api.get("/inspection/inspections/" + id, DEPARTMENT);
		assertThat(completed.body()).contains("id=\"publish\"", "事实清楚，同意立案", "法制审核通过");
		assertThat(api.get("/inspection/tasks/" + t.taskId(), DEPARTMENT).body()).contains("id=\"publish-all\"");
		// The subject's page in the library lists its inspections.
		Api.Response ofSubject = api.get("/inspection/subjects/" + it.get("subjectId").asLong() + "/inspections", DEPARTMENT);
		assertThat(ofSubject.status()).isEqualTo(200);
		assertThat(ofSubject.body()).contains(t.taskName(), "立案查处", "待公示");
	}

	@Test
	void theOverviewIsForTheSupervisionOfficeAndTheLeaders() {
		Api.Response overview = api.get("/inspection/overview", "supervisor");
		assertThat(overview.status()).isEqualTo(200);
		assertThat(overview.body()).contains("双随机监管总览", "各信用风险类别的抽查覆盖", "A类（低风险）", "D类（高风险）",
				"按期公示率", "守信激励名单", "失信惩戒名单", "id=\"street-rectifications\"");
		// Every street is listed, with or without open rectifications.
		assertThat(overview.body()).contains("长虹街道");
		assertThat(api.get("/inspection/overview", "leader").status()).isEqualTo(200);
		assertThat(api.get("/inspection/overview", DEPARTMENT).status()).isEqualTo(403);
		assertThat(api.get("/inspection/overview", "operator").status()).isEqualTo(403);
	}

	@Test
	void anyoneReadsThePublishedResultsAndTheDrawRecordsWithoutSigningIn() {
		PageFixtures.DrawnTask t = PageFixtures.pairedTask(api);
		JsonNode it = t.inspections().get(0);
		long id = it.get("id").asLong();
		List<String> seated = List.of("inspector", "inspector2");
		String code = it.get("creditCode").asString();
		assertThat(result(publicGet("/api/v1/public/inspection/results?department=" + SCJ).json(), id)).as("not yet").isNull();
		api.post("/api/v1/inspection/inspections/" + id + "/record", Map.of("result", "NO_PROBLEM"), seated.get(0));
		api.post("/api/v1/inspection/inspections/" + id + "/confirm", Map.of(), seated.get(1));
		Api.Response published = api.post("/api/v1/inspection/tasks/" + t.taskId() + "/publish", Map.of(), DEPARTMENT);
		assertThat(published.status()).as(published.body()).isEqualTo(200);

		Api.Response results = publicGet("/api/v1/public/inspection/results?department=" + SCJ + "&year=" + PageFixtures.year());
		assertThat(results.status()).isEqualTo(200);
		JsonNode mine = result(results.json(), id);
		assertThat(mine).as("the published result is public").isNotNull();
		assertThat(mine.get("creditCode").asString()).isEqualTo(code);
		assertThat(mine.get("resultLabel").asString()).isEqualTo("未发现问题");
		assertThat(mine.get("publishedOn").asString()).isNotBlank();
		assertThat(mine.has("inspectors")).as("who inspected is not published").isFalse();
		assertThat(publicGet("/api/v1/public/inspection/results?department=NOPE").status()).isEqualTo(400);

		Api.Response page = publicGet("/public/inspection?department=" + SCJ);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("双随机抽查结果公示", code, t.taskName(), "未发现问题", "/public/inspection/draws");
		Api.Response csv = publicGet("/public/inspection.csv?department=" + SCJ);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).startsWith("\uFEFF检查对象,统一社会信用代码,抽查任务,实施部门,检查结果,完成日期,公示日期")
			.contains(code + "," + t.taskName()).contains("未发现问题");
		assertThat(publicGet("/public/inspection.csv?department=NOPE").status()).isEqualTo(400);
		Api.Response draws = publicGet("/public/inspection/draws");
		assertThat(draws.status()).isEqualTo(200);
		assertThat(draws.body()).contains(t.taskName(), t.draw().get("commitment").asString());

		Api.Response draw = publicGet("/public/inspection/draws/" + t.drawId());
		assertThat(draw.status()).isEqualTo(200);
		assertThat(draw.body()).contains(t.taskName(), t.draw().get("commitment").asString(), t.draw().get("seed").asString(),
				"id=\"verify\"", "/api/v1/public/inspection/draws/" + t.drawId() + "/record", "verify_draw.py");
		assertThat(publicGet("/public/inspection/draws/99999999").status()).isEqualTo(404);
		// What the public pages load comes without signing in too.
		assertThat(publicGet("/inspection/public.js").status()).isEqualTo(200);
		assertThat(publicGet("/inspection/inspection.css").status()).isEqualTo(200);
	}

	private static JsonNode result(JsonNode results, long id) {
		for (JsonNode r : results) {
			if (r.get("id").asLong() == id) {
				return r;
			}
		}
		return null;
	}

	private Api.Response publicGet(String path) {
		return api.send("GET", path, null, null);
	}
}
