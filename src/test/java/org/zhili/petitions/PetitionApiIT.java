package org.zhili.petitions;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.cases.CaseDirectory;
import org.zhili.identity.Actor;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.Role;
import org.zhili.org.OrgUnits;
import org.zhili.process.Clocks;
import org.zhili.process.DossierSource;
import org.zhili.process.Links;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 信访 through the API as the 信访办, the units and the petitioner use it: registration (a group visit names its
 * representatives), routing by kind with the answer told to the petitioner, the 意见书 and the petitioner's rating,
 * and a 检举控告 kept from the unit it accuses on every endpoint and page that shows petitions.
 */
@ZhiliIntegrationTest
class PetitionApiIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Autowired
	List<DossierSource> dossiers;

	@Autowired
	FieldCipher cipher;

	@Autowired
	OrgUnits units;

	@Autowired
	MovableClock clock;

	@Autowired
	Clocks clocks;

	@Autowired
	PetitionHistory history;

	@Autowired
	Links links;

	@Autowired
	CaseDirectory cases;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void anOverdueHandlingIsSupervisedAndTheExtensionIsGrantedOnce() {
		long id = register(body("单元门禁损坏三个月未修", "13911110006")).get("id").asLong();
		api.post("/api/v1/petitions/" + id + "/route", Map.of("kind", "CLAIM"), "xinfang");
		Api.Response extended = api.post("/api/v1/petitions/" + id + "/extend", Map.of("text", "需协调产权单位"), "xinfang");
		assertThat(extended.json().get("extended").asBoolean()).isTrue();
		assertThat(extended.json().get("timeline").toString()).contains("需协调产权单位");
		Api.Response again = api.post("/api/v1/petitions/" + id + "/extend", Map.of("text", "再延"), "xinfang");
		assertThat(again.status()).isEqualTo(409);
		assertThat(api.post("/api/v1/petitions/" + id + "/extend", Map.of("text", "再延"), "changhong").status()).isEqualTo(403);
		// 60 days and the 30 granted, each to the end of its last day, or of the next working day when that day is off
		clock.advance(Duration.ofDays(120));
		try {
			clocks.fireDue("petition");
		}
		finally {
			clock.reset();
		}
		JsonNode d = api.get("/api/v1/petitions/" + id, "changhong").json();
		assertThat(d.get("supervisions")).hasSize(1);
		assertThat(d.get("supervisions").get(0).get("unitCode").asString()).isEqualTo(CHANGHONG);
		assertThat(d.get("timeline").valueStream().map(e -> e.get("actionLabel").asString()).toList())
			.containsSubsequence("延长办理期限", "办理超期", "催办");
	}

	@Test
	void afterReReviewTheSameMatterIsARepeatThatIsNotCountedAgain() {
		Map<String, Object> body = body("违建遮挡采光要求拆除", "13911110007");
		long id = register(body).get("id").asLong();
		api.post("/api/v1/petitions/" + id + "/route", Map.of("kind", "CLAIM"), "xinfang");
		api.post("/api/v1/petitions/" + id + "/reply", Map.of("opinion", "REJECT", "text", "经核实不属违建"), "changhong");
		Instant now = clock.instant();
		history.requestReview(id, "不服", now);
		Api.Response reviewed = api.post("/api/v1/petitions/" + id + "/review", Map.of("opinion", "REJECT", "text", "维持"), "xinfang");
		assertThat(reviewed.json().get("stateLabel").asString()).as(reviewed.body()).isEqualTo("复查已答复");
		history.requestReview(id, "仍不服", now);
		JsonNode closed = api.post("/api/v1/petitions/" + id + "/review", Map.of("opinion", "REJECT", "text", "复核维持"), "xinfang").json();
		assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("fin").asBoolean()).isTrue();
		int before = api.get("/api/v1/petitions/figures", "xinfang").json().get("total").asInt();
		JsonNode repeat = register(body);
		assertThat(repeat.get("repeatOf").asString()).isEqualTo(closed.get("trackingNumber").asString());
		assertThat(repeat.get("links").toString()).contains("重复信访");
		JsonNode figures = api.get("/api/v1/petitions/figures", "xinfang").json();
		assertThat(figures.get("total").asInt()).isEqualTo(before);
		// on time: replied by the handling clock's due instant, counted here straight from the tables
		int onTime = jdbc.sql("""
				select count(*) from petitions.petition p
				left join process.clock k on k.loop = 'petition' and k.item_id = p.id and k.name = 'handle' and k.holder = ''
				where p.repeat_of is null and p.replied_at is not null and (k.due_at is null or p.replied_at <= k.due_at)
				  and extract(year from p.registered_at at time zone 'Asia/Shanghai') = ?""")
			.param(figures.get("year").asInt()).query(Integer.class).single();
		assertThat(figures.get("onTime").asInt()).isEqualTo(onTime).isLessThan(figures.get("replied").asInt());
	}

	@Test
	void aPetitionTransferredFrom12345IsLinkedBothWaysAndALeaderTakesIt() {
		String number = jdbc.sql("select tracking_number from cases.case_record where street_code is not null order by id limit 1")
			.query(String.class).single();
		JsonNode draft = api.get("/api/v1/petitions/draft?case=" + number, "xinfang").json();
		assertThat(draft.get("title").asString()).isNotBlank();
		Map<String, Object> body = body(draft.get("title").asString() + "（转信访）", "13911110008");
		body.remove("channel");
		body.put("caseNumber", number);
		JsonNode p = register(body);
		assertThat(p.get("channel").asString()).isEqualTo("HOTLINE_TRANSFER");
		assertThat(p.get("links").toString()).contains(number).contains("来源：12345工单");
		long caseId = p.get("links").get(0).get("other").get("itemId").asLong();
		assertThat(links.of("case", caseId)).anyMatch(l -> l.other().itemRef().equals(p.get("trackingNumber").asString()));
		Api.Response unknown = api.get("/api/v1/petitions/draft?case=NOPE", "xinfang");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("caseNumber");
		long id = p.get("id").asLong();
		JsonNode led = api.post("/api/v1/petitions/" + id + "/lead", Map.of("text", "一周内接谈"), "leader").json();
		assertThat(led.get("leader").asString()).isEqualTo("leader");
		api.post("/api/v1/petitions/" + id + "/lead-visit", Map.of("text", "现场接谈"), "leader");
		assertThat(api.get("/petitions/leaders", "leader").body()).contains(p.get("trackingNumber").asString());
	}

	@Test
	void aGroupVisitOfMoreThanFiveNamesItsRepresentatives() {
		Map<String, Object> body = body("多人反映小区供暖不达标", "13911110001");
		body.put("channel", "VISIT");
		body.put("groupSize", 12);
		Api.Response refused = api.post("/api/v1/petitions", body, "xinfang");
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("representatives");
		body.put("representatives", List.of("甲", "乙", "丙", "丁", "戊", "己"));
		assertThat(api.post("/api/v1/petitions", body, "xinfang").body()).contains("representatives");
		body.put("representatives", List.of("王立", "李强"));
		Api.Response ok = api.post("/api/v1/petitions", body, "xinfang");
		assertThat(ok.status()).as(ok.body()).isEqualTo(201);
		assertThat(ok.json().get("trackingNumber").asString()).matches("XF\\d{13}");
		assertThat(ok.json().get("stateLabel").asString()).isEqualTo("待交办");
		assertThat(api.post("/api/v1/petitions", body, "changhong").status()).isEqualTo(403);
	}

	@Test
	void aClaimIsRoutedToItsStreetAnsweredAndRatedByThePetitioner() {
		JsonNode p = register(body("楼道长期堆放杂物无人清理", "13911110002"));
		long id = p.get("id").asLong();
		assertThat(api.get("/api/v1/petitions/" + id, "changhong").status()).isEqualTo(404);
		JsonNode routed = api.post("/api/v1/petitions/" + id + "/route", Map.of("kind", "CLAIM"), "xinfang").json();
		assertThat(routed.get("state").asString()).isEqualTo("HANDLING");
		assertThat(routed.get("unitCode").asString()).isEqualTo(CHANGHONG);
		assertThat(routed.get("answer").asString()).contains("交办").contains("60日");
		assertThat(routed.get("due").isNull()).isFalse();
		assertThat(api.get("/api/v1/petitions/" + id, "changhong").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/petitions/" + id, "gulou").status()).isEqualTo(404);

		Api.Response noText = api.post("/api/v1/petitions/" + id + "/reply", Map.of("opinion", "SUPPORT"), "changhong");
		assertThat(noText.status()).as(noText.body()).isEqualTo(400);
		assertThat(noText.body()).contains("text");
		JsonNode replied = api.post("/api/v1/petitions/" + id + "/reply",
				Map.of("opinion", "SUPPORT", "text", "已组织清理，并建立楼道巡查制度"), "changhong").json();
		assertThat(replied.get("stateLabel").asString()).isEqualTo("已出具意见");
		Api.Response docx = api.get("/api/v1/petitions/" + id + "/opinion.docx", "changhong");
		assertThat(docx.status()).isEqualTo(200);

		String number = p.get("trackingNumber").asString();
		String code = p.get("queryCode").asString();
		assertThat(api.get("/public/petitions/" + number + "?code=000000x", null).status()).isEqualTo(404);
		Api.Response page = api.get("/public/petitions/" + number + "?code=" + code, null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("已组织清理").contains("申请复查");

		// the petitioner rates and asks for 复查 on the public page's forms
		java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String url = api.base() + "/public/petitions/" + number;
		String csrf = csrf(send(http, java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "?code=" + code)).GET()));
		int rated = send(http, form(url + "/rate", "code=" + code + "&rating=BASICALLY_SATISFIED&_csrf=" + csrf)).statusCode();
		assertThat(rated).isEqualTo(302);
		csrf = csrf(send(http, java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "?code=" + code)).GET()));
		send(http, form(url + "/review", "code=" + code + "&reason=" + java.net.URLEncoder.encode("清理不彻底",
				java.nio.charset.StandardCharsets.UTF_8) + "&_csrf=" + csrf));
		JsonNode after = api.get("/api/v1/petitions/" + id, "xinfang").json();
		assertThat(after.get("ratingLabel").asString()).isEqualTo("基本满意");
		assertThat(after.get("stateLabel").asString()).isEqualTo("复查中");
		assertThat(after.get("timeline").toString()).contains("清理不彻底");
		assertThat(api.get("/api/v1/inbox", "xinfang").body()).contains(number);
	}

	private static java.net.http.HttpRequest.Builder form(String url, String body) {
		return java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
	}

	private static java.net.http.HttpResponse<String> send(java.net.http.HttpClient http,
			java.net.http.HttpRequest.Builder request) {
		try {
			return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String csrf(java.net.http.HttpResponse<String> page) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(m.find()).as(page.body()).isTrue();
		return m.group(1);
	}

	@Test
	void aClaimWithAStatutoryProcedureIsGuidedThereAndALegalMatterGoesToThePoliticalLegalCommittee() {
		long id = register(body("工伤赔偿纠纷", "13911110003")).get("id").asLong();
		JsonNode guided = api.post("/api/v1/petitions/" + id + "/route", Map.of("kind", "CLAIM", "procedure", "ARBITRATION"),
				"xinfang").json();
		assertThat(guided.get("state").asString()).isEqualTo("GUIDED");
		assertThat(guided.get("answer").asString()).contains("仲裁").contains("第三十一条");
		long legal = register(body("不服法院判决", "13911110004")).get("id").asLong();
		JsonNode toZfw = api.post("/api/v1/petitions/" + legal + "/route", Map.of("kind", "CLAIM", "legalMatter", true),
				"xinfang").json();
		assertThat(toZfw.get("unitCode").asString()).isEqualTo("120104ZFW");
		Api.Response noAccused = api.post("/api/v1/petitions/" + register(body("举报", "13911110005")).get("id").asLong()
				+ "/route", Map.of("kind", "ACCUSATION"), "xinfang");
		assertThat(noAccused.status()).isEqualTo(400);
		assertThat(noAccused.body()).contains("accusedUnit");
	}

	/** Every endpoint and page that shows petitions: a new one must be added here, with its check. */
	@Test
	void anAccusationNeverReachesTheUnitItAccuses() {
		String phone = "13911119999";
		Map<String, Object> body = body("举报城管执法人员吃拿卡要", phone);
		body.put("address", "天津市南开区白堤路88号");
		JsonNode p = register(body);
		long id = p.get("id").asLong();
		String number = p.get("trackingNumber").asString();
		JsonNode routed = api.post("/api/v1/petitions/" + id + "/route",
				Map.of("kind", "ACCUSATION", "accusedUnit", "120104CGW", "accusedPerson", "某队员"), "xinfang").json();
		assertThat(routed.get("unitCode").asString()).isEqualTo("120104JWJ");
		assertThat(routed.get("answer").asString()).contains("保密");
		api.post("/api/v1/petitions/" + id + "/note", Map.of("text", "已初核"), "jiwei");

		// the discipline body and the office see it
		assertThat(api.get("/api/v1/petitions/" + id, "jiwei").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/petitions?q=" + number, "xinfang").body()).contains(number);

		// the accused unit sees nothing, anywhere
		String accused = "chengguan";
		for (String path : List.of("/api/v1/petitions/" + id, "/api/v1/petitions/" + id + "/timeline",
				"/api/v1/petitions/" + id + "/opinion.docx", "/petitions/" + id, "/api/v1/timelines/petition/" + id)) {
			Api.Response r = api.get(path, accused);
			assertThat(r.status()).as(path).isEqualTo(404);
			assertThat(r.body()).as(path).doesNotContain(number);
		}
		for (String path : List.of("/api/v1/petitions?limit=5000", "/api/v1/petitions?q=" + number, "/petitions",
				"/petitions?kind=ACCUSATION", "/petitions/leaders", "/petitions/campaigns", "/petitions/figures",
				"/api/v1/petitions/campaigns")) {
			Api.Response r = api.get(path, accused);
			assertThat(r.body()).as(path).doesNotContain(number).doesNotContain("吃拿卡要");
		}
		assertThat(api.get("/petitions?q=" + number, accused).body()).contains("petitions-empty");
		assertThat(api.get("/petitions?q=" + number, "xinfang").body()).doesNotContain("petitions-empty");
		Api.Response export = api.get("/api/v1/petitions/export.xlsx?q=" + number, accused);
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("X-Export-Rows")).isEqualTo("0");
		assertThat(api.get("/api/v1/petitions/export.xlsx?q=" + number, "xinfang").header("X-Export-Rows")).isEqualTo("1");
		JsonNode figures = api.get("/api/v1/petitions/figures", accused).json();
		assertThat(figures.get("byKind").get("检举控告").asInt()).isZero();
		assertThat(api.get("/api/v1/petitions/figures", "xinfang").json().get("byKind").get("检举控告").asInt()).isPositive();

		Actor chengguan = new Actor(null, accused, java.util.Set.of(Role.DEPARTMENT_HANDLER),
				units.find("120104CGW").orElseThrow().scope());
		Actor office = new Actor(null, "xinfang", java.util.Set.of(Role.PETITION_OFFICER),
				units.find("120104XFB").orElseThrow().scope());
		DossierSource source = dossiers.stream().filter(d -> d.loop().equals("petition")).findFirst().orElseThrow();
		assertThat(source.byPerson(cipher.blindIndex(phone), null, chengguan, 50)).isEmpty();
		assertThat(source.byPerson(cipher.blindIndex(phone), null, office, 50)).extracting(DossierSource.Item::itemRef)
			.contains(number);
		String key = org.zhili.org.AddressKey.of("天津市南开区白堤路88号");
		assertThat(source.byAddress(key, chengguan, 50)).isEmpty();
		assertThat(source.byAddress(key, office, 50)).isNotEmpty();
	}

	@Test
	void anAccusationGrownOutOfA12345CaseLeavesNoTraceOnTheCase() {
		String number = jdbc.sql("select tracking_number from cases.case_record where street_code is not null order by id desc limit 1")
			.query(String.class).single();
		long caseId = jdbc.sql("select id from cases.case_record where tracking_number = :n").param("n", number)
			.query(Long.class).single();
		Map<String, Object> body = body("举报执法队员收受好处", "13911119998");
		body.remove("channel");
		body.put("caseNumber", number);
		JsonNode p = register(body);
		String petition = p.get("trackingNumber").asString();
		assertThat(links.of("case", caseId)).anyMatch(l -> l.other().itemRef().equals(petition));

		api.post("/api/v1/petitions/" + p.get("id").asLong() + "/route",
				Map.of("kind", "ACCUSATION", "accusedUnit", "120104CGW"), "xinfang");

		assertThat(links.of("case", caseId)).noneMatch(l -> l.other().itemRef().equals(petition));
		Api.Response page = api.get("/cases/" + caseId, "dispatcher");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain(petition);
	}

	@Test
	void everyPageRendersForItsReaders() {
		long id = register(body("小区路灯不亮", "13911110009")).get("id").asLong();
		Api.Response route = api.get("/petitions/" + id, "xinfang");
		assertThat(route.status()).as(route.body()).isEqualTo(200);
		assertThat(route.body()).contains("route-form").contains("query-code");
		api.post("/api/v1/petitions/" + id + "/route", Map.of("kind", "SUGGESTION"), "xinfang");
		Api.Response handle = api.get("/petitions/" + id, "changhong");
		assertThat(handle.status()).as(handle.body()).isEqualTo(200);
		assertThat(handle.body()).contains("reply-form").contains("note-form").doesNotContain("query-code");
		for (String path : List.of("/petitions", "/petitions/new", "/petitions/leaders", "/petitions/campaigns",
				"/petitions/figures", "/api/v1/petitions/report.docx", "/api/v1/petitions/procedures")) {
			Api.Response r = api.get(path, "xinfang");
			assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
		}
		assertThat(api.get("/petitions/leaders", "leader").status()).isEqualTo(200);
		assertThat(api.get("/petitions/new", "changhong").status()).isEqualTo(403);
		JsonNode campaign = api.post("/api/v1/petitions/campaigns", Map.of("title", "测试专项", "targetDate",
				java.time.LocalDate.ofInstant(clock.instant(), org.zhili.platform.ChinaTime.ZONE).plusDays(30).toString()),
				"xinfang").json();
		assertThat(campaign.get("total").asInt()).isPositive();
		assertThat(api.get("/api/v1/petitions/campaigns/" + campaign.get("id").asLong() + "/export.xlsx", "xinfang")
			.header("X-Export-Rows")).isEqualTo(campaign.get("items").size() + "");

		// the weekly report counts what its unit resolved this week
		JsonNode open = campaign.get("items").valueStream().filter(i -> !i.get("resolved").asBoolean() && i.get("reason").asString().equals("超过办理期限")).findFirst().orElseThrow();
		long openId = open.get("id").asLong();
		String unit = jdbc.sql("select handling_unit from petitions.petition where id = :id").param("id", openId)
			.query(String.class).single();
		Actor handler = new Actor(null, "handler", java.util.Set.of(Role.DEPARTMENT_HANDLER, Role.STREET_OFFICIAL),
				units.find(unit).orElseThrow().scope());
		history.reply(openId, org.zhili.petitions.PetitionOpinion.EXPLAIN, "已向信访人解释说明政策依据", handler, clock.instant());
		JsonNode after = api.get("/api/v1/petitions/campaigns/" + campaign.get("id").asLong(), "xinfang").json();
		assertThat(after.get("resolvedThisWeek").asInt()).isEqualTo(campaign.get("resolvedThisWeek").asInt() + 1);
		assertThat(after.get("resolved").asInt()).isEqualTo(campaign.get("resolved").asInt() + 1);
	}

	private JsonNode register(Map<String, Object> body) {
		Api.Response r = api.post("/api/v1/petitions", body, "xinfang");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	private static Map<String, Object> body(String title, String phone) {
		Map<String, Object> b = new HashMap<>();
		b.put("channel", "LETTER");
		b.put("title", title);
		b.put("content", title + "，请求有关部门尽快处理。");
		b.put("petitionerName", "王小明");
		b.put("petitionerPhone", phone);
		b.put("streetCode", CHANGHONG);
		return b;
	}
}
