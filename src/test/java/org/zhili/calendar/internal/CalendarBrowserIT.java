package org.zhili.calendar.internal;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page scripts in Debian's chromium: the calculator asks the API with the session cookie, and the
 * administrator's form sends a pasted year with the CSRF header and lists the fields the server refused.
 */
@ZhiliIntegrationTest
class CalendarBrowserIT {

	@Autowired
	Api api;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void theCalculatorAddsWorkingDaysAndHours() {
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = signIn(context, "grid worker", "guangminglu");
			page.navigate(url("/calendar?year=2026"));
			page.fill("#calc-days-from", "2026-09-30");
			page.fill("#calc-days-n", "1");
			page.click("#calc-days button[type=submit]");
			page.waitForSelector("#calc-days-result:not(:empty)");

			assertThat(page.textContent("#calc-days-result")).startsWith("2026-10-08（四）");

			page.fill("#calc-hours-from", "2026-03-06T16:00");
			page.fill("#calc-hours-n", "3");
			page.click("#calc-hours button[type=submit]");
			page.waitForSelector("#calc-hours-result:not(:empty)");

			assertThat(page.textContent("#calc-hours-result")).startsWith("2026-03-09 10:30（一）");

			page.fill("#calc-days-n", "99999");
			page.click("#calc-days button[type=submit]");
			page.waitForSelector("#calc-days-result.text-danger");

			assertThat(page.textContent("#calc-days-result")).contains("1000");
		}
	}

	@Test
	void theAdministratorSeesEveryRefusedFieldAndCanAddAYear() {
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = signIn(context, "system administrator", "sysadmin");
			page.navigate(url("/calendar/manage"));
			page.fill("#year-json", """
					{"year": 2028, "days": [
					  {"name": "元旦", "date": "2028-01-01", "isOffDay": true},
					  {"name": "春节", "date": "2028-01-26", "isOffDay": false},
					  {"name": "春节", "date": "2028-02-30", "isOffDay": true}]}""");
			page.click("#year-save");
			page.waitForSelector("#year-errors:not(.d-none)");

			assertThat(page.locator("#year-errors tbody tr td:first-child").allTextContents())
				.containsExactly("days[1].isOffDay", "days[2].date");
			assertThat(page.textContent("#year-errors tbody")).contains("2028-02-30");
			assertThat(calendar.isPublished(2028)).isFalse();

			page.fill("#year-json", """
					{"year": 2028, "days": [{"name": "元旦", "date": "2028-01-03", "isOffDay": true}]}""");
			page.click("#year-save");
			page.waitForSelector("#year-result.alert-success");
			try {
				assertThat(page.textContent("#year-result")).contains("2028-01-03");
				assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2028, 1, 3))).isFalse();
			}
			finally {
				page.navigate(url("/calendar/manage"));
				page.onDialog(dialog -> dialog.accept());
				page.click("button.year-withdraw[data-year='2028']");
				page.waitForSelector("#year-result.alert-success");
			}
			assertThat(calendar.isPublished(2028)).isFalse();
		}
	}

	private Page signIn(BrowserContext context, String who, String username) {
		Page page = context.newPage();
		Browsers.signIn(page, url(""), username, Api.DEMO_PASSWORD);
		page.waitForURL(u -> !u.contains("/login"));
		assertThat(page.url()).as(who + " signed in").doesNotContain("/login");
		return page;
	}

	private String url(String path) {
		return api.base() + path;
	}
}
