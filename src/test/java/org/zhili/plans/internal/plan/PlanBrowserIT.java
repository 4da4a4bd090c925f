package org.zhili.plans.internal.plan;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page scripts in Debian's chromium: the supervision office pastes a document, reviews the draft beside the
 * highlighted source, assigns a lead unit and publishes; the lead unit reports progress from the task page.
 */
@ZhiliIntegrationTest
class PlanBrowserIT {

	@Autowired
	Api api;

	@Test
	void aPastedDocumentIsReviewedAssignedPublishedAndReportedOn() {
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = signIn(context, "supervisor");
			StringBuilder console = new StringBuilder();
			page.onConsoleMessage(m -> console.append(m.text()).append('\n'));
			page.onPageError(e -> console.append(e).append('\n'));
			page.navigate(api.base() + "/plans/ingest");
			page.fill("#ingest-text", "2027年城市管理工作要点\n一、市容环境\n1、背街里巷整治。提升改造30条背街里巷，新建公厕5座。\n"
					+ "2、垃圾分类。全区垃圾分类覆盖率达到95%以上。");
			page.click("#ingest-form button[type=submit]");
			page.waitForURL(u -> u.contains("/plans/drafts/"));
			try {
				page.waitForSelector("#source mark", new Page.WaitForSelectorOptions().setTimeout(10000));
			}
			catch (RuntimeException e) {
				java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)<script>(.{0,600})").matcher(page.content());
				throw new AssertionError("page errors: " + console + " url " + page.url() + " script " + (m.find() ? m.group(1) : "none"), e);
			}

			// The extracted items are highlighted in the source.
			assertThat(page.locator("#source mark.bg-warning-subtle").allTextContents())
				.contains("提升改造30条背街里巷", "全区垃圾分类覆盖率达到95%以上");
			assertThat(page.locator("#source mark.bg-success-subtle").first().textContent()).contains("背街里巷整治");
			Browsers.screenshot(page, "plans-review");

			// The reviewer edits one proposed target and drops another; both decisions are kept at once.
			var toilets = page.locator("tr.draft-item:has(input.item-title[value='新建公厕'])");
			toilets.locator(".item-value").fill("6");
			toilets.locator(".item-edit").click();
			page.waitForCondition(() -> "修改后采纳".equals(toilets.locator(".item-decision").textContent()));
			String sortingRow = "tr.draft-item:has(input.item-title[value*='覆盖率'])";
			var sorting = page.locator(sortingRow);
			sorting.locator(".item-drop").click();
			page.waitForCondition(() -> "删除".equals(sorting.locator(".item-decision").textContent()));
			page.reload();
			page.waitForCondition(() -> "删除".equals(page.locator(sortingRow).locator(".item-decision").textContent()));

			page.locator(".lead-unit").first().selectOption("120104CGW");
			page.locator(".lead-unit").nth(1).selectOption("120104CGW");
			page.click("#publish");
			page.waitForURL(u -> u.matches(".*/plans/\\d+$"));
			assertThat(page.textContent("section")).contains("背街里巷整治", "区城市管理委员会");
			// Published as reviewed: the edited figure, without the dropped target.
			assertThat(page.textContent("section")).containsPattern("\\b6(\\.0+)?座").doesNotContain("覆盖率");
			String planUrl = page.url();
			Browsers.screenshot(page, "plans-tree");

			// What the reviewer changed is counted for the reader, per form of document.
			page.navigate(api.base() + "/plans/ingest");
			assertThat(page.textContent("#ingest-feedback")).contains("编号提纲", "原样采纳");
			page.navigate(planUrl);

			Page unit = signIn(Browsers.newContext(1280, 900), "chengguan");
			unit.navigate(planUrl);
			unit.click("text=背街里巷整治");
			unit.waitForSelector("#report-form");
			// The server's refusal is shown in the form: a report for a month to come.
			unit.fill("#report-form [name=percent]", "35");
			unit.fill("#report-form [name=text]", "已完成10条");
			unit.fill("#report-form [name=period]", "2099-01");
			unit.click("#report-form button[type=submit]");
			unit.waitForSelector("#report-form .form-problem:not(.d-none)");
			assertThat(unit.textContent("#report-form .form-problem")).contains("不晚于本月");
			unit.fill("#report-form [name=period]", "");
			unit.click("#report-form button[type=submit]");
			unit.waitForSelector("#timeline li");
			assertThat(unit.textContent("#timeline")).contains("35%", "已完成10条");
			assertThat(unit.textContent("#task-status")).isEqualTo("正常推进");
			Browsers.screenshot(unit, "plans-task");
			unit.context().close();
		}
	}

	private Page signIn(BrowserContext context, String username) {
		Page page = context.newPage();
		Browsers.signIn(page, api.base(), username, Api.DEMO_PASSWORD);
		page.waitForURL(u -> !u.contains("/login"));
		return page;
	}
}
