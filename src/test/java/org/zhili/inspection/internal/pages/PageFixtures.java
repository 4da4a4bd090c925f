package org.zhili.inspection.internal.pages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.zhili.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan, a task and its draw made through the API as the 市场监管局's handler, for the pages to show. */
final class PageFixtures {

	static final String SCJ = "120104SCJ";
	static final String DEPARTMENT = "shichang";

	/** A drawn task: the task, its draw as the draw answered, and its inspections as the task lists them. */
	record DrawnTask(long planId, String planName, long taskId, String taskName, long drawId, JsonNode draw,
			List<JsonNode> inspections) {
	}

	private PageFixtures() {
	}

	static int year() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
	}

	static long plan(Api api, String name) {
		Api.Response r = api.post("/api/v1/inspection/plans", Map.of("year", year(), "name", name), DEPARTMENT);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	/** The id of one of the department's matters of the industry, not a 重点 one (so the ratio cap applies). */
	static long matter(Api api, String industry) {
		Api.Response r = api.get("/api/v1/inspection/matters?department=" + SCJ, DEPARTMENT);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		JsonNode any = null;
		for (JsonNode m : r.json()) {
			if (!SCJ.equals(m.get("departmentCode").asString())) {
				continue;
			}
			any = any == null ? m : any;
			for (JsonNode i : m.get("industries")) {
				if (industry.equals(i.asString())) {
					return m.get("id").asLong();
				}
			}
		}
		assertThat(any).as("the demo's matters of " + SCJ).isNotNull();
		return any.get("id").asLong();
	}

	static Map<String, Object> task(String name, long matter, String industry, Map<String, Integer> ratios) {
		return Map.of("name", name, "matterIds", List.of(matter), "industries", List.of(industry), "ratios", ratios,
				"inspectorsPerSubject", 2, "periodStart", year() + "-01-01", "periodEnd", year() + "-12-31");
	}

	/** A task drawing every subject of the industry (so the draw seats some), committed and drawn. */
	static DrawnTask drawnTask(Api api, String industry) {
		String planName = "页面测试计划 " + UUID.randomUUID();
		long plan = plan(api, planName);
		String taskName = industry + "抽查（页面测试 " + UUID.randomUUID().toString().substring(0, 8) + "）";
		Api.Response created = api.post("/api/v1/inspection/plans/" + plan + "/tasks",
				task(taskName, matter(api, industry), industry, Map.of("A", 20, "B", 20, "C", 20, "D", 100)), DEPARTMENT);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long task = created.json().get("id").asLong();
		Api.Response committed = api.post("/api/v1/inspection/tasks/" + task + "/draws", Map.of(), DEPARTMENT);
		assertThat(committed.status()).as(committed.body()).isEqualTo(200);
		long draw = committed.json().get("id").asLong();
		Api.Response drawn = api.post("/api/v1/inspection/draws/" + draw + "/draw", Map.of(), DEPARTMENT);
		assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
		List<JsonNode> inspections = new ArrayList<>();
		api.get("/api/v1/inspection/tasks/" + task + "/inspections", DEPARTMENT).json().forEach(inspections::add);
		assertThat(inspections).as("the draw seated inspections").isNotEmpty();
		return new DrawnTask(plan, planName, task, taskName, draw, drawn.json(), inspections);
	}

	/** The user names of an inspection's seated inspectors, in seat order ({@code null} for one without an account). */
	static List<String> seated(JsonNode inspection) {
		List<String> names = new ArrayList<>();
		inspection.get("inspectors").forEach(s -> names.add(s.get("username").isNull() ? null : s.get("username").asString()));
		return names;
	}
}
