package org.zhili.calendar.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every calendar endpoint over HTTP, as a hotline operator and as the system administrator. */
@ZhiliIntegrationTest
class CalendarApiIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;


	@Test
	void listsTheYearsWithAPublishedArrangement() {
		Api.Response years = api.get("/api/v1/calendar/years", "operator");

		assertThat(years.status()).isEqualTo(200);
		List<Integer> listed = new ArrayList<>();
		years.json().forEach(y -> listed.add(y.get("year").asInt()));
		assertThat(listed).contains(2007, 2020, 2026).doesNotContain(2027);
		JsonNode y2026 = null;
		for (JsonNode y : years.json()) {
			y2026 = y.get("year").asInt() == 2026 ? y : y2026;
		}
		assertThat(y2026.get("source").asString()).isEqualTo("BUNDLED");
		assertThat(y2026.get("namedDays").asInt()).isEqualTo(39);
		assertThat(y2026.get("workingDays").asInt()).isEqualTo(248);
		assertThat(y2026.has("days")).isFalse();
	}

	@Test
	void showsAYearsSpecialDaysAndWhetherItIsPublished() {
		JsonNode y2026 = ok(api.get("/api/v1/calendar/years/2026", "operator"));
		JsonNode y2027 = ok(api.get("/api/v1/calendar/years/2027", "operator"));

		assertThat(y2026.get("published").asBoolean()).isTrue();
		assertThat(y2026.get("papers").get(0).asString()).startsWith("https://www.gov.cn/");
		assertThat(y2026.get("workingDays").asInt()).isEqualTo(248);
		JsonNode saturday = find(y2026.get("days"), "2026-02-14");
		assertThat(saturday.get("name").asString()).isEqualTo("春节");
		assertThat(saturday.get("isOffDay").asBoolean()).isFalse();
		assertThat(saturday.get("kind").asString()).isEqualTo("ADJUSTED_WORKING_DAY");
		assertThat(y2027.get("published").asBoolean()).isFalse();
		assertThat(y2027.get("days")).isEmpty();
		assertThat(y2027.get("workingDays").asInt()).isEqualTo(261); // Monday–Friday of 2027
	}

	@Test
	void tellsADaysStatus() {
		JsonNode saturday = ok(api.get("/api/v1/calendar/days/2026-02-14", "changhong"));
		JsonNode unpublished = ok(api.get("/api/v1/calendar/days/2027-10-01", "changhong"));

		assertThat(saturday.get("kind").asString()).isEqualTo("ADJUSTED_WORKING_DAY");
		assertThat(saturday.get("workingDay").asBoolean()).isTrue();
		assertThat(saturday.get("holidayName").asString()).isEqualTo("春节");
		assertThat(unpublished.get("kind").asString()).isEqualTo("WORKDAY");
		assertThat(unpublished.get("published").asBoolean()).isFalse();
	}

	@ParameterizedTest(name = "{0} + {1} = {2}")
	@CsvSource({ "2026-02-13, 1, 2026-02-14, true", "2026-02-14, 1, 2026-02-24, true",
			"2026-09-30, 1, 2026-10-08, true", "2026-10-08, -1, 2026-09-30, true",
			// 2027 is not published: 元旦 is counted as a working day, and the answer says it is a guess
			"2026-12-31, 1, 2027-01-01, false" })
	void addsWorkingDays(String from, int days, String result, boolean published) {
		JsonNode answer = ok(api.get("/api/v1/calendar/working-days/add?from=" + from + "&days=" + days, "operator"));

		assertThat(answer.get("result").asString()).isEqualTo(result);
		assertThat(answer.get("published").asBoolean()).isEqualTo(published);
	}

	@Test
	void countsWorkingDaysBetween() {
		JsonNode answer = ok(api.get("/api/v1/calendar/working-days/between?from=2026-02-13&to=2026-02-24", "operator"));

		assertThat(answer.get("workingDays").asInt()).isEqualTo(2);
	}

	@Test
	void addsAndMeasuresWorkingHours() {
		JsonNode local = ok(api.get("/api/v1/calendar/working-hours/add?from=2026-03-06T16:00&hours=3", "operator"));
		JsonNode utc = ok(api.get("/api/v1/calendar/working-hours/add?from=2026-03-06T08:00Z&hours=2&minutes=60",
				"operator"));
		JsonNode between = ok(api.get(
				"/api/v1/calendar/working-hours/between?from=2026-03-06T16:00&to=2026-03-09T10:30%2B08:00", "operator"));

		assertThat(local.get("result").asString()).isEqualTo("2026-03-09T10:30:00+08:00");
		assertThat(utc.get("result").asString()).isEqualTo("2026-03-09T10:30:00+08:00");
		assertThat(between.get("workingMinutes").asLong()).isEqualTo(180);
		assertThat(between.get("workingHours").asDouble()).isEqualTo(3.0);
	}

	@Test
	void computesDeadlinesAndTheirElapsedFraction() {
		JsonNode oneDay = ok(api.get("/api/v1/calendar/deadline?from=2026-09-30T10:00&amount=1&unit=WORKING_DAYS"
				+ "&at=2026-10-08T17:31", "dispatcher"));
		JsonNode fifteen = ok(api.get("/api/v1/calendar/deadline?from=2026-10-01T23:50&amount=15&unit=NATURAL_MINUTES"
				+ "&at=2026-10-02T00:02", "dispatcher"));

		assertThat(oneDay.get("due").asString()).isEqualTo("2026-10-08T17:30:00+08:00");
		assertThat(oneDay.get("limitText").asString()).isEqualTo("1wd");
		assertThat(oneDay.get("overdue").asBoolean()).isTrue();
		assertThat(oneDay.get("elapsedFraction").asDouble()).isEqualTo(1.0);
		assertThat(fifteen.get("due").asString()).isEqualTo("2026-10-02T00:05:00+08:00");
		assertThat(fifteen.get("elapsedFraction").asDouble()).isEqualTo(0.8);
		assertThat(fifteen.get("overdue").asBoolean()).isFalse();
	}

	@Test
	void reportsTheConfiguredOfficeHours() {
		JsonNode hours = ok(api.get("/api/v1/calendar/office-hours", "leader"));

		assertThat(hours.get("morningStart").asString()).startsWith("09:00");
		assertThat(hours.get("afternoonStart").asString()).startsWith("13:30");
		assertThat(hours.get("afternoonEnd").asString()).startsWith("17:30");
		assertThat(hours.get("zone").asString()).isEqualTo("Asia/Shanghai");
	}

	@ParameterizedTest(name = "{0} → {1} {2}")
	@CsvSource(delimiter = '|', value = {
			"/days/2026-02-30 | date | invalid_date",
			"/days/1899-01-01 | date | year_out_of_range",
			"/years/3000 | year | year_out_of_range",
			"/years/abc | year | invalid_input",
			"/working-days/add?from=2026-02-13&days=100000 | days | too_many_working_days",
			"/working-days/add?from=yesterday&days=1 | from | invalid_date",
			"/working-days/add?from=2026-02-13 | days | missing_parameter",
			"/working-days/add?from=2026-02-13&days=two | days | invalid_input",
			"/working-days/between?from=2026-02-13&to=2026/02/24 | to | invalid_date",
			"/working-hours/add?from=2026-13-01T10:00&hours=1 | from | invalid_date_time",
			"/working-hours/add?from=2026-02-13T10:00&hours=99999 | hours | too_many_working_hours",
			"/working-hours/between?from=2026-02-13T10:00&to=soon | to | invalid_date_time",
			"/deadline?from=2026-02-13T10:00&amount=1&unit=WEEKS | unit | invalid_input",
			"/deadline?from=2026-02-13T10:00&amount=-1&unit=WORKING_DAYS | amount | negative_limit",
			"/deadline?from=2026-02-13T10:00&amount=100000&unit=NATURAL_DAYS | amount | limit_too_long",
			"/deadline?from=2026-02-13T10:00&amount=1&unit=WORKING_DAYS&at=later | at | invalid_date_time" })
	void badInputIsA400NamingTheField(String path, String field, String code) {
		Api.Response r = api.get("/api/v1/calendar" + path, "operator");

		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo(code);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(r.json().get("detail").asString()).isNotBlank();
	}

	@Test
	void onlySignedInAccountsMayRead() {
		Api.Response anonymous = api.send("GET", "/api/v1/calendar/years/2026", null, null);

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().get("code").asString()).isEqualTo("unauthorized");
	}

	@Test
	void everyEndpointIsInTheOpenApiDocument() {
		JsonNode paths = ok(api.send("GET", "/v3/api-docs", null, null)).get("paths");

		assertThat(paths.propertyNames()).contains("/api/v1/calendar/years", "/api/v1/calendar/years/{year}",
				"/api/v1/calendar/days/{date}", "/api/v1/calendar/working-days/add",
				"/api/v1/calendar/working-days/between", "/api/v1/calendar/working-hours/add",
				"/api/v1/calendar/working-hours/between", "/api/v1/calendar/deadline", "/api/v1/calendar/office-hours");
		assertThat(paths.get("/api/v1/calendar/years/{year}").has("put")).isTrue();
		assertThat(paths.get("/api/v1/calendar/deadline").get("get").get("tags").get(0).asString()).isEqualTo("工作日历");
	}

	static JsonNode ok(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	static JsonNode find(JsonNode days, String date) {
		for (JsonNode day : days) {
			if (day.get("date").asString().equals(date)) {
				return day;
			}
		}
		throw new AssertionError(date + " not listed");
	}

	static Map<String, Object> day(String name, String date, boolean off) {
		return Map.of("name", name, "date", date, "isOffDay", off);
	}
}
