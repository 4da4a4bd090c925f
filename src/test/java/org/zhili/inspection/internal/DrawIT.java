package org.zhili.inspection.internal;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department plans a task, commits a draw and draws: the commitment is public before the seed, the seed then
 * hashes to it, the public verification re-runs the algorithm and says it matches — and says it does not, naming
 * the difference, when a stored outcome was changed. A redraw needs a reason, which is public with the record.
 */
@ZhiliIntegrationTest
class DrawIT {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTaskIsCheckedCommittedDrawnVerifiedAndRedrawnWithAReason() throws Exception {
		long plan = plan();
		List<JsonNode> matters = InspectionFixtures.matters(api, "120104SCJ");
		long general = matters.stream().filter(m -> !m.get("keyMatter").asBoolean()).findFirst().orElseThrow().get("id").asLong();
		long other = InspectionFixtures.matters(api, "120104YJJ").get(0).get("id").asLong();

		Api.Response lonely = api.post("/api/v1/inspection/plans/" + plan + "/tasks",
				task(List.of(general), Map.of(), 1), "shichang");
		assertThat(lonely.status()).isEqualTo(400);
		assertThat(lonely.body()).contains("too_few_inspectors");
		Api.Response tooMany = api.post("/api/v1/inspection/plans/" + plan + "/tasks",
				task(List.of(general), Map.of("A", 50), 2), "shichang");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body()).contains("general_ratio_too_high");
		Api.Response foreign = api.post("/api/v1/inspection/plans/" + plan + "/tasks", task(List.of(other), Map.of(), 2),
				"shichang");
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.body()).contains("matter_of_other_department");
		assertThat(api.post("/api/v1/inspection/plans/" + plan + "/tasks", task(List.of(general), Map.of(), 2), "gulou")
			.status()).isEqualTo(403);

		Api.Response created = api.post("/api/v1/inspection/plans/" + plan + "/tasks",
				task(List.of(general), Map.of("A", 3, "B", 5, "C", 10, "D", 100), 2), "shichang");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long task = created.json().get("id").asLong();

		Api.Response committed = api.post("/api/v1/inspection/tasks/" + task + "/draws", Map.of(), "shichang");
		assertThat(committed.status()).as(committed.body()).isEqualTo(200);
		long draw = committed.json().get("id").asLong();
		String commitment = committed.json().get("commitment").asString();
		assertThat(commitment).hasSize(64);
		assertThat(committed.json().get("seed").isNull()).isTrue();
		assertThat(api.post("/api/v1/inspection/tasks/" + task + "/draws", Map.of(), "shichang").body()).contains("already_committed");

		// Before the draw everyone sees the commitment, nobody the seed, and there is nothing to verify yet.
		JsonNode listed = publicGet("/api/v1/public/inspection/draws").json();
		JsonNode before = find(listed, draw);
		assertThat(before.get("commitment").asString()).isEqualTo(commitment);
		assertThat(before.get("seed").isNull()).isTrue();
		assertThat(publicGet("/api/v1/public/inspection/draws/" + draw + "/verify").status()).isEqualTo(409);

		Api.Response drawn = api.post("/api/v1/inspection/draws/" + draw + "/draw", Map.of(), "shichang");
		assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
		String seed = drawn.json().get("seed").asString();
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(HexFormat.of().parseHex(seed))))
			.isEqualTo(commitment);
		JsonNode classD = drawn.json().get("classes").get("D");
		assertThat(classD.get("drawn").asInt()).isEqualTo(classD.get("population").asInt());
		assertThat(drawn.json().get("picks").size()).isPositive();
		for (JsonNode pick : drawn.json().get("picks")) {
			assertThat(pick.get("inspectors").size()).isGreaterThanOrEqualTo(2);
		}
		int seated = api.get("/api/v1/inspection/tasks/" + task + "/inspections", "shichang").json().size();
		assertThat(seated).isEqualTo(drawn.json().get("picks").size() - drawn.json().get("unstaffed").size());

		JsonNode verified = publicGet("/api/v1/public/inspection/draws/" + draw + "/verify").json();
		assertThat(verified.get("matches").asBoolean()).isTrue();
		assertThat(verified.get("differences")).isEmpty();
		assertThat(publicGet("/api/v1/public/inspection/draws/" + draw + "/record").body()).contains(seed);

		// A stored outcome changed behind the record's back no longer verifies, and the answer names the difference.
		String outcome = jdbc.sql("select outcome from inspection.draw where id = :id").param("id", draw).query(String.class).single();
		String changed = outcome.replaceFirst("\"weight\":(\\d+)", "\"weight\":999");
		jdbc.sql("update inspection.draw set outcome = :o where id = :id").param("o", changed).param("id", draw).update();
		try {
			JsonNode tampered = publicGet("/api/v1/public/inspection/draws/" + draw + "/verify").json();
			assertThat(tampered.get("matches").asBoolean()).isFalse();
			assertThat(tampered.get("differences").size()).isPositive();
		}
		finally {
			jdbc.sql("update inspection.draw set outcome = :o where id = :id").param("o", outcome).param("id", draw).update();
		}

		Api.Response noReason = api.post("/api/v1/inspection/draws/" + draw + "/redraw", Map.of("reason", " "), "shichang");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("reason_required");
		Api.Response redrawn = api.post("/api/v1/inspection/draws/" + draw + "/redraw",
				Map.of("reason", "两名执法人员因公借调，需重新派定"), "shichang");
		assertThat(redrawn.status()).as(redrawn.body()).isEqualTo(200);
		assertThat(redrawn.json().get("redrawOf").asLong()).isEqualTo(draw);
		assertThat(redrawn.json().get("state").asString()).isEqualTo("COMMITTED");
		JsonNode old = find(publicGet("/api/v1/public/inspection/draws").json(), draw);
		assertThat(old.get("state").asString()).isEqualTo("SUPERSEDED");
		JsonNode fresh = find(publicGet("/api/v1/public/inspection/draws").json(), redrawn.json().get("id").asLong());
		assertThat(fresh.get("redrawReason").asString()).isEqualTo("两名执法人员因公借调，需重新派定");
		assertThat(api.get("/api/v1/inspection/tasks/" + task + "/inspections", "shichang").json()).isEmpty();
	}

	private long plan() {
		Api.Response r = api.post("/api/v1/inspection/plans",
				Map.of("year", LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(), "name", "抽查测试计划 " + UUID.randomUUID()),
				"shichang");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	static Map<String, Object> task(List<Long> matters, Map<String, Integer> ratios, int inspectors) {
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		return Map.of("name", "餐饮服务抽查（测试）", "matterIds", matters, "industries", List.of("餐饮"), "ratios", ratios,
				"inspectorsPerSubject", inspectors, "periodStart", year + "-01-01", "periodEnd", year + "-12-31");
	}

	private Api.Response publicGet(String path) {
		return api.send("GET", path, null, null);
	}

	private static JsonNode find(JsonNode list, long id) {
		for (JsonNode n : list) {
			if (n.get("id").asLong() == id) {
				return n;
			}
		}
		throw new AssertionError("draw " + id + " is not in the public list");
	}
}
