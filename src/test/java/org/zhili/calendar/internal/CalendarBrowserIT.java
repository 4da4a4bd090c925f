package org.zhili.calendar.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page scripts in Debian's chromium: the calculator asks the API with the session cookie, and the
 * administrator's form sends a pasted year with the CSRF header and lists the fields the server refused.
 */
@ZhiliIntegrationTest
class CalendarBrowserIT {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		assumeFalse(Boolean.getBoolean("zhili.browser-tests.skip"), "browser tests skipped");
		assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's chromium");
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu")));
	}

	@AfterAll
	static void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void theCalculatorAddsWorkingDaysAndHours() {
		try (Page page = signIn("grid worker", "guangminglu")) {
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
		try (Page page = signIn("system administrator", "sysadmin")) {
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

	private Page signIn(String who, String username) {
		Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")).newPage();
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", Api.DEMO_PASSWORD);
		page.fill("#code", unusedCode(username));
		page.click("button[type=submit]");
		page.waitForURL(u -> !u.contains("/login"));
		assertThat(page.url()).as(who + " signed in").doesNotContain("/login");
		return page;
	}

	/**
	 * A one-time code the account has not used yet: identity refuses a replayed code, and the API tests may
	 * have spent this 30-second step on a token. The token is fetched first, so that no later test needs another
	 * code; if the current step is spent, the next one (accepted as clock drift) is used.
	 */
	private String unusedCode(String username) {
		new Api(port).token(username);
		Long lastStep = jdbc.sql("select totp_last_step from identity.account where username = :u")
			.param("u", username)
			.query(Long.class)
			.optional()
			.orElse(null);
		Instant now = Instant.now();
		boolean spent = lastStep != null && lastStep >= now.getEpochSecond() / 30;
		return Api.totp(Api.DEMO_TOTP_SECRET, spent ? now.plusSeconds(30) : now);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
