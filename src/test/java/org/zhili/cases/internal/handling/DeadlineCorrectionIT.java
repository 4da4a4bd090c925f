package org.zhili.cases.internal.handling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.cases.internal.CaseFixtures;
import org.zhili.cases.internal.record.Stage;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Clocks;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhili.cases.internal.CasePlaces.CHANGHONG;

/**
 * A year's calendar is corrected while a case is waiting to be accepted: its acceptance and reply deadlines move
 * with the calendar, the kit's clock with them, and the case's timeline says why; withdrawing the correction
 * moves them back.
 */
@ZhiliIntegrationTest
class DeadlineCorrectionIT {

	@Autowired
	Api api;

	@Autowired
	Clocks clocks;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void correctingTheCalendarMovesTheDeadlinesOfOpenCases() {
		CaseFixtures cases = new CaseFixtures(api);
		long id = cases.register(CHANGHONG, Map.of()).get("id").asLong();
		JsonNode dispatched = cases.step(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		Instant acceptDue = due(dispatched, "accept");
		Instant feedbackDue = due(dispatched, "feedback");
		LocalDate dueDay = LocalDate.ofInstant(acceptDue, ChinaTime.ZONE);
		assertThat(calendar.isWorkingDay(dueDay)).isTrue();
		int year = dueDay.getYear();

		try {
			// the day the case must be accepted becomes a day off
			assertThat(api.put("/api/v1/calendar/years/" + year, withDayOff(year, dueDay), "sysadmin").status())
				.isEqualTo(200);
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				JsonNode moved = cases.view(id, "dispatcher");
				assertThat(due(moved, "accept")).isAfter(acceptDue);
				assertThat(LocalDate.ofInstant(due(moved, "accept"), ChinaTime.ZONE)).isAfter(dueDay);
				assertThat(due(moved, "feedback")).isAfter(feedbackDue);
				assertThat(CaseFixtures.timeline(moved)).contains("recompute");
			});
			Instant moved = due(cases.view(id, "dispatcher"), "accept");
			assertThat(clocks.find(CaseClocks.key(id, Stage.ACCEPT, null)).orElseThrow().deadline().due()).isEqualTo(moved);
			assertThat(api.get("/api/v1/cases/" + id, "dispatcher").body()).contains("时限因节假日安排调整");
		}
		finally {
			assertThat(api.delete("/api/v1/calendar/years/" + year, "sysadmin").status()).isEqualTo(200);
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(due(cases.view(id, "dispatcher"), "accept")).isEqualTo(acceptDue));
		assertThat(due(cases.view(id, "dispatcher"), "feedback")).isEqualTo(feedbackDue);
	}

	/** The year as the calendar has it now, with one more day off. */
	private Map<String, Object> withDayOff(int year, LocalDate day) {
		List<Object> days = new ArrayList<>();
		Api.Response shipped = api.get("/api/v1/calendar/years/" + year, "sysadmin");
		if (shipped.status() == 200 && shipped.json().has("days")) {
			shipped.json().get("days").forEach(d -> days.add(Map.of("name", d.get("name").asString(), "date",
					d.get("date").asString(), "isOffDay", d.get("isOffDay").asBoolean())));
		}
		days.add(Map.of("name", "测试停工", "date", day.toString(), "isOffDay", true));
		Map<String, Object> year2 = new LinkedHashMap<>();
		year2.put("year", year);
		year2.put("papers", List.of());
		year2.put("days", days);
		return year2;
	}

	private static Instant due(JsonNode kase, String stage) {
		return Instant.parse(kase.get("deadlines").get(stage).get("dueAt").asString());
	}
}
