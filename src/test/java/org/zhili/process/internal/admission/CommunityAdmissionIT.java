package org.zhili.process.internal.admission;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** 社区准入清单: plan tasks given to a community, on the list at once, off it only after approval; the report counts. */
@ZhiliIntegrationTest
class CommunityAdmissionIT {

	/** 长虹街's first community. */
	private static final String COMMUNITY = "120104001001";

	@Autowired
	Api api;

	/** A plan with two tasks of the 城管委; answers their ids. */
	private long[] plan(String suffix) {
		long draftId = api.post("/api/v1/plans/ingest", Map.of("text", """
				2026年社区治理重点工作
				一、基层治理
				1、背街里巷巡查。
				2、垃圾分类入户宣传。
				"""), "supervisor").json().get("id").asLong();
		String body = """
				{"title":"2026年社区治理重点工作%s","year":2026,
				 "sections":[{"key":"1","number":"一","title":"基层治理","level":1}],
				 "tasks":[{"key":"t1","section":"1","number":"1","title":"背街里巷夜间巡查台账","leadUnit":"120104CGW","weight":1},
				          {"key":"t2","section":"1","number":"2","title":"垃圾分类入户宣传","leadUnit":"120104CGW","weight":1}]}
				""".formatted(suffix);
		Api.Response published = api.post("/api/v1/plans/drafts/" + draftId + "/publish", body, "supervisor");
		assertThat(published.status()).as(published.body()).isEqualTo(201);
		JsonNode tasks = api.get("/api/v1/plans/" + published.json().get("id").asLong(), "supervisor").json()
			.get("sections").get(0).get("tasks");
		return new long[] { tasks.get(0).get("id").asLong(), tasks.get(1).get("id").asLong() };
	}

	private String lead(long task) {
		JsonNode lead = api.get("/api/v1/plans/tasks/" + task, "supervisor").json().get("task").get("leadUnit");
		return lead == null || lead.isNull() ? null : lead.asString();
	}

	private JsonNode pending(long task) {
		for (JsonNode v : api.get("/api/v1/community-admission/assignments?state=PENDING", "minzheng").json()) {
			if (v.get("request").get("itemId").asLong() == task) {
				return v;
			}
		}
		return null;
	}

	@Test
	void workOnTheListGoesToTheCommunityAtOnceAndWorkOffItWaitsForApproval() {
		JsonNode before = api.get("/api/v1/community-admission/report", "minzheng").json();
		long[] tasks = plan("（一）");
		Api.Response offList = api.put("/api/v1/plans/tasks/" + tasks[0] + "/assignment",
				Map.of("leadUnit", COMMUNITY, "reason", "社区熟悉背街里巷情况"), "supervisor");
		assertThat(offList.status()).as(offList.body()).isEqualTo(200);
		assertThat(offList.json().get("waiting").get(0).asString()).isEqualTo(COMMUNITY);
		assertThat(lead(tasks[0])).as("not burdened before approval").isEqualTo("120104CGW");
		Api.Response onList = api.put("/api/v1/plans/tasks/" + tasks[1] + "/assignment", Map.of("leadUnit", COMMUNITY),
				"supervisor");
		assertThat(onList.json().get("waiting").size()).isZero();
		assertThat(lead(tasks[1])).isEqualTo(COMMUNITY);
		assertThat(pending(tasks[1])).isNull();

		JsonNode waiting = pending(tasks[0]);
		assertThat(waiting).isNotNull();
		assertThat(waiting.get("request").get("reason").asString()).isEqualTo("社区熟悉背街里巷情况");
		long id = waiting.get("request").get("id").asLong();
		// asked again before the decision: the same request waits, not a second one
		assertThat(api.put("/api/v1/plans/tasks/" + tasks[0] + "/assignment",
				Map.of("leadUnit", COMMUNITY, "reason", "再次申请"), "supervisor").status()).isEqualTo(200);
		assertThat(pending(tasks[0]).get("request").get("id").asLong()).isEqualTo(id);
		assertThat(api.get("/api/v1/community-admission/assignments?state=PENDING", "minzheng").json().findValues("request")
			.stream().filter(r -> r.get("itemId").asLong() == tasks[0]).count()).isEqualTo(1);
		assertThat(api.get("/api/v1/inbox", "minzheng").body()).contains("背街里巷夜间巡查台账");
		assertThat(api.post("/api/v1/community-admission/assignments/" + id + "/approve", Map.of(), "changhong").status())
			.isEqualTo(403);
		Api.Response approved = api.post("/api/v1/community-admission/assignments/" + id + "/approve",
				Map.of("note", "同意，限本年度"), "minzheng");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("stateLabel").asString()).isEqualTo("已批准");
		Awaitility.await("the task goes to the community").atMost(Duration.ofSeconds(30))
			.until(() -> COMMUNITY.equals(lead(tasks[0])));
		assertThat(api.post("/api/v1/community-admission/assignments/" + id + "/refuse", Map.of("note", "晚了"), "minzheng")
			.status()).isEqualTo(409);
		JsonNode timeline = api.get("/api/v1/timelines/community-assignment/" + id, "minzheng").json();
		assertThat(timeline.toString()).contains("申请准入", "批准准入", "同意，限本年度");

		// refused: the community never gets it, and the refusal needs a reason
		long[] more = plan("（二）");
		api.put("/api/v1/plans/tasks/" + more[0] + "/assignment", Map.of("leadUnit", COMMUNITY), "supervisor");
		long refusedId = pending(more[0]).get("request").get("id").asLong();
		Api.Response noReason = api.post("/api/v1/community-admission/assignments/" + refusedId + "/refuse", Map.of(),
				"minzheng");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
		assertThat(api.post("/api/v1/community-admission/assignments/" + refusedId + "/refuse",
				Map.of("note", "属于城管委职责，不得转嫁社区"), "minzheng").status()).isEqualTo(200);
		assertThat(lead(more[0])).isEqualTo("120104CGW");

		// an item named by the assigning unit must be on the list
		Api.Response badItem = api.put("/api/v1/plans/tasks/" + more[1] + "/assignment",
				Map.of("leadUnit", COMMUNITY, "listItemId", 999999), "supervisor");
		assertThat(badItem.status()).isEqualTo(400);
		assertThat(badItem.json().get("errors").get(0).get("field").asString()).isEqualTo("listItemId");
		assertThat(lead(more[1])).isEqualTo("120104CGW");

		// the report: work pushed down anyway, by community and assigning unit
		JsonNode after = api.get("/api/v1/community-admission/report", "minzheng").json();
		assertThat(after.get("offList").asLong()).isEqualTo(before.get("offList").asLong() + 2);
		assertThat(after.get("approved").asLong()).isEqualTo(before.get("approved").asLong() + 1);
		assertThat(after.get("refused").asLong()).isEqualTo(before.get("refused").asLong() + 1);
		assertThat(after.get("listed").asLong()).isEqualTo(before.get("listed").asLong() + 1);
		JsonNode line = after.get("lines").valueStream()
			.filter(l -> l.get("communityCode").asString().equals(COMMUNITY)).findFirst().orElseThrow();
		assertThat(line.get("assigningUnit").asString()).isEqualTo("120104");
		assertThat(line.get("streetName").asString()).contains("长虹");
		Api.Response csv = api.get("/api/v1/community-admission/report.csv", "leader");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).contains("清单外", line.get("communityName").asString());
		assertThat(api.get("/api/v1/community-admission/report?from=2026-05-01&to=2026-04-01", "leader").status())
			.isEqualTo(400);
		String page = api.get("/community-admission", "minzheng").body();
		assertThat(page).contains("report-lines", "社区党建工作", "admission-items");
	}

	@Test
	void theOfficeKeepsTheList() {
		int before = api.get("/api/v1/community-admission/items", "changhong").json().size();
		assertThat(before).isGreaterThanOrEqualTo(20);
		Map<String, Object> item = Map.of("name", "协助开展燃气安全入户宣传", "basis", "《城镇燃气管理条例》第四十条",
				"approvedOn", "2026-03-01", "keywords", "燃气");
		assertThat(api.post("/api/v1/community-admission/items", item, "supervisor").status()).isEqualTo(403);
		Api.Response added = api.post("/api/v1/community-admission/items", item, "minzheng");
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(api.post("/api/v1/community-admission/items", item, "minzheng").status()).isEqualTo(409);
		Api.Response bad = api.post("/api/v1/community-admission/items", Map.of("name", "某事项"), "minzheng");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("basis", "approvedOn");
		long id = added.json().get("id").asLong();
		assertThat(api.get("/api/v1/community-admission/items", "changhong").json().size()).isEqualTo(before + 1);
		assertThat(api.put("/api/v1/community-admission/items/" + id, Map.of("active", false), "minzheng").status())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/community-admission/items", "changhong").json().size()).isEqualTo(before);
		assertThat(api.put("/api/v1/community-admission/items/424242", Map.of("active", false), "minzheng").status())
			.isEqualTo(404);
	}
}
