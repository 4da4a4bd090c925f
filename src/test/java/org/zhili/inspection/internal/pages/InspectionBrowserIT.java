package org.zhili.inspection.internal.pages;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 双随机、一公开 in Debian's chromium: the department plans a task and draws it before the meeting on the projector
 * view; an inspector records a result on a phone and the second inspector confirms it; and anyone, without an
 * account, verifies a draw on its public page.
 */
@ZhiliIntegrationTest
class InspectionBrowserIT {

	@Autowired
	Api api;

	@Test
	void theDepartmentPlansATaskCommitsAndDrawsItOnTheProjector() throws Exception {
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = signIn(context, PageFixtures.DEPARTMENT);
			page.navigate(api.base() + "/inspection/plans");
			String plan = "浏览器测试计划 " + UUID.randomUUID().toString().substring(0, 8);
			page.fill("#plan-name", plan);
			page.click("#plan-form button[type=submit]");
			assertThat(page.locator(".plan-block").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(plan)))
				.hasCount(1);

			String task = "餐饮服务抽查（浏览器测试 " + UUID.randomUUID().toString().substring(0, 8) + "）";
			page.selectOption("#task-plan", new com.microsoft.playwright.options.SelectOption().setLabel(plan));
			page.fill("#task-name", task);
			page.locator("#task-form .matter-option[data-key=false]:not(.d-none) input").first().check();
			page.check("#task-form input[name=industries][value='餐饮']");
			// A general matter may not be sampled above the cap: the refusal is shown next to the form.
			page.fill("#ratio-A", "50");
			page.click("#task-form button[type=submit]");
			assertThat(page.locator("#task-form .form-problem")).containsText("不得超过");
			page.fill("#ratio-A", "20");
			page.fill("#ratio-B", "20");
			page.fill("#ratio-C", "20");
			page.click("#task-form button[type=submit]");
			page.waitForURL(u -> u.matches(".*/inspection/tasks/\\d+$"));
			assertThat(page.locator("#task-name")).hasText(task);
			String taskUrl = page.url();
			Browsers.screenshot(page, "inspection-task-before");

			page.click("#commit");
			page.waitForURL(u -> u.matches(".*/inspection/draws/\\d+/screen$"));
			String commitment = page.locator("#screen-commitment").innerText().strip();
			assertThat(commitment).matches("[0-9a-f]{64}");
			assertThat(page.locator("#screen-seed-box")).isHidden();
			Browsers.screenshot(page, "inspection-screen-committed");

			page.click("#screen-draw");
			assertThat(page.locator("#screen-seed-box")).isVisible();
			page.waitForSelector("#screen-picks tbody tr.pick");
			assertThat(page.locator("#screen-verify")).containsText("verify_draw.py");
			String seed = page.locator("#screen-seed").innerText().strip();
			// The revealed seed is the one committed to before the draw.
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(HexFormat.of().parseHex(seed))))
				.isEqualTo(commitment);
			page.waitForSelector("#draw-screen.drawn");
			int picks = page.locator("#screen-picks tbody tr.pick").count();
			assertThat(picks).isPositive();
			Browsers.screenshot(page, "inspection-screen-drawn");

			// The task's page lists the drawn inspections, as many as the projector showed seated.
			page.navigate(taskUrl);
			assertThat(page.locator("#task-inspections tbody tr[data-inspection]")).not().hasCount(0);
			assertThat(page.locator(".draw-record .seed")).hasText(seed);
		}
	}

	@Test
	void anInspectorRecordsOnAPhoneAndTheSecondInspectorConfirms() throws Exception {
		PageFixtures.DrawnTask t = PageFixtures.pairedTask(api);
		JsonNode it = t.inspections().get(0);
		long id = it.get("id").asLong();
		List<String> seated = List.of("inspector", "inspector2");
		assertThat(PageFixtures.seated(it)).containsAll(seated);
		String subject = it.get("subjectName").asString();

		try (BrowserContext context = Browsers.newContext(390, 844)) {
			Page phone = signIn(context, seated.get(0));
			phone.navigate(api.base() + "/inspection/mine");
			phone.locator(".my-inspection[data-inspection='" + id + "']").click();
			assertThat(phone.locator("#subject-name")).hasText(subject);
			assertThat(phone.locator("#inspection-state")).hasText("待检查");
			fitsThePhone(phone);

			if (phone.locator("#checklist .check-item").count() > 0) {
				phone.locator("#checklist .check-item label.btn-outline-success").first().click();
				phone.locator("#checklist .check-item").last().locator("label.btn-outline-danger").click();
				phone.locator("#checklist .check-item").last().locator(".check-note").fill("消毒柜未通电");
			}
			phone.setInputFiles("#photo-file", new FilePayload("scene.png", "image/png", png()));
			phone.click("#photo-form button[type=submit]");
			phone.waitForSelector("#photos img");
			// The photo is served to the inspection's readers: the browser shows it, not a broken image.
			phone.waitForFunction("() => { const i = document.querySelector('#photos img'); return i.complete && i.naturalWidth === 64; }");
			assertThat(phone.locator("#timeline")).containsText("现场照片");

			phone.locator("label[for='result-RECTIFY']").click();
			phone.fill("#findings", "后厨消毒设施未正常使用");
			Browsers.screenshot(phone, "inspection-phone-record");
			phone.click("#record");
			assertThat(phone.locator("#inspection-state")).hasText("待确认");
			assertThat(phone.locator("#recorded-result")).containsText("后厨消毒设施未正常使用");
			assertThat(phone.locator("#confirm")).hasCount(0);
			fitsThePhone(phone);
		}

		try (BrowserContext context = Browsers.newContext(390, 844)) {
			Page phone = signIn(context, seated.get(1));
			phone.navigate(api.base() + "/inspection/inspections/" + id);
			assertThat(phone.locator("#recorded-result")).containsText("责令整改");
			phone.click("#confirm");
			assertThat(phone.locator("#inspection-state")).hasText("待公示");
			assertThat(phone.locator("#timeline")).containsText("确认检查结果");
			assertThat(phone.locator("#publish-due")).not().hasText("");
			Browsers.screenshot(phone, "inspection-phone-confirmed");
		}
	}

	@Test
	void anyoneVerifiesADrawOnItsPublicPage() {
		PageFixtures.DrawnTask t = PageFixtures.drawnTask(api, "食品销售");
		try (BrowserContext context = Browsers.newContext(390, 844)) {
			Page page = context.newPage();
			page.navigate(api.base() + "/public/inspection");
			assertThat(page.locator(".portal-tabs .active")).containsText("抽查公示");
			page.locator("#public-draw-list a[data-draw='" + t.drawId() + "']").click();
			assertThat(page.locator("#draw-task")).hasText(t.taskName());
			assertThat(page.locator("#draw-commitment")).hasText(t.draw().get("commitment").asString());
			assertThat(page.locator("#draw-seed")).hasText(t.draw().get("seed").asString());
			page.click("#verify");
			assertThat(page.locator("#verify-result .verify-match")).containsText("一致");
			assertThat(page.locator("#verify-yourself")).containsText("python3 docs/inspection/verify_draw.py");
			Browsers.screenshot(page, "inspection-public-verified");
		}
	}

	/** Nothing wider than the phone: no sideways scrolling on site. */
	private static void fitsThePhone(Page phone) {
		Object width = phone.evaluate("document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
	}

	private Page signIn(BrowserContext context, String username) {
		Page page = context.newPage();
		Browsers.signIn(page, api.base(), username, Api.DEMO_PASSWORD);
		page.waitForURL(u -> !u.contains("/login"));
		return page;
	}

	static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x2f, 0x6f, 0xb0));
		g.fillRect(0, 0, 64, 48);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
