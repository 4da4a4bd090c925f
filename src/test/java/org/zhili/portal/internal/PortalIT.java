package org.zhili.portal.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.TestImages;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages over HTTP, as a resident's or an enterprise's browser posts them. */
@ZhiliIntegrationTest
class PortalIT {

	static final String VALID_CREDIT_CODE = "91120104MA05K1230A";

	@Autowired
	Api api;

	/** Fills the request form of a fresh page load and posts it; extra fields override the defaults. */
	static PublicClient.Page submit(PublicClient client, String path, Map<String, String> extra,
			List<PublicClient.Upload> photos) {
		PublicClient.Page form = client.get(path);
		assertThat(form.status()).isEqualTo(200);
		Map<String, String> fields = new HashMap<>(Map.of("formToken", form.find("name=\"formToken\" value=\"([^\"]+)\""),
				"type", "COMPLAINT", "categoryCode", "", "description", "小区门口路灯不亮 " + UUID.randomUUID(),
				"address", "长虹街道公开页测试路 1 号", "phone", phone()));
		String question = form.find("id=\"challenge-question\">([^<]+)<");
		if (question != null) {
			fields.put("challenge", String.valueOf(answer(question)));
		}
		fields.putAll(extra);
		return client.postMultipart(path, fields, photos);
	}

	/** A mobile number no other submission used: the limits per phone stay out of the way. */
	static String phone() {
		return "137" + String.format("%08d", (int) (Math.random() * 100_000_000));
	}

	static String tracking(PublicClient.Page receipt) {
		return receipt.find("id=\"tracking-number\">([A-Z0-9]+)<");
	}

	static String queryCode(PublicClient.Page receipt) {
		return receipt.find("id=\"query-code\">([0-9]+)<");
	}

	/** 七加五等于几？ → 12 */
	static int answer(String question) {
		String digits = "零一二三四五六七八九";
		return digits.indexOf(question.charAt(0)) + digits.indexOf(question.charAt(2));
	}

	@Test
	void aResidentSubmitsAndTracksTheirRequestAndSeesOnlyThePublicSteps() {
		PublicClient resident = PublicClient.fresh(api.base());
		PublicClient.Page receipt = submit(resident, "/public/submit", Map.of("phone", "13600005678"), List.of());
		assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
		String tracking = tracking(receipt);
		String code = queryCode(receipt);
		assertThat(tracking).startsWith("NK");
		assertThat(code).hasSize(6);

		PublicClient.Page track = resident.post("/public/track", Map.of("trackingNumber", tracking, "secret", code));
		assertThat(track.status()).isEqualTo(200);
		assertThat(track.body()).contains("已受理").contains("待派单");

		PortalCases cases = new PortalCases(api);
		long id = cases.idOf(tracking);
		JsonNode kase = cases.view(id);
		assertThat(kase.get("channel").get("code").asString()).isEqualTo("WEB");
		assertThat(kase.get("registeredBy").asString()).isEqualTo("channel:portal");
		assertThat(api.get("/api/v1/cases/" + id + "/enterprise", "dispatcher").status()).as("a resident's").isEqualTo(404);
		cases.answer(id, "内部备注：联系物业电工张师傅", "路灯已于今日修复，感谢反映。");

		PublicClient other = PublicClient.fresh(api.base());
		other.get("/public/track");
		PublicClient.Page byPhone = other.post("/public/track", Map.of("trackingNumber", tracking, "secret", "5678"));
		assertThat(byPhone.status()).isEqualTo(200);
		assertThat(byPhone.body()).contains("已派至长虹街道").contains("已签收").contains("路灯已于今日修复，感谢反映。")
			.contains("id=\"rate-form\"")
			.doesNotContain("内部备注").doesNotContain("张丽华").doesNotContain("changhong").doesNotContain("dispatcher")
			.doesNotContain("13600005678");

		for (String wrong : List.of("000000", "1234", "56789", "")) {
			assertThat(other.post("/public/track", Map.of("trackingNumber", tracking, "secret", wrong)).status()).as(wrong)
				.isEqualTo(404);
		}
		assertThat(other.post("/public/track", Map.of("trackingNumber", "NK0000000000", "secret", code)).status())
			.isEqualTo(404);
	}

	@Test
	void anUnsatisfiedRatingSendsTheCaseBackToItsUnitAndASatisfiedOneWaitsForClosing() {
		PortalCases cases = new PortalCases(api);
		PublicClient resident = PublicClient.fresh(api.base());
		PublicClient.Page receipt = submit(resident, "/public/submit", Map.of(), List.of());
		String tracking = tracking(receipt);
		String code = queryCode(receipt);
		long id = cases.idOf(tracking);
		assertThat(resident.post("/public/rate", Map.of("trackingNumber", tracking, "secret", code, "solved", "true",
				"satisfaction", "SATISFIED")).status()).as("nothing to rate before the reply").isEqualTo(409);
		cases.answer(id, "内部记录", "已协调修复。");

		resident.post("/public/track", Map.of("trackingNumber", tracking, "secret", code));
		assertThat(resident.post("/public/rate", Map.of("trackingNumber", tracking, "secret", code, "solved", "true"))
			.status()).as("satisfaction missing").isEqualTo(400);
		PublicClient.Page rated = resident.post("/public/rate", Map.of("trackingNumber", tracking, "secret", code,
				"solved", "false", "satisfaction", "UNSATISFIED", "comment", "灯还是不亮"));
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);
		assertThat(rated.body()).contains("已评价").contains("再次交办至长虹街道").doesNotContain("id=\"rate-form\"");
		JsonNode kase = cases.view(id);
		assertThat(kase.get("state").get("code").asString()).isEqualTo("DISPATCHED");
		assertThat(kase.get("round").asInt()).isEqualTo(2);
		assertThat(kase.get("leadUnit").get("code").asString()).isEqualTo(PortalCases.CHANGHONG);

		PublicClient.Page again = resident.post("/public/rate", Map.of("trackingNumber", tracking, "secret", code,
				"solved", "true", "satisfaction", "SATISFIED"));
		assertThat(again.status()).as("one rating per reply").isEqualTo(409);

		// The second round's reply, rated satisfied: the case waits for the dispatcher to close it.
		cases.step(id, "accept", Map.of(), "changhong");
		cases.step(id, "reply", Map.of("result", "SOLVED", "note", "已更换灯具。"), "changhong");
		cases.step(id, "review", Map.of("approved", true), "dispatcher");
		PublicClient.Page satisfied = resident.post("/public/rate", Map.of("trackingNumber", tracking, "secret", code,
				"solved", "true", "satisfaction", "SATISFIED"));
		assertThat(satisfied.body()).contains("感谢您的评价").contains("已更换灯具。");
		assertThat(cases.view(id).get("state").get("code").asString()).isEqualTo("RATED");
	}

	@Test
	void postingTheSameFormTwiceRegistersOneRequest() {
		PublicClient resident = PublicClient.fresh(api.base());
		PublicClient.Page form = resident.get("/public/submit");
		String token = form.find("name=\"formToken\" value=\"([^\"]+)\"");
		Map<String, String> fields = Map.of("formToken", token, "type", "SUGGESTION", "description",
				"建议增设公交站", "address", "鼓楼街道" + token, "phone", phone());
		PublicClient.Page first = resident.postMultipart("/public/submit", fields, List.of());
		PublicClient.Page second = resident.postMultipart("/public/submit", fields, List.of());
		assertThat(tracking(second)).isEqualTo(tracking(first));
		assertThat(queryCode(second)).isEqualTo(queryCode(first));
		assertThat(second.body()).contains("此表单已提交过");
		assertThat(api.get("/api/v1/cases?q=" + token, "operator").json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void afterTwoSubmissionsAnAddressAnswersAQuestionAndTooManyAreRefused() {
		PublicClient busy = PublicClient.fresh(api.base());
		assertThat(busy.get("/public/submit").body()).doesNotContain("challenge-question");
		for (int i = 0; i < 2; i++) {
			assertThat(submit(busy, "/public/submit", Map.of(), List.of()).status()).isEqualTo(200);
		}
		PublicClient.Page form = busy.get("/public/submit");
		assertThat(form.body()).contains("id=\"challenge-question\"");
		String token = form.find("name=\"formToken\" value=\"([^\"]+)\"");
		PublicClient.Page wrong = busy.postMultipart("/public/submit", Map.of("formToken", token, "type", "HELP",
				"description", "求助", "address", "某地", "phone", phone(), "challenge", "99"), List.of());
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("验证问题回答不正确").contains("id=\"challenge-question\"");
		assertThat(submit(busy, "/public/submit", Map.of(), List.of()).status()).as("answered").isEqualTo(200);

		// One phone, many addresses: the sixth request of the day is refused.
		String phone = "1390000" + (1000 + (int) (Math.random() * 8999));
		for (int i = 0; i < 5; i++) {
			assertThat(submit(PublicClient.fresh(api.base()), "/public/submit", Map.of("phone", phone), List.of()).status())
				.isEqualTo(200);
		}
		PublicClient.Page sixth = submit(PublicClient.fresh(api.base()), "/public/submit", Map.of("phone", phone), List.of());
		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.body()).contains("该手机号今天提交的诉求已达上限");
	}

	@Test
	void badInputIsShownOnTheFormAndNothingIsRegistered() {
		PublicClient resident = PublicClient.fresh(api.base());
		// The nonce is the whole description, so the title (the list's search) holds it.
		String nonce = "坏输入" + UUID.randomUUID().toString().substring(0, 8);
		PublicClient.Page badPhone = submit(resident, "/public/submit", Map.of("phone", "12345", "description", nonce),
				List.of());
		assertThat(badPhone.status()).isEqualTo(400);
		assertThat(badPhone.body()).contains("手机号应为 11 位数字");
		PublicClient.Page nowhere = submit(PublicClient.fresh(api.base()), "/public/submit",
				Map.of("address", "", "description", nonce), List.of());
		assertThat(nowhere.body()).contains("请在地图上点选位置，或填写地址");
		PublicClient.Page outside = submit(PublicClient.fresh(api.base()), "/public/submit",
				Map.of("lng", "116.40", "lat", "39.90", "description", nonce), List.of());
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.body()).contains("不在南开区范围内");
		PublicClient.Page notAPhoto = submit(PublicClient.fresh(api.base()), "/public/submit", Map.of("description", nonce),
				List.of(new PublicClient.Upload("a.png", "image/png", "not a picture".getBytes())));
		assertThat(notAPhoto.status()).isEqualTo(400);
		List<PublicClient.Upload> four = List.of(png(), png(), png(), png());
		assertThat(submit(PublicClient.fresh(api.base()), "/public/submit", Map.of("description", nonce), four).body())
			.contains("最多上传 3 张照片");
		assertThat(api.get("/api/v1/cases?q=" + nonce, "operator").json().get("total").asLong()).isZero();
		// The same search finds the request once it is valid.
		assertThat(submit(PublicClient.fresh(api.base()), "/public/submit", Map.of("description", nonce), List.of())
			.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/cases?q=" + nonce, "operator").json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void photosAreKeptReEncoded() throws IOException {
		PublicClient resident = PublicClient.fresh(api.base());
		PublicClient.Page receipt = submit(resident, "/public/submit", Map.of(), List.of(png(), png()));
		assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
		PortalCases cases = new PortalCases(api);
		JsonNode kase = cases.view(cases.idOf(tracking(receipt)));
		assertThat(kase.get("attachments").size()).isEqualTo(2);
		assertThat(kase.get("attachments").get(0).get("contentType").asString()).isEqualTo("image/png");
	}

	@Test
	void anEnterpriseWithAnInvalidCreditCodeIsToldSoAndAValidOneCountsInTheEnterpriseFigures() {
		long before = api.send("GET", "/public/figures.json", null, null).json().get("enterprises").get("received").asLong();
		PublicClient firm = PublicClient.fresh(api.base());
		PublicClient.Page wrongCheck = submit(firm, "/public/enterprise", Map.of("creditCode", "91120104MA05K1230B",
				"enterpriseName", "天津某某科技有限公司", "contactName", "王经理"), List.of());
		assertThat(wrongCheck.status()).isEqualTo(400);
		assertThat(wrongCheck.body()).contains("统一社会信用代码校验位不符");
		PublicClient.Page tooShort = submit(PublicClient.fresh(api.base()), "/public/enterprise",
				Map.of("creditCode", "9112010", "enterpriseName", "天津某某科技有限公司"), List.of());
		assertThat(tooShort.body()).contains("统一社会信用代码应为 18 位");
		PublicClient.Page badChar = submit(PublicClient.fresh(api.base()), "/public/enterprise",
				Map.of("creditCode", "91120104MA05K123OA", "enterpriseName", "天津某某科技有限公司"), List.of());
		assertThat(badChar.body()).contains("不是有效字符");

		PublicClient.Page receipt = submit(PublicClient.fresh(api.base()), "/public/enterprise",
				Map.of("creditCode", VALID_CREDIT_CODE.toLowerCase(), "enterpriseName", "天津某某科技有限公司",
						"contactName", "王经理", "description", "企业门前道路施工围挡影响经营"),
				List.of());
		assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
		PortalCases cases = new PortalCases(api);
		long id = cases.idOf(tracking(receipt));
		assertThat(cases.view(id).get("requester").get("enterprise").asBoolean()).isTrue();
		JsonNode firmOf = api.get("/api/v1/cases/" + id + "/enterprise", "dispatcher").json();
		assertThat(firmOf.get("creditCode").asString()).isEqualTo(VALID_CREDIT_CODE);
		assertThat(firmOf.get("name").asString()).isEqualTo("天津某某科技有限公司");
		assertThat(api.get("/api/v1/cases/" + id + "/enterprise", "gulou").status()).as("outside the scope").isEqualTo(404);
		long statsBefore = api.get("/api/v1/stats/enterprises", "leader").json().get("received").asLong();
		assertThat(statsBefore).isGreaterThanOrEqualTo(1);
		JsonNode figures = api.send("GET", "/public/figures.json", null, null).json();
		assertThat(figures.get("enterprises").get("received").asLong()).isEqualTo(before + 1);

		long solvedBefore = figures.get("enterprises").get("solved").asLong();
		cases.answer(id, "内部", "已协调施工单位缩小围挡。");
		PublicClient.Page rated = firm.post("/public/rate", Map.of("trackingNumber", tracking(receipt), "secret",
				queryCode(receipt), "solved", "true", "satisfaction", "SATISFIED"));
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);
		assertThat(api.send("GET", "/public/figures.json", null, null).json().get("enterprises").get("solved").asLong())
			.isEqualTo(solvedBefore + 1);
	}

	@Test
	void theFiguresArePublicAndCountEveryStreet() {
		JsonNode before = api.send("GET", "/public/figures.json", null, null).json();
		assertThat(before.get("streets").size()).isEqualTo(12);
		submit(PublicClient.fresh(api.base()), "/public/submit", Map.of(), List.of());
		JsonNode after = api.send("GET", "/public/figures.json", null, null).json();
		assertThat(after.get("district").get("received").asLong()).isEqualTo(before.get("district").get("received").asLong() + 1);
		PublicClient.Page page = PublicClient.fresh(api.base()).get("/public/figures");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("长虹街道").contains("解决率").contains("id=\"top-categories\"");
		assertThat(PublicClient.fresh(api.base()).get("/public/figures/live").body()).contains("id=\"figures-live\"")
			.doesNotContain("<html");
		assertThat(api.send("GET", "/public/boundaries/streets.geojson", null, null).body()).contains("FeatureCollection")
			.contains("长虹街道");
		// the page's table as CSV: the twelve streets and the district's total, as the JSON counts them
		Api.Response csv = api.send("GET", "/public/figures.csv", null, null);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(14);
		assertThat(lines.get(0)).isEqualTo("\uFEFF街道,受理,派遣,办结,响应率（%）,解决率（%）,满意率（%）");
		JsonNode now = api.send("GET", "/public/figures.json", null, null).json();
		assertThat(lines.get(13)).startsWith(now.get("district").get("name").asString() + ","
				+ now.get("district").get("received").asLong() + ",");
		assertThat(page.body()).contains("/public/figures.csv");
	}

	static PublicClient.Upload png() {
		return new PublicClient.Upload("photo.png", "image/png", TestImages.png(40, 30));
	}
}
