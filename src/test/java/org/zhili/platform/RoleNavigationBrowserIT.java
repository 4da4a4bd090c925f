package org.zhili.platform;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** What different people see after signing in: each role its own menu, personal data masked. */
@ZhiliIntegrationTest
class RoleNavigationBrowserIT {

	@Autowired
	Api api;

	String base;

	@BeforeEach
	void setUp() {
		base = api.base();
	}

	@Test
	void theSecurityAdministratorManagesAccountsButCannotReadTheAuditTrail() {
		try (BrowserContext context = Browsers.newContext(1280, 800)) {
			Page page = context.newPage();
			Browsers.signIn(page, base, "secadmin", Api.DEMO_PASSWORD);

			assertThat(page.locator("h1")).containsText("欢迎");
			List<String> cards = page.locator("#home-cards .card").allInnerTexts();
			assertThat(cards).anyMatch(c -> c.contains("账号管理")).noneMatch(c -> c.contains("安全审计"));

			page.locator("#home-cards").getByText("账号管理").click();
			assertThat(page.locator("#accounts-table")).containsText("changhong");
			assertThat(page.locator("#accounts-table")).containsText("138****0003");
			assertThat(page.locator("#accounts-table")).not().containsText("13820000003");
			Browsers.screenshot(page, "secadmin-accounts");

			page.navigate(base + "/admin/audit");
			assertThat(page.locator("body")).containsText("403");
		}
	}

	@Test
	void theAuditorSeesTheTrailAndItsVerdictButNoAccounts() {
		try (BrowserContext context = Browsers.newContext(1280, 800)) {
			Page page = context.newPage();
			Browsers.signIn(page, base, "auditor", Api.DEMO_PASSWORD);

			// Waits for the home page (the sign-in may still be on its way) before reading all its cards.
			assertThat(page.locator("#home-cards")).containsText("安全审计");
			assertThat(page.locator("#home-cards")).not().containsText("账号管理");

			page.navigate(base + "/admin/audit");
			assertThat(page.locator("#audit-table")).containsText("identity.sign-in");
			page.click("#verify-button");
			assertThat(page.locator("#verification-result")).containsText("哈希链完整");
			Browsers.screenshot(page, "auditor-audit");
		}
	}

	@Test
	void aGridWorkerOnAPhoneGetsACollapsedMenuAndNoAdministration() {
		try (BrowserContext context = Browsers.newContext(390, 844)) {
			Page page = context.newPage();
			Browsers.signIn(page, base, "guangminglu", Api.DEMO_PASSWORD);

			assertThat(page.locator("button.navbar-toggler")).isVisible();
			Browsers.screenshot(page, "grid-worker-phone-home");
			assertThat(page.locator("#home-identity")).containsText("网格员 · 光明路社区居委会");
			// the 工作台 first, at the phone's width: what waits for the grid worker, nothing wider than the screen
			assertThat(page.locator("h2").first()).containsText("我的待办");
			org.assertj.core.api.Assertions.assertThat(
					((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
			assertThat(page.locator("#home-cards")).containsText("组织架构");
			assertThat(page.locator("#home-cards")).containsText("地图");
			assertThat(page.locator("#home-cards")).containsText("工作日历");
			assertThat(page.locator("#home-cards")).not().containsText("账号管理");
			assertThat(page.locator("#home-cards")).not().containsText("安全审计");
			assertThat(page.locator("#home-cards")).not().containsText("部门管理");
			page.navigate(base + "/account");
			assertThat(page.locator("#account-scope")).containsText("光明路社区");
		}
	}

	@Test
	void aNewAccountMustChooseItsOwnPasswordFirst() {
		String username = "newcomer" + System.nanoTime() % 100000;
		String oneTime = api.post("/api/v1/accounts", java.util.Map.of("username", username, "displayName", "新同事",
				"roles", List.of("SUPERVISOR"), "scopeUnitCode", "120104"), "secadmin").json().get("oneTimePassword").asString();

		try (BrowserContext context = Browsers.newContext(1280, 800)) {
			Page page = context.newPage();
			Browsers.signIn(page, base, username, oneTime);
			assertThat(page).hasURL(base + "/account/password");

			page.navigate(base + "/");
			assertThat(page).hasURL(base + "/account/password");

			page.fill("#current", oneTime);
			page.fill("#password", "short");
			page.fill("#confirmation", "short");
			page.click("#password-form button[type=submit]");
			assertThat(page.locator("#password-problems")).containsText("至少 12 位");

			page.fill("#current", oneTime);
			page.fill("#password", "Nankai#2027hh");
			page.fill("#confirmation", "Nankai#2027hh");
			page.click("#password-form button[type=submit]");
			assertThat(page.locator("body")).containsText("密码已修改");
			page.navigate(base + "/");
			assertThat(page.locator("h1")).containsText("欢迎");
		}
	}

	@Test
	void wrongPasswordsAreExplainedOnTheLoginPage() {
		try (BrowserContext context = Browsers.newContext(1280, 800)) {
			Page page = context.newPage();
			page.navigate(base + "/login?lang=en");
			assertThat(page.locator("h1")).containsText("Nankai District Governance Platform");
			page.navigate(base + "/login?lang=zh_CN");
			page.fill("#username", "leader");
			page.fill("#password", "not-the-password");
			page.click("form button[type=submit]");
			assertThat(page.locator("#login-error")).containsText("用户名或密码错误");
			assertThat(page.locator("#username")).hasValue("leader");
		}
	}
}
