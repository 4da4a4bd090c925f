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
		return today().getYear();
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
		return drawn(api, plan, planName, taskName,
				task(taskName, matter(api, industry), industry, Map.of("A", 20, "B", 20, "C", 20, "D", 100)));
	}

	private static DrawnTask drawn(Api api, long plan, String planName, String taskName, Map<String, Object> body) {
		Api.Response created = api.post("/api/v1/inspection/plans/" + plan + "/tasks", body, DEPARTMENT);
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

	/**
	 * A task drawing one subject registered for it (class D, drawn at 100 %) and seating every licensed inspector of
	 * the department on it, so that the demo's two inspectors with accounts, {@code inspector} and {@code inspector2},
	 * are both seated on the one inspection it draws.
	 */
	static DrawnTask pairedTask(Api api) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String industry = "页面测试" + tag;
		String name = "页面测试餐馆" + tag;
		Api.Response subject = api.post("/api/v1/inspection/subjects", Map.of("creditCode", creditCode(), "name", name,
				"kind", "ENTERPRISE", "address", "南开区长虹街道测试路" + tag.substring(0, 3) + "号", "industry", industry,
				"scale", "MICRO", "tags", List.of(), "creditClass", "D"), DEPARTMENT);
		assertThat(subject.status()).as(subject.body()).isEqualTo(201);
		int licensed = 0;
		for (JsonNode i : api.get("/api/v1/inspection/inspectors?department=" + SCJ, DEPARTMENT).json()) {
			if (i.get("active").asBoolean() && !LocalDate.parse(i.get("licenceExpires").asString()).isBefore(today())) {
				licensed++;
			}
		}
		String planName = "页面测试计划 " + UUID.randomUUID();
		long plan = plan(api, planName);
		String taskName = "全员检查（页面测试 " + tag + "）";
		Map<String, Object> task = new java.util.HashMap<>(task(taskName, matter(api, "餐饮"), industry,
				Map.of("A", 0, "B", 0, "C", 0, "D", 100)));
		task.put("inspectorsPerSubject", licensed);
		return drawn(api, plan, planName, taskName, task);
	}

	/** A valid 统一社会信用代码 of an enterprise registered in the district, never seen before (GB 32100-2015). */
	static String creditCode() {
		java.util.Random random = new java.util.Random();
		StringBuilder organisation = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			organisation.append((char) ('0' + random.nextInt(10)));
		}
		int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (organisation.charAt(i) - '0') * weights[i];
		}
		int check = 11 - sum % 11;
		organisation.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
		String first17 = "91120104" + organisation;
		return first17 + org.zhili.cases.CreditCode.checkCharacter(first17);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	/** The user names of an inspection's seated inspectors, in seat order ({@code null} for one without an account). */
	static List<String> seated(JsonNode inspection) {
		List<String> names = new ArrayList<>();
		inspection.get("inspectors").forEach(s -> names.add(s.get("username").isNull() ? null : s.get("username").asString()));
		return names;
	}
}
