package org.zhili.cases.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.org.Locator;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 接诉即办 pages in Debian's chromium, as each person uses them: the operator at the keyboard, the
 * dispatcher at the queue, the street on the case page, the grid worker on a phone, the supervision office.
 */
@ZhiliIntegrationTest
class CaseBrowserIT {

	@Autowired
	Api api;

	@Autowired
	Locator locator;

	@Autowired
	MovableClock clock;

	String base;

	@BeforeEach
	void setUp() {
		base = api.base();
	}

	@Test
	void anOperatorRegistersACallFromTheKeyboardAndSeesTheOpenCasesAtThatAddress() {
		String nonce = CasePagesIT.nonce();
		String existing = CasePlaces.registerIn(api, locator, CasePlaces.CHANGHONG, "长虹街道浏览路" + nonce + "号",
				"楼下噪音扰民（先前来电）").get("trackingNumber").asString();
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "operator");
			page.navigate(base + "/cases/intake");

			page.fill("#requesterPhone", "13800001234");
			page.keyboard().press("Tab");
			page.keyboard().type("李四");
			page.keyboard().press("Alt+3");
			assertThat(page.locator("#type-COMPLAINT")).isChecked();
			page.keyboard().press("Alt+E");
			assertThat(page.locator("#urgency-ORDINARY")).isChecked();
			page.locator(".category-picker .picker-input").fill("噪音");
			assertThat(page.locator(".category-picker .picker-list")).containsText("噪音污染");
			page.keyboard().press("Enter");
			assertThat(page.locator(".category-picker .picker-input")).hasValue(java.util.regex.Pattern.compile(".*噪音污染"));
			page.fill("#description", "楼下商铺夜间噪音扰民 " + nonce);
			page.fill("#address", "浏览路" + nonce + "号");

			assertThat(page.locator("#nearby-list")).containsText(existing);
			assertThat(page.locator("#nearby-list")).containsText("地址相近");
			// A point on the map: where it lies is shown, and the case is registered there.
			page.waitForSelector("#intake-map[data-ready=true]");
			page.locator("#intake-map").click();
			assertThat(page.locator("#intake-location")).containsText("街道");
			assertThat(page.locator("#nearby-list")).containsText(existing);
			Browsers.screenshot(page, "cases-intake-nearby");

			page.keyboard().press("Control+Enter");
			assertThat(page.locator("#intake-success")).isVisible();
			String tracking = page.locator("#intake-tracking").textContent();
			assertThat(tracking).matches("NK\\d{11}");
			page.keyboard().press("Control+Enter");
			page.locator("#intake-submit").dispatchEvent("click");
			Browsers.screenshot(page, "cases-intake-registered");

			JsonNode found = api.get("/api/v1/cases?q=" + nonce, "operator").json();
			assertThat(found.get("total").asLong()).as("one new case, however often it was submitted").isEqualTo(2);
			page.click("#intake-tracking");
			assertThat(page.locator("#case-number")).hasText(tracking);
			assertThat(page.locator("#case-territory")).containsText("街道");
			assertThat(page.locator("#case-category")).containsText("噪音污染");
			assertThat(page.locator("#requester-phone")).hasText("138****1234");
			page.click("button.reveal[data-field=phone]");
			assertThat(page.locator("#requester-phone")).hasText("13800001234");
		}
	}

	@Test
	void aDispatcherDispatchesFromTheQueueToTheSuggestedStreet() {
		String nonce = CasePagesIT.nonce();
		JsonNode kase = CasePlaces.registerIn(api, locator, CasePlaces.CHANGHONG, "派遣浏览路" + nonce + "号",
				"派单测试 " + nonce);
		long id = kase.get("id").asLong();
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "dispatcher");
			page.navigate(base + "/cases/dispatch?q=" + nonce);

			assertThat(page.locator("#tab-NEW")).containsText("新工单");
			assertThat(page.locator("#dispatch-" + id + " select")).hasValue(CasePlaces.CHANGHONG);
			Browsers.screenshot(page, "cases-dispatch-queue");
			page.click("#dispatch-" + id + " button[type=submit]");
			assertThat(page.locator("#case-row-" + id)).containsText("已派至长虹街道");
		}
		assertThat(api.get("/api/v1/cases/" + id, "dispatcher").json().get("state").get("code").asString())
			.isEqualTo("DISPATCHED");
	}

	@Test
	void theStreetAcceptsAndRepliesOnTheCasePageAndAStalePageIsExplained() {
		String nonce = CasePagesIT.nonce();
		long id = CasePlaces.registerIn(api, locator, CasePlaces.CHANGHONG, "办理浏览路" + nonce + "号",
				"办理测试 " + nonce).get("id").asLong();
		step(id, "dispatch", Map.of("unitCode", CasePlaces.CHANGHONG), "dispatcher");
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "changhong");
			page.navigate(base + "/cases/" + id);
			assertThat(page.locator("#requester-phone")).hasText("139****5678");
			assertThat(page.locator("button.reveal")).hasCount(0);

			// Meanwhile a colleague records a note: the page's version is stale.
			step(id, "note", Map.of("note", "已电话联系诉求人"), "changhong");
			assertThat(act(page, "accept")).isEqualTo(409);
			assertThat(page.locator("#form-accept .action-problem")).containsText("刷新");
			Browsers.screenshot(page, "cases-case-stale");

			page.reload();
			assertThat(act(page, "accept")).isEqualTo(200);
			assertThat(page.locator("#case-state")).containsText("办理中");

			// The reloaded page's scripts run once it has loaded.
			page.waitForLoadState();
			page.click("#action-reply");
			assertThat(page.locator("#form-reply")).hasClass(java.util.regex.Pattern.compile(".*\\bshow\\b.*"));
			page.fill("#form-reply textarea[name=note]", "已更换灯具，恢复照明");
			assertThat(submit(page, "reply")).isEqualTo(400);
			assertThat(page.locator("#form-reply .invalid-feedback[data-field=result]")).containsText("请选择办理结果");
			page.check("#result-SOLVED");
			assertThat(submit(page, "reply")).isEqualTo(200);
			assertThat(page.locator("#case-state")).containsText("待审核");
			assertThat(page.locator("#case-timeline")).containsText("答复");
			assertThat(page.locator("#case-timeline")).containsText("已电话联系诉求人");
			assertThat(page.locator("#case-reply")).containsText("已解决");
			Browsers.screenshot(page, "cases-case-replied");
			String tracking = page.locator("#case-number").textContent();

			page.navigate(base + "/cases/mine");
			assertThat(page.locator("#notifications-list")).containsText(tracking);
			assertThat(page.locator("#notifications-list")).containsText("派单");
			Browsers.screenshot(page, "cases-mine");
		}
	}

	@Test
	void aGridWorkerSendsAPatrolReportWithAPhotoFromAPhone() throws Exception {
		String nonce = CasePagesIT.nonce();
		CasePlaces.Point at = CasePlaces.in(locator, CasePlaces.GUANGMINGLU);
		Path photo = Files.createTempFile("patrol", ".png");
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(90, 140, 200));
		g.fillRect(0, 0, 320, 240);
		g.dispose();
		ImageIO.write(image, "png", photo.toFile());
		try (BrowserContext context = Browsers.newContext(390, 844)) {
			context.grantPermissions(List.of("geolocation"));
			context.setGeolocation(new Geolocation(at.lat(), at.lng()));
			Page page = context.newPage();
			Browsers.signIn(page, base, "guangminglu", Api.DEMO_PASSWORD);
			page.navigate(base + "/cases/report");

			page.setInputFiles("#report-photo", photo);
			page.click("#report-gps");
			assertThat(page.locator("#report-location")).containsText("光明路社区");
			page.click("label[for=report-type-HELP]");
			page.fill("#report-description", "巡查发现井盖缺失，存在安全隐患 " + nonce);
			Browsers.screenshot(page, "cases-report-phone-form");
			page.click("#report-submit");

			assertThat(page.locator("#report-success")).isVisible();
			assertThat(page.locator("#report-photo-status")).containsText("照片已上传");
			String tracking = page.locator("#report-tracking").textContent();
			Browsers.screenshot(page, "cases-report-phone-sent");

			JsonNode found = api.get("/api/v1/cases?q=" + tracking, "guangminglu").json().get("items").get(0);
			JsonNode kase = api.get("/api/v1/cases/" + found.get("id").asLong(), "guangminglu").json();
			assertThat(kase.get("channel").get("code").asString()).isEqualTo("GRID_PATROL");
			assertThat(kase.get("territory").get("community").get("code").asString()).isEqualTo(CasePlaces.GUANGMINGLU);
			assertThat(kase.get("attachments").size()).isEqualTo(1);

			// 我的网格 lists the new case at once.
			assertThat(page.locator("#case-table")).containsText(tracking);
			page.click("#report-tracking");
			assertThat(page.locator("#case-photos img")).hasCount(1);
			assertThat(page.locator("#case-territory")).containsText("光明路社区");
			Browsers.screenshot(page, "cases-case-phone");
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}

	@Test
	void aStreetNeverSeesAnotherStreetsCaseInAListOrByItsAddress() {
		String nonce = CasePagesIT.nonce();
		JsonNode gulou = CasePlaces.registerIn(api, locator, CasePlaces.GULOU, "鼓楼浏览路" + nonce + "号",
				"鼓楼街道的诉求 " + nonce);
		String tracking = gulou.get("trackingNumber").asString();
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "changhong");
			for (String path : List.of("/cases?q=" + nonce, "/cases?q=" + tracking, "/cases/mine?q=" + nonce,
					"/cases?street=" + CasePlaces.GULOU + "&q=" + nonce)) {
				page.navigate(base + path);
				assertThat(page.locator("#case-empty")).isVisible();
				assertThat(page.locator("#case-table")).not().containsText(tracking);
			}
			page.navigate(base + "/cases/" + gulou.get("id").asLong());
			assertThat(page.locator("body")).containsText("404");
			assertThat(page.locator("body")).not().containsText(tracking);
			Browsers.screenshot(page, "cases-changhong-gulou-404");
		}
	}

	@Test
	void theSupervisionOfficeSupervisesAnOverdueCaseFromItsList() {
		String nonce = CasePagesIT.nonce();
		long id = CasePlaces.registerIn(api, locator, CasePlaces.CHANGHONG, "督办浏览路" + nonce + "号",
				"燃气泄漏气味 " + nonce).get("id").asLong();
		step(id, "dispatch", Map.of("unitCode", CasePlaces.CHANGHONG, "urgency", "EMERGENCY"), "dispatcher");
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "supervisor");
			clock.advance(Duration.ofHours(1));
			page.navigate(base + "/cases/supervision?tab=RED&q=" + nonce);
			assertThat(page.locator("#case-row-" + id + " [data-light=RED]")).isVisible();
			page.click("#supervise-" + id);
			page.check("#level-RED");
			page.fill("#supervise-form textarea[name=note]", "超期未签收，请立即处置");
			Browsers.screenshot(page, "cases-supervision-modal");
			// Once supervised, the page reloads itself.
			page.waitForNavigation(() -> page.click("#supervise-form button[type=submit]"));
			page.navigate(base + "/cases/supervision?tab=SUPERVISED&q=" + nonce);
			assertThat(page.locator("#case-row-" + id)).containsText("红牌督办");
		}
	}

	@Test
	void theSystemAdministratorSetsACategorysTimeLimit() {
		try (BrowserContext context = Browsers.newContext(1366, 900)) {
			Page page = signedIn(context, "sysadmin");
			page.navigate(base + "/cases/categories");
			page.fill("#category-search", "噪音污染");
			page.locator("#category-tree button").first().click();
			assertThat(page.locator("#category-name")).containsText("噪音污染");
			String code = page.locator("#category-code").textContent();
			page.fill("input[name='EMERGENCY.ACCEPT']", "10min");
			page.click("#limits-form button[type=submit]");
			assertThat(page.locator("#limits-form .saved")).isVisible();
			Browsers.screenshot(page, "cases-categories");
			JsonNode category = api.get("/api/v1/categories/" + code, "dispatcher").json();
			assertThat(category.get("ownLimits").get("EMERGENCY").get("ACCEPT").asString()).isEqualTo("10min");

			page.fill("input[name='EMERGENCY.ACCEPT']", "ten minutes");
			page.click("#limits-form button[type=submit]");
			assertThat(page.locator("#limits-form .action-problem")).isVisible();
			page.fill("input[name='EMERGENCY.ACCEPT']", "");
			page.click("#limits-form button[type=submit]");
			assertThat(page.locator("input[name='EMERGENCY.ACCEPT']")).hasAttribute("placeholder", "15min");
		}
	}

	private Page signedIn(BrowserContext context, String who) {
		Page page = context.newPage();
		Browsers.signIn(page, base, who, Api.DEMO_PASSWORD);
		return page;
	}

	/** Opens an action's form, submits it as it is and answers the API's status. */
	private static int act(Page page, String action) {
		page.waitForLoadState();
		page.click("#action-" + action);
		assertThat(page.locator("#form-" + action)).hasClass(java.util.regex.Pattern.compile(".*\\bshow\\b.*"));
		return submit(page, action);
	}

	private static int submit(Page page, String action) {
		return page.waitForResponse(r -> r.url().endsWith("/actions/" + action),
				() -> page.click("#form-" + action + " button[type=submit]")).status();
	}

	private void step(long id, String action, Map<String, Object> input, String who) {
		Api.Response r = api.post("/api/v1/cases/" + id + "/actions/" + action, input, who);
		assertThat(r.status()).as(action + " by " + who + ": " + r.body()).isEqualTo(200);
	}
}
