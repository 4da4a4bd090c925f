package org.zhili.plans.internal.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 政务公开 of plans: a plan marked public is read by anyone — its list, its outline with each task's lead unit,
 * deadline, progress and status, and its tasks as CSV — and nothing of a plan that is not public is.
 */
@ZhiliIntegrationTest
class PublicPlansIT {

	static final String CHANGHONG = "120104001000";
	/** Far enough ahead that a task reported at 40 % is on track, whenever the test runs. */
	static final LocalDate DEADLINE = LocalDate.now().plusMonths(6);

	@Autowired
	Api api;

	@Test
	void aPublicPlanIsReadByAnyoneWithItsProgressAndAPlanNotPublicIsNot() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long open = publish("2026年民心工程" + tag, true,
				List.of(task("t1", "1", "新建口袋公园5处", CHANGHONG), task("t2", "2", "=HYPERLINK(\"http://x\")改造老旧小区", "120104CGW")));
		long closed = publish("2026年内部督查事项" + tag, false, List.of(task("t1", "1", "内部事项", CHANGHONG)));
		long parks = taskId(open, "新建口袋公园5处");
		Api.Response reported = api.post("/api/v1/plans/tasks/" + parks + "/reports",
				Map.of("percent", 40, "text", "已完成2处选址和设计（内部说明）"), "changhong");
		assertThat(reported.status()).as(reported.body()).isEqualTo(201);

		// the list, signed in or not
		Api.Response list = api.get("/api/v1/public/plans", null);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().valueStream().map(p -> p.get("id").asLong())).contains(open).doesNotContain(closed);
		JsonNode summary = list.json().valueStream().filter(p -> p.get("id").asLong() == open).findFirst().orElseThrow();
		assertThat(summary.get("taskCount").asInt()).isEqualTo(2);
		assertThat(summary.get("progress").asDouble()).isEqualTo(20.0);
		assertThat(summary.get("statuses").get("正常推进").asInt()).isEqualTo(1);

		// the outline: what the public may read, and not the report's text
		Api.Response plan = api.get("/api/v1/public/plans/" + open, null);
		assertThat(plan.status()).isEqualTo(200);
		JsonNode task = plan.json().get("sections").get(0).get("tasks").get(0);
		assertThat(task.get("title").asString()).isEqualTo("新建口袋公园5处");
		assertThat(task.get("leadUnit").asString()).contains("长虹街道");
		assertThat(task.get("deadline").asString()).isEqualTo(DEADLINE.toString());
		assertThat(task.get("progress").asInt()).isEqualTo(40);
		assertThat(task.get("status").asString()).isEqualTo("ON_TRACK");
		assertThat(task.get("statusLabel").asString()).isEqualTo("正常推进");
		assertThat(plan.body()).doesNotContain("内部说明", "coUnits", "leader");
		Api.Response notPublic = api.get("/api/v1/public/plans/" + closed, null);
		assertThat(notPublic.status()).isEqualTo(404);
		assertThat(api.get("/api/v1/public/plans/" + (open + 1_000_000), null).status()).isEqualTo(404);

		// the pages
		Api.Response page = api.get("/public/plans", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("2026年民心工程" + tag).doesNotContain("2026年内部督查事项" + tag);
		Api.Response detail = api.get("/public/plans/" + open, null);
		assertThat(detail.body()).contains("新建口袋公园5处", "长虹街道", "40%", "正常推进", "下载任务表（CSV）");
		assertThat(api.get("/public/plans/" + closed, null).status()).isEqualTo(404);

		// the tasks as CSV, a formula-like title written as text
		Api.Response csv = api.get("/public/plans/" + open + "/tasks.csv", null);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.header("Content-Disposition")).startsWith("attachment;").contains(".csv");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF序号,任务,牵头单位,完成时限,进度（%）,状态");
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("1,新建口袋公园5处,").contains("长虹街道")
			.endsWith("," + DEADLINE + ",40,正常推进"));
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2,\"'=HYPERLINK(\"\"http://x\"\")改造老旧小区\",")
			.endsWith("," + DEADLINE + ",0,未启动"));
		assertThat(api.get("/public/plans/" + closed + "/tasks.csv", null).status()).isEqualTo(404);
	}

	private long publish(String title, boolean isPublic, List<Map<String, Object>> tasks) {
		Api.Response draft = api.post("/api/v1/plans/ingest", Map.of("text", title + "\n一、重点项目\n1、新建口袋公园5处。\n"),
				"supervisor");
		assertThat(draft.status()).as(draft.body()).isBetween(200, 201);
		Api.Response published = api.post("/api/v1/plans/drafts/" + draft.json().get("id").asLong() + "/publish",
				Map.of("title", title, "year", LocalDate.now().getYear(), "isPublic", isPublic,
						"sections", List.of(Map.of("key", "1", "number", "一", "title", "重点项目", "level", 1)),
						"tasks", tasks),
				"supervisor");
		assertThat(published.status()).as(published.body()).isEqualTo(201);
		return published.json().get("id").asLong();
	}

	private static Map<String, Object> task(String key, String number, String title, String lead) {
		return Map.of("key", key, "section", "1", "number", number, "title", title, "text", title, "leadUnit", lead,
				"deadline", DEADLINE.toString(), "weight", 1);
	}

	private long taskId(long plan, String title) {
		return api.get("/api/v1/plans/" + plan, "supervisor").json().get("sections").get(0).get("tasks").valueStream()
			.filter(t -> t.get("title").asString().equals(title))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
	}
}
