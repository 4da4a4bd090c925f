package org.zhili.calendar.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.calendar.CalendarChanged;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.calendar.internal.CalendarApiIT.day;
import static org.zhili.calendar.internal.CalendarApiIT.ok;

/**
 * The system administrator adds and corrects years. Every test leaves the calendar as it found it (2028
 * unpublished, 2026 as shipped), so the other integration tests are unaffected.
 */
@ZhiliIntegrationTest
class CalendarAdministrationIT {

	/** A made-up 2028 (the real notice will be published in late 2027). */
	static final Map<String, Object> YEAR_2028 = Map.of("year", 2028, "papers", List.of("https://www.gov.cn/test"),
			"days", List.of(day("元旦", "2028-01-01", true), day("元旦", "2028-01-02", true), day("元旦", "2028-01-03", true),
					day("春节", "2028-01-22", false), day("春节", "2028-01-25", true), day("春节", "2028-01-26", true),
					day("春节", "2028-01-27", true), day("春节", "2028-01-28", true), day("春节", "2028-01-29", true),
					day("春节", "2028-01-30", true), day("春节", "2028-01-31", true), day("春节", "2028-02-05", false)));
	static final List<String> CHANGED_2028 = List.of("2028-01-03", "2028-01-22", "2028-01-25", "2028-01-26",
			"2028-01-27", "2028-01-28", "2028-01-31", "2028-02-05");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	CalendarChangedRecorder changes;

	@Autowired
	Api api;


	@Test
	void addingAYearChangesTheArithmeticIsAuditedAndAnnounced() {
		assertThat(addOne("2028-01-21")).isEqualTo("2028-01-24 unpublished");
		try {
			JsonNode saved = ok(api.put("/api/v1/calendar/years/2028", YEAR_2028, "sysadmin"));

			assertThat(saved.get("year").get("published").asBoolean()).isTrue();
			assertThat(saved.get("year").get("source").asString()).isEqualTo("ADMIN");
			assertThat(saved.get("year").get("updatedBy").asString()).isEqualTo("sysadmin");
			assertThat(texts(saved.get("changedDays"))).isEqualTo(CHANGED_2028);
			assertThat(addOne("2028-01-21")).isEqualTo("2028-01-22 published"); // the Saturday worked
			assertThat(addOne("2028-01-24")).isEqualTo("2028-02-01 published"); // over 春节
			assertThat(calendar.isPublished(2028)).isTrue(); // the Java API other modules use, too
			assertThat(latestAudit("calendar.year.updated")).isEqualTo("sysadmin SUCCESS calendar:2028");
			List<CalendarChanged> announced = changes.forYear(2028);
			assertThat(announced).isNotEmpty();
			assertThat(announced.get(announced.size() - 1).changedDays()).map(Object::toString).isEqualTo(CHANGED_2028);
			assertThat(years()).contains(2028);
		}
		finally {
			JsonNode withdrawn = ok(api.delete("/api/v1/calendar/years/2028", "sysadmin"));
			assertThat(withdrawn.get("year").get("published").asBoolean()).isFalse();
			assertThat(texts(withdrawn.get("changedDays"))).isEqualTo(CHANGED_2028);
		}
		assertThat(addOne("2028-01-21")).isEqualTo("2028-01-24 unpublished");
		assertThat(latestAudit("calendar.year.withdrawn")).isEqualTo("sysadmin SUCCESS calendar:2028");
		assertThat(years()).doesNotContain(2028);
	}

	@Test
	void correctingAShippedYearAndWithdrawingTheCorrectionRestoresTheNotice() {
		JsonNode shipped = ok(api.get("/api/v1/calendar/years/2026", "sysadmin"));
		List<Object> days = new ArrayList<>();
		shipped.get("days").forEach(d -> days.add(day(d.get("name").asString(), d.get("date").asString(),
				d.get("isOffDay").asBoolean())));
		days.add(day("测试补休", "2026-03-02", true));
		Map<String, Object> corrected = new LinkedHashMap<>();
		corrected.put("$schema", "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json");
		corrected.put("year", 2026);
		corrected.put("papers", List.of());
		corrected.put("days", days);
		try {
			JsonNode saved = ok(api.put("/api/v1/calendar/years/2026", corrected, "sysadmin"));

			assertThat(texts(saved.get("changedDays"))).containsExactly("2026-03-02");
			assertThat(saved.get("year").get("source").asString()).isEqualTo("ADMIN");
			assertThat(addOne("2026-02-28")).isEqualTo("2026-03-03 published");
		}
		finally {
			JsonNode restored = ok(api.delete("/api/v1/calendar/years/2026", "sysadmin"));
			assertThat(restored.get("year").get("source").asString()).isEqualTo("BUNDLED");
			assertThat(texts(restored.get("changedDays"))).containsExactly("2026-03-02");
		}
		assertThat(addOne("2026-02-28")).isEqualTo("2026-03-02 published");
	}

	@Test
	void onlyAdministratorsMayChangeTheCalendar() {
		Api.Response put = api.put("/api/v1/calendar/years/2028", YEAR_2028, "operator");
		Api.Response delete = api.delete("/api/v1/calendar/years/2026", "dispatcher");

		assertThat(put.status()).isEqualTo(403);
		assertThat(put.json().get("code").asString()).isEqualTo("forbidden");
		assertThat(delete.status()).isEqualTo(403);
		assertThat(calendar.isPublished(2028)).isFalse();
		assertThat(ok(api.get("/api/v1/calendar/years/2026", "operator")).get("source").asString()).isEqualTo("BUNDLED");
	}

	@ParameterizedTest(name = "{0}: {1} → {2}")
	@CsvSource(delimiter = '|', value = {
			"2028 | {\"year\":2028,\"days\":[{\"name\":\"春节\",\"date\":\"2028-01-26\",\"isOffDay\":false}]} | days[0].isOffDay",
			"2028 | {\"year\":2029,\"days\":[{\"name\":\"元旦\",\"date\":\"2029-01-01\",\"isOffDay\":true}]} | year",
			"2028 | {\"year\":\"abc\",\"days\":[]} | year",
			"2028 | {\"year\":2028,\"days\":[{\"name\":\"元旦\",\"date\":\"2028-01-01\",\"isOffDay\":\"perhaps\"}]} | days[0].isOffDay",
			"2028 | {\"year\":2028,\"days\":[{\"name\":\"元旦\",\"date\":\"01/01/2028\",\"isOffDay\":true}]} | days[0].date",
			"2028 | {\"year\":2028,\"days\":[{\"name\":\"元旦\",\"date\":\"2029-01-01\",\"isOffDay\":true}]} | days[0].date",
			"2028 | {\"year\":2028,\"days\":[{\"name\":\"元旦\",\"date\":\"2028-01-01\",\"isOffDay\":true},{\"name\":\"元旦\",\"date\":\"2028-01-01\",\"isOffDay\":true}]} | days[1].date",
			"2028 | {\"year\":2028,\"days\":[{\"name\":\"元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦元旦\",\"date\":\"2028-01-01\",\"isOffDay\":true}]} | days[0].name",
			"2028 | {\"year\":2028,\"days\":[{\"date\":\"2028-01-01\",\"isOffDay\":true}]} | days[0].name",
			"2028 | {\"year\":2028,\"days\":[]} | days",
			"2028 | {\"year\":2028} | days",
			"2028 | {\"year\":2028,\"papers\":[\"javascript:alert(1)\"],\"days\":[{\"name\":\"元旦\",\"date\":\"2028-01-01\",\"isOffDay\":true}]} | papers[0]",
			"1999 | {\"year\":1999,\"days\":[{\"name\":\"元旦\",\"date\":\"1999-01-01\",\"isOffDay\":true}]} | year" })
	void aFaultyYearIsRefusedWholeNamingTheField(int year, String body, String field) {
		Api.Response r = api.put("/api/v1/calendar/years/" + year, body, "sysadmin");

		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(texts(r.json().get("errors"), "field")).contains(field);
		assertThat(calendar.isPublished(2028)).isFalse();
	}

	@Test
	void tooManyDaysOrNoBodyAreRefused() {
		List<Object> days = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			days.add(day("假日", java.time.LocalDate.of(2028, 3, 1).plusDays(i).toString(), true));
		}
		Api.Response tooMany = api.put("/api/v1/calendar/years/2028", Map.of("year", 2028, "days", days), "sysadmin");
		Api.Response none = api.send("PUT", "/api/v1/calendar/years/2028", null, api.token("sysadmin"));
		Api.Response broken = api.put("/api/v1/calendar/years/2028", "{\"year\": 2028, \"days\": [", "sysadmin");

		assertThat(texts(tooMany.json().get("errors"), "field")).containsExactly("days");
		assertThat(none.status()).isEqualTo(400);
		assertThat(texts(none.json().get("errors"), "field")).containsExactly("body");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.json().get("code").asString()).isIn("malformed_body", "invalid_input");
		assertThat(calendar.isPublished(2028)).isFalse();
		assertThat(latestAudit("calendar.year.updated")).endsWith("FAILURE calendar:2028");
	}

	@Test
	void withdrawingAYearNobodyEnteredIsA404() {
		Api.Response r = api.delete("/api/v1/calendar/years/2031", "sysadmin");

		assertThat(r.status()).isEqualTo(404);
		assertThat(r.json().get("code").asString()).isEqualTo("holiday_year_not_found");
	}

	private String addOne(String from) {
		JsonNode r = ok(api.get("/api/v1/calendar/working-days/add?from=" + from + "&days=1", "operator"));
		return r.get("result").asString() + (r.get("published").asBoolean() ? " published" : " unpublished");
	}

	private List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		ok(api.get("/api/v1/calendar/years", "operator")).forEach(y -> years.add(y.get("year").asInt()));
		return years;
	}

	private String latestAudit(String action) {
		return jdbc.sql("""
				select actor || ' ' || outcome || ' ' || target from identity.audit_event
				where action = :action order by id desc limit 1""")
			.param("action", action)
			.query(String.class)
			.single();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(n -> texts.add(n.asString()));
		return texts;
	}

	private static List<String> texts(JsonNode array, String property) {
		List<String> texts = new ArrayList<>();
		array.forEach(n -> texts.add(n.get(property).asString()));
		return texts;
	}
}
