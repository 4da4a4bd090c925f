package org.zhili.calendar.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The 工作日历 pages as rendered HTML (the browser-side calculator and form call the API tested elsewhere). */
@ZhiliIntegrationTest
class CalendarPagesIT {

	@Autowired
	Api api;


	@Test
	void theYearViewMarksHolidaysAndWorkedWeekends() {
		Api.Response page = api.get("/calendar?year=2026", "guangminglu");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("2026 年工作日历")
			.contains("data-date=\"2026-02-14\"")
			.containsPattern("class=\"cal-adjusted[^\"]*\"\\s+title=\"春节 调休上班（班）\"\\s+data-date=\"2026-02-14\"")
			.containsPattern("class=\"cal-holiday[^\"]*\"\\s+title=\"国庆节\"\\s+data-date=\"2026-10-01\"")
			.contains("id=\"calendar-holidays\"")
			.contains("上午 09:00–12:00，下午 13:30–17:30")
			.doesNotContain("id=\"calendar-unpublished\"")
			.contains("href=\"/calendar?year=2027\"")
			.doesNotContain("/calendar/manage") // neither menu entry nor button for a grid worker
			.doesNotContain("节假日维护");
	}

	@Test
	void anUnpublishedYearSaysSo() {
		Api.Response page = api.get("/calendar?year=2027", "operator");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"calendar-unpublished\"").contains("2027 年的节假日安排尚未发布");
	}

	@Test
	void englishIsAvailable() {
		Api.Response page = api.get("/calendar?year=2026&lang=en", "operator");

		assertThat(page.body()).contains("Working calendar 2026").contains("February");
	}

	@Test
	void aYearOutOfRangeIsABadRequest() {
		assertThat(api.get("/calendar?year=1800", "operator").status()).isEqualTo(400);
		assertThat(api.get("/calendar?year=soon", "operator").status()).isEqualTo(400);
	}

	@Test
	void onlyTheSystemAdministratorGetsTheMaintenanceForm() {
		Api.Response admin = api.get("/calendar/manage", "sysadmin");

		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.body()).contains("id=\"year-form\"").contains("data-year=\"2026\"").contains("节假日维护");
		assertThat(api.get("/calendar/manage", "operator").status()).isEqualTo(403);
		assertThat(api.get("/calendar", "sysadmin").body()).contains("href=\"/calendar/manage\"");
	}
}
