package org.zhili.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.TestImages;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that people typed comes back as text: script and event-handler payloads stored in a case (title, description,
 * address, requester), a photo's name, a petition and a dispute are shown on every page they appear on — lists,
 * detail pages, the intake form's list of similar cases filled in by script — and none runs. The browser is told to
 * disregard the Content-Security-Policy, so what is seen is what the markup alone allows: the policy is a second
 * line, not the reason nothing runs.
 */
@ZhiliIntegrationTest
class StoredTextBrowserIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Test
	void scriptAndHandlerPayloadsAreShownAsTextOnEveryPageAndNoneRuns() {
		String tag = Long.toString(System.nanoTime(), 36);
		String img = "<img src=x onerror=window.__xss='img'>";
		String script = "<script>window.__xss='script'</script>";
		String svg = "\"><svg onload=window.__xss='svg'>";
		String title = "井盖缺失" + tag + img;

		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", CHANGHONG);
		Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "categoryCode", "C01", "title", title,
				"description", "南门外大街井盖缺失，夜间很危险" + tag + script + svg,
				"address", "南门外大街" + svg,
				"location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "王" + img, "phone", "13700003333")));
		long caseId = cases.register(body).get("id").asLong();
		cases.step(caseId, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		assertThat(api.upload("/api/v1/cases/" + caseId + "/attachments", "changhong", "照片" + img + ".png", "image/png",
				TestImages.png(16, 16)).status()).isEqualTo(201);

		Map<String, Object> petition = Map.of("channel", "LETTER", "title", "信访" + tag + img,
				"content", "请求处理" + script + svg, "petitionerName", "李" + img, "petitionerPhone", "13911113333",
				"streetCode", CHANGHONG);
		Api.Response p = api.post("/api/v1/petitions", petition, "xinfang");
		assertThat(p.status()).as(p.body()).isEqualTo(201);
		long petitionId = p.json().get("id").asLong();

		Map<String, Object> dispute = Map.of("typeCode", "NEIGHBOUR", "title", "纠纷" + tag + img,
				"description", "楼道堆物" + script, "risk", "LOW", "address", "鞍山西道" + svg, "streetCode", CHANGHONG,
				"parties", List.of(Map.of("role", "APPLICANT", "name", "赵" + img, "phone", "13900004444"),
						Map.of("role", "RESPONDENT", "name", "钱" + svg, "phone", "13700000000")));
		Api.Response d = api.post("/api/v1/disputes", dispute, "tiaojie2");
		assertThat(d.status()).as(d.body()).isEqualTo(201);
		long disputeId = d.json().get("id").asLong();

		List<String> ran = new ArrayList<>();
		Map<String, List<String>> pages = Map.of(
				"dispatcher", List.of("/cases?q=" + tag, "/cases/" + caseId),
				"changhong", List.of("/cases/mine?q=" + tag, "/cases/" + caseId),
				"xinfang", List.of("/petitions", "/petitions/" + petitionId),
				"tiaojie2", List.of("/disputes", "/disputes/" + disputeId));
		pages.forEach((user, paths) -> {
			try (BrowserContext context = Browsers.newContext(1280, 900, true)) {
				Page page = signedIn(context, user, ran);
				for (String path : paths) {
					page.navigate(api.base() + path);
					page.waitForLoadState();
					assertThat(page.locator("body").innerText()).as(user + " " + path + " shows the stored text")
						.containsAnyOf(tag + img, "王" + img, "李" + img, "赵" + img);
					check(page, user + " " + path, ran);
				}
			}
		});

		// the intake form lists the open cases alike to what the operator types, built by script from the API
		try (BrowserContext context = Browsers.newContext(1280, 900, true)) {
			Page page = signedIn(context, "operator", ran);
			page.navigate(api.base() + "/cases/intake");
			page.evaluate("([lng, lat]) => { const f = document.getElementById('intake-form');"
					+ " f.elements.lng.value = lng; f.elements.lat.value = lat;"
					+ " f.elements.lng.dispatchEvent(new Event('change')); }", List.of(point[0], point[1]));
			page.fill("#intake-form [name=description]", "南门外大街井盖缺失，夜间很危险" + tag);
			page.waitForFunction("() => document.getElementById('routing-similar')?.innerText.includes('" + tag + "')");
			assertThat(page.locator("#routing-similar").innerText()).contains(title);
			check(page, "operator /cases/intake", ran);
		}
		assertThat(ran).isEmpty();
	}

	private Page signedIn(BrowserContext context, String user, List<String> ran) {
		Page page = context.newPage();
		page.onDialog(dialog -> {
			ran.add(user + " " + page.url() + ": dialog " + dialog.message());
			dialog.dismiss();
		});
		Browsers.signIn(page, api.base(), user, Api.DEMO_PASSWORD);
		page.waitForURL(u -> !u.contains("/login"));
		return page;
	}

	/** A payload that ran left its name in {@code window.__xss}; one that was parsed left an element behind. */
	private static void check(Page page, String where, List<String> ran) {
		Object xss = page.evaluate("() => window.__xss || null");
		if (xss != null) {
			ran.add(where + ": " + xss);
		}
		Object injected = page.evaluate("() => document.querySelectorAll('img[src=x], svg[onload]').length");
		if (((Number) injected).intValue() > 0) {
			ran.add(where + ": " + injected + " injected element(s)");
		}
	}
}
