package org.zhili.cases.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.cases.internal.stats.UnitStats;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole loop through the API, as the done-when describes it. */
@ZhiliIntegrationTest
public class CaseLifecycleIT {

	/** A point inside 长虹街道's 光明路社区 (generated demo geometry). */
	public static final double LNG = 117.1496;
	public static final double LAT = 39.1392;

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitStats stats;

	@Test
	void fromIntakeToClosedThroughTheWholeLoop() {
		JsonNode before = changhongToday();
		Api.Response created = api.post("/api/v1/cases", Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "光明路小区门口路灯不亮已一周，夜间出行不便", "address", "长虹街道光明路",
				"location", Map.of("lng", LNG, "lat", LAT),
				"requester", Map.of("name", "王小明", "phone", "13912345678")), "operator");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode kase = created.json();
		long id = kase.get("id").asLong();
		assertThat(kase.get("trackingNumber").asString()).matches("NK\\d{4}\\d{7}");
		assertThat(kase.get("territory").get("street").get("code").asString()).isEqualTo("120104001000");
		assertThat(kase.get("requester").get("phone").asString()).isEqualTo("139****5678");
		assertThat(kase.get("state").get("code").asString()).isEqualTo("REGISTERED");

		step(id, "dispatch", Map.of("unitCode", "120104001000"), "dispatcher", "DISPATCHED");
		step(id, "accept", Map.of(), "changhong", "HANDLING");
		step(id, "whistle", Map.of("departments", List.of("120104CGW"), "note", "请城管委到场处置"), "changhong", "HANDLING");
		step(id, "report", Map.of("note", "已派人更换灯具"), "chengguan", "HANDLING");
		step(id, "reply", Map.of("result", "SOLVED", "note", "路灯已修复，恢复照明"), "changhong", "REPLIED");
		step(id, "review", Map.of("approved", true), "dispatcher", "CALLBACK");
		step(id, "callback", Map.of("reached", true, "solved", true, "satisfaction", "SATISFIED"), "operator", "RATED");
		JsonNode closed = step(id, "close", Map.of(), "dispatcher", "CLOSED");

		List<String> actions = closed.get("timeline").valueStream().map(e -> e.get("action").asString()).toList();
		assertThat(actions).containsExactly("register", "dispatch", "accept", "whistle", "report", "reply", "review",
				"callback", "close");
		JsonNode after = changhongToday();
		for (String count : List.of("dispatched", "accepted", "acceptedOnTime", "replied", "rated", "solved", "satisfied",
				"closed")) {
			assertThat(after.get(count).asLong() - before.get(count).asLong())
				.as("长虹街道's %s today in the three-rates", count).isEqualTo(1);
		}

		List<Map<String, Object>> live = counters();
		stats.rebuild(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2100, 1, 1));
		assertThat(counters()).as("counters rebuilt from the timeline equal the live ones").isEqualTo(live);
	}

	/** 长虹街道's counts of today, as {@code GET /api/v1/stats/three-rates} reports them. */
	private JsonNode changhongToday() {
		Api.Response report = api.get("/api/v1/stats/three-rates?level=STREET&period=day", "dispatcher");
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		for (JsonNode row : report.json().get("rows")) {
			if (row.get("unit").get("code").asString().equals("120104001000")) {
				return row.get("counts");
			}
		}
		throw new AssertionError("no row for 长虹街道 in " + report.body());
	}

	private List<Map<String, Object>> counters() {
		return jdbc.sql("select * from cases.unit_day_stats order by unit_code, day").query().listOfRows();
	}

	private JsonNode step(long id, String action, Map<String, Object> input, String who, String expectedState) {
		Api.Response r = api.post("/api/v1/cases/" + id + "/actions/" + action, input, who);
		assertThat(r.status()).as(action + " by " + who + ": " + r.body()).isEqualTo(200);
		assertThat(r.json().get("state").get("code").asString()).as(action).isEqualTo(expectedState);
		return r.json();
	}
}
