package org.zhili.plans.internal.plan;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages of 督查督办 on the demo plans: tree with progress and target charts, task timeline, own tasks, review. */
@ZhiliIntegrationTest
class PlanPagesIT {

	@Autowired
	Api api;

	String page(String path, String who) {
		Api.Response r = api.get(path, who);
		assertThat(r.status()).as(path + " as " + who + ": " + r.body()).isEqualTo(200);
		return r.body();
	}

	@Test
	void theSupervisionOfficeSeesThePlanTreeTargetsAndATaskTimeline() {
		assertThat(page("/plans", "supervisor")).contains("2019年政府工作报告重点工作", "区委工作要点", "progress-bar");
		JsonNode plans = api.get("/api/v1/plans", "supervisor").json();
		long id = 0;
		for (JsonNode p : plans) {
			if (p.get("title").asString().startsWith("2019年政府工作报告")) {
				id = p.get("id").asLong();
			}
		}
		String tree = page("/plans/" + id, "supervisor");
		assertThat(tree).contains("强化协同创新", "地区生产总值", "target-cards", "区科技局");
		long task = api.get("/api/v1/plans/" + id, "supervisor").json().get("sections").get(0).get("sections").get(0)
			.get("tasks").get(0).get("id").asLong();
		assertThat(page("/plans/tasks/" + task, "supervisor")).contains("timeline", "强化协同创新", "牵头单位");
	}

	@Test
	void aUnitSeesItsOwnTasksAndTheReviewPageShowsTheSource() {
		assertThat(page("/plans/mine", "chengguan")).contains("本单位任务", "my-tasks");
		assertThat(api.get("/plans/mine", "supervisor").status()).isEqualTo(403);
		long draft = api.post("/api/v1/plans/ingest", Map.of("text", "2027年工作要点\n一、城市管理\n1、整治市容。提升改造10条道路，新建公厕5座，越快越好。"),
				"supervisor").json().get("id").asLong();
		assertThat(page("/plans/drafts/" + draft, "supervisor")).contains("草稿审核", "整治市容", "提升改造道路");
		assertThat(page("/plans/ingest", "supervisor")).contains("ingest-form");
		assertThat(page("/plans?lang=en", "supervisor")).contains("Plans");
	}
}
