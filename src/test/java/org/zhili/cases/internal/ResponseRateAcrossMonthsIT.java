package org.zhili.cases.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 响应率 across a month's end, as a street sees it: a case dispatched late on 31 May and accepted (in time) on
 * the morning of 1 June counts for May, whose dispatch it answers; June, with one dispatch of its own accepted
 * at once, shows 100 %, not 200 %. A database counted the earlier way is recounted by the migration. May to
 * September 2022 are months no other test touches.
 */
@ZhiliIntegrationTest
class ResponseRateAcrossMonthsIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	/** Runs a migration script as Flyway does: plain statements (its jsonb {@code ?} is no parameter). */
	@Autowired
	JdbcTemplate migration;

	/** Tokens issued at the moved clock (the shared ones were issued at the real time, years away). */
	private final Map<String, String> tokens = new HashMap<>();

	@Test
	void anAcceptanceAfterMidnightAtTheMonthsEndCountsForTheMonthOfItsDispatch() {
		clock.setTo(Instant.parse("2022-05-31T14:00:00Z")); // Tuesday 31 May, 22:00 Beijing time
		long late = registered("五月最后一晚派单");
		step(late, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		clock.setTo(Instant.parse("2022-06-01T01:30:00Z")); // Wednesday 1 June, 09:30: within one working day
		tokens.clear();
		step(late, "accept", Map.of(), "changhong");
		long june = registered("六月一日派单");
		step(june, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		step(june, "accept", Map.of(), "changhong");
		clock.reset();

		JsonNode may = changhong("from=2022-05-01&to=2022-05-31");
		assertThat(may.get("counts").get("dispatched").asLong()).isEqualTo(1);
		assertThat(may.get("counts").get("acceptedOnTime").asLong()).as("May's dispatch was answered in time").isEqualTo(1);
		assertThat(rate(may, "response")).isEqualByComparingTo("100.00");
		assertThat(listed(may.get("cases").get("acceptedOnTime").asString())).containsExactly(late);

		JsonNode juneRow = changhong("from=2022-06-01&to=2022-06-30");
		assertThat(juneRow.get("counts").get("dispatched").asLong()).isEqualTo(1);
		assertThat(juneRow.get("counts").get("acceptedOnTime").asLong()).isEqualTo(1);
		assertThat(rate(juneRow, "response")).isEqualByComparingTo("100.00");
		assertThat(listed(juneRow.get("cases").get("acceptedOnTime").asString())).containsExactly(june);

		JsonNode days = ok(api.get("/api/v1/stats/series?granularity=day&from=2022-05-31&to=2022-06-01", "dispatcher"));
		for (JsonNode point : days.get("points")) {
			for (JsonNode row : point.get("rows")) {
				if (CHANGHONG.equals(row.get("unit").get("code").asString())) {
					assertThat(rate(row, "response")).as(point.get("period").toString()).isEqualByComparingTo("100.00");
				}
			}
		}
	}

	@Test
	void theMigrationRecountsAcceptancesOfAnOlderDatabaseOnTheirDispatchDay() throws IOException {
		clock.setTo(Instant.parse("2022-08-31T14:00:00Z")); // Wednesday 31 August, 22:00 Beijing time
		long late = registered("八月最后一晚派单");
		step(late, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		clock.setTo(Instant.parse("2022-09-01T01:30:00Z"));
		tokens.clear();
		step(late, "accept", Map.of(), "changhong");
		clock.reset();
		// Listeners still at work on earlier tests' cases (routing auto-dispatches on its own thread) count too.
		org.awaitility.Awaitility.await("listeners done").atMost(java.time.Duration.ofSeconds(60))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class).single() == 0);
		List<Map<String, Object>> counted = counters();

		// The database as the earlier version left it: the acceptance without its dispatch time, counted on 1 September.
		jdbc.sql("update cases.case_event set detail = detail - 'dispatchedAt' where case_id = :id and action = 'ACCEPT'")
			.param("id", late)
			.update();
		jdbc.sql("""
				update cases.unit_day_stats set accepted = accepted - 1, accepted_on_time = accepted_on_time - 1
				where unit_code = :unit and day = date '2022-08-31'""").param("unit", CHANGHONG).update();
		jdbc.sql("""
				insert into cases.unit_day_stats (unit_code, day, accepted, accepted_on_time)
				values (:unit, date '2022-09-01', 1, 1)""").param("unit", CHANGHONG).update();
		assertThat(rate(changhong("from=2022-08-01&to=2022-08-31"), "response")).as("the old figure").isEqualByComparingTo("0");
		assertThat(rate(changhong("from=2022-09-01&to=2022-09-30"), "response")).as("the old figure: no dispatch").isNull();

		migration.execute(new ClassPathResource("db/migration/V12_1__rates_count_by_cohort.sql")
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(counters()).as("the counters recounted from the timeline, the same as counted live").isEqualTo(counted);
		assertThat(rate(changhong("from=2022-08-01&to=2022-08-31"), "response")).isEqualByComparingTo("100.00");
	}

	/**
	 * Every counter of the days before today: today's may still move under the test's feet, from timers and listeners
	 * of the shared application at work on other tests' cases, between the two readings.
	 */
	private List<Map<String, Object>> counters() {
		return jdbc.sql("select * from cases.unit_day_stats where day < :today order by unit_code, day")
			.param("today", java.time.LocalDate.now(org.zhili.platform.ChinaTime.ZONE))
			.query()
			.listOfRows();
	}

	private JsonNode changhong(String period) {
		for (JsonNode row : ok(api.get("/api/v1/stats/three-rates?level=STREET&" + period, "dispatcher")).get("rows")) {
			if (CHANGHONG.equals(row.get("unit").get("code").asString())) {
				return row;
			}
		}
		throw new AssertionError("no row for 长虹街道 in " + period);
	}

	private static BigDecimal rate(JsonNode row, String name) {
		JsonNode rate = row.get("rates").get(name);
		return rate.isNull() ? null : rate.decimalValue();
	}

	/** The ids of the cases a figure's case list holds. */
	private List<Long> listed(String pageLink) {
		JsonNode page = ok(api.get("/api/v1/cases?" + pageLink.substring("/cases?".length()) + "&size=50", "dispatcher"));
		return page.get("items").valueStream().map(i -> i.get("id").asLong()).toList();
	}

	private long registered(String title) {
		Api.Response r = api.send("POST", "/api/v1/cases", Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "响应率跨月测试：" + title + "，路灯不亮", "location",
				Map.of("lng", CaseLifecycleIT.LNG, "lat", CaseLifecycleIT.LAT),
				"requester", Map.of("name", "测试", "phone", "13900000000")), token("operator"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	private void step(long id, String action, Map<String, Object> input, String who) {
		Api.Response r = api.send("POST", "/api/v1/cases/" + id + "/actions/" + action, input, token(who));
		assertThat(r.status()).as(action + " by " + who + ": " + r.body()).isEqualTo(200);
	}

	private String token(String username) {
		return tokens.computeIfAbsent(username, u -> {
			Api.Response r = api.send("POST", "/api/v1/auth/token",
					Map.of("username", u, "password", Api.DEMO_PASSWORD, "totp", ""), null);
			assertThat(r.status()).as(r.body()).isEqualTo(200);
			return r.json().get("accessToken").asString();
		});
	}

	private static JsonNode ok(Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}
}
