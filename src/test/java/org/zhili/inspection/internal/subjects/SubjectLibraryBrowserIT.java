package org.zhili.inspection.internal.subjects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subject library in Debian's chromium, as the 市场监管局's handler uses it: the class counts and the list, a
 * class picked, a subject opened with its details, and a wrong workbook's rows shown in a table.
 */
@ZhiliIntegrationTest
class SubjectLibraryBrowserIT {

	@Autowired
	Api api;

	@Test
	void theDepartmentSeesTheClassCountsOpensASubjectAndReadsAnImportsErrors() throws Exception {
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = context.newPage();
			Browsers.signIn(page, api.base(), "shichang", Api.DEMO_PASSWORD);
			assertThat(page.locator("#account-menu")).isVisible();
			page.navigate(api.base() + "/inspection/subjects");

			assertThat(page.locator("#class-counts .class-count")).hasCount(4);
			for (String c : List.of("A", "B", "C", "D")) {
				String count = page.locator("#class-counts .class-count[data-class=" + c + "] .count").textContent().strip();
				assertThat(Integer.parseInt(count)).as("class " + c).isPositive();
			}
			assertThat(page.locator("#subject-list tbody tr")).hasCount(50);
			Browsers.screenshot(page, "inspection-subjects");

			page.locator("#class-counts .class-count[data-class=D]").click();
			page.waitForURL(u -> u.contains("creditClass=D"));
			assertThat(page.locator("#subject-list tbody tr").first().locator(".credit-class")).hasText("D");
			String name = page.locator("#subject-list tbody tr a").first().textContent().strip();
			page.locator("#subject-list tbody tr a").first().click();
			assertThat(page.locator("#subject-name")).hasText(name);
			assertThat(page.locator("#subject-class")).containsText("D类");
			assertThat(page.locator("#subject-details")).containsText("街道");
			assertThat(page.locator("#credit-history")).isVisible();
			assertThat(page.locator("#subject-inspections")).hasCount(1);
			Browsers.screenshot(page, "inspection-subject");

			page.navigate(api.base() + "/inspection/subjects");
			page.click("#import-toggle");
			Path file = Files.createTempFile("subjects", ".xlsx");
			Files.write(file, SubjectWorkbooks.of(List.of(
					List.of(CreditCodes.broken(CreditCodes.next()), "南开区页面导入测试店", "个体工商户", "", "", "", "餐饮", "微型", "", ""),
					List.of(CreditCodes.next(), "", "企业", "", "", "", "餐饮", "小型", "", ""))));
			page.setInputFiles("#import-file", file);
			page.click("#import-submit");
			assertThat(page.locator("#import-errors")).isVisible();
			assertThat(page.locator("#import-errors tbody tr")).hasCount(2);
			assertThat(page.locator("#import-errors tbody tr").first()).containsText("校验位不符");
			assertThat(page.locator("#import-problem")).containsText("未写入任何数据");
			Browsers.screenshot(page, "inspection-subjects-import");
			Files.delete(file);
		}
	}
}
