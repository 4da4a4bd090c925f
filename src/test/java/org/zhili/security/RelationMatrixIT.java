package org.zhili.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.TestImages;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches one record, by their unit's relation to it, kept as data in {@code authz/relations.csv}: the unit that
 * leads it (own), a community or grid under that unit (child), the district above it (parent), another street
 * (sibling), a unit asked to help (co-unit) and an unrelated department (none) — each reading and writing a case, a
 * petition, a dispute and a plan task. An answer that differs from its row fails the test, which prints the whole
 * table as found for review; a row for a relation nobody may reach never says 200.
 */
@ZhiliIntegrationTest
class RelationMatrixIT {

	static final String CHANGHONG = "120104001000";
	static final String CGW = "120104CGW";

	/** The account standing in each relation to records led by 长虹街道 (with 城管委 helping). */
	static final Map<String, String> RELATIONS = new LinkedHashMap<>();
	static {
		RELATIONS.put("own", "changhong");
		RELATIONS.put("child", "guangminglu");
		RELATIONS.put("parent", "leader");
		RELATIONS.put("sibling", "gulou");
		RELATIONS.put("co-unit", "chengguan");
		RELATIONS.put("none", "shichang");
	}

	/** Relations that reach nothing of the record. */
	static final List<String> UNRELATED = List.of("sibling", "none");

	@Autowired
	Api api;

	@Test
	void eachRelationReachesARecordExactlyAsItsRowSays() throws IOException {
		Map<String, String> ids = records();
		List<String[]> rows = rows();
		Map<String, Integer> found = new TreeMap<>();
		for (String[] row : rows) {
			String request = row[0];
			String relation = row[1];
			String user = RELATIONS.get(relation);
			assertThat(user).as("relation " + relation).isNotNull();
			found.put(request + "," + relation, call(request, ids, user));
		}
		Map<String, Integer> expected = new TreeMap<>();
		for (String[] row : rows) {
			int status = Integer.parseInt(row[2]);
			assertThat(UNRELATED.contains(row[1]) && status < 300).as("a row lets an unrelated unit reach: " + String.join(",", row))
				.isFalse();
			expected.put(row[0] + "," + row[1], status);
		}
		StringBuilder table = new StringBuilder();
		found.forEach((key, status) -> table.append(key).append(',').append(status).append('\n'));
		assertThat(found).as("answers by relation (as found):\n" + table).isEqualTo(expected);
	}

	/** One record of each kind, led by 长虹街道; the case and the plan task with 城管委 helping. */
	private Map<String, String> records() {
		String tag = UUID.randomUUID().toString();
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", CHANGHONG);
		long caseId = cases.register(Map.of("type", "COMPLAINT", "categoryCode", "C01", "description",
				"关系矩阵：光明路路灯不亮 " + tag, "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "王五", "phone", "13700006666"))).get("id").asLong();
		cases.step(caseId, "dispatch", Map.of("unitCode", CHANGHONG, "coUnits", List.of(CGW)), "dispatcher");
		Api.Response photo = api.upload("/api/v1/cases/" + caseId + "/attachments", "changhong", "p.png", "image/png",
				TestImages.png(8, 8));
		assertThat(photo.status()).as(photo.body()).isEqualTo(201);
		String photoPath = photo.header("Location").replaceFirst("^https?://[^/]+", "");

		Api.Response petition = api.post("/api/v1/petitions", Map.of("channel", "LETTER", "title", "关系矩阵信访" + tag,
				"content", "楼下餐馆油烟扰民，请求处理。", "petitionerName", "李四", "petitionerPhone", "13911116666",
				"streetCode", CHANGHONG), "xinfang");
		assertThat(petition.status()).as(petition.body()).isEqualTo(201);
		long petitionId = petition.json().get("id").asLong();
		api.post("/api/v1/petitions/" + petitionId + "/route", Map.of("kind", "CLAIM"), "xinfang");

		Api.Response dispute = api.post("/api/v1/disputes", Map.of("typeCode", "NEIGHBOUR", "title", "关系矩阵纠纷" + tag,
				"description", "楼道堆物影响通行。", "risk", "LOW", "address", "鞍山西道200号", "streetCode", CHANGHONG,
				"parties", List.of(Map.of("role", "APPLICANT", "name", "王小明", "phone", "13900006666"),
						Map.of("role", "RESPONDENT", "name", "李大力", "phone", "13700000000"))), "tiaojie2");
		assertThat(dispute.status()).as(dispute.body()).isEqualTo(201);

		Api.Response draft = api.post("/api/v1/plans/ingest", Map.of("text", "关系矩阵工作要点" + tag
				+ "\n一、市容环境\n1、背街里巷整治。提升10条背街里巷道路环境。\n"), "supervisor");
		assertThat(draft.status()).as(draft.body()).isBetween(200, 201);
		Api.Response plan = api.post("/api/v1/plans/drafts/" + draft.json().get("id").asLong() + "/publish", Map.of(
				"title", "关系矩阵工作要点" + tag, "year", 2026,
				"sections", List.of(Map.of("key", "1", "number", "一", "title", "市容环境", "level", 1)),
				"tasks", List.of(Map.of("key", "t1", "section", "1", "number", "1", "title", "背街里巷整治",
						"text", "提升10条背街里巷道路环境", "leadUnit", CHANGHONG, "coUnits", List.of(CGW),
						"deadline", "2026-12-31", "weight", 1))), "supervisor");
		assertThat(plan.status()).as(plan.body()).isEqualTo(201);
		long task = api.get("/api/v1/plans/" + plan.json().get("id").asLong(), "supervisor").json().get("sections").get(0)
			.get("tasks").get(0).get("id").asLong();

		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("{task}", Long.toString(task));
		ids.put("{case}", Long.toString(caseId));
		ids.put("{photo}", photoPath.substring(photoPath.lastIndexOf('/') + 1));
		ids.put("{petition}", Long.toString(petitionId));
		ids.put("{dispute}", dispute.json().get("id").asString());
		return ids;
	}

	private int call(String request, Map<String, String> ids, String user) {
		String method = request.substring(0, request.indexOf(' '));
		String path = request.substring(request.indexOf(' ') + 1);
		for (Map.Entry<String, String> id : ids.entrySet()) {
			path = path.replace(id.getKey(), id.getValue());
		}
		return switch (method) {
			case "GET" -> api.get(path, user).status();
			case "NOTE" -> api.post(path, Map.of("note", "关系矩阵：已联系诉求人"), user).status();
			case "REPORT" -> api.post(path, Map.of("percent", 20, "text", "关系矩阵：已完成2条"), user).status();
			case "UPLOAD" -> api.upload(path, user, "p.png", "image/png", TestImages.png(8, 8)).status();
			default -> throw new IllegalArgumentException("no method " + method);
		};
	}

	/** request (method and path, ids in braces), relation, status. */
	private static List<String[]> rows() throws IOException {
		List<String[]> rows = new ArrayList<>();
		String csv = new ClassPathResource("authz/relations.csv").getContentAsString(StandardCharsets.UTF_8);
		for (String line : csv.split("\n")) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("request,")) {
				continue;
			}
			rows.add(line.trim().split(","));
		}
		return rows;
	}
}
