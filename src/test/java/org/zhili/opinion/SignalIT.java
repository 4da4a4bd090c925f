package org.zhili.opinion;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.cases.CaseDirectory;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Clocks;
import org.zhili.process.DossierSource;
import org.zhili.process.Links;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.Workbooks;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 舆情 through the API as its people use it: the 网信办 analyst registers and triages, the street verifies its own
 * and nobody else's, the analyst closes or converts, the reply reaches the public page; a late triage gets a 督办;
 * a signal is grouped with the 12345 hot spot on its topic; figures and exports.
 */
@ZhiliIntegrationTest
class SignalIT {

	static final String CHANGHONG = "120104001000";
	static final String WXB = "120104WXB";

	@Autowired
	Api api;

	@Autowired
	MovableClock clock;

	@Autowired
	Clocks clocks;

	@Autowired
	Links links;

	@Autowired
	CaseDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<DossierSource> dossiers;

	@Autowired
	org.zhili.org.OrgUnits units;

	@Test
	void theAnalystTriagesTheStreetVerifiesItsOwnAndTheReplyIsPublished() {
		String title = "长虹街某小区楼下烧烤噪音扰民 " + UUID.randomUUID().toString().substring(0, 6);
		JsonNode created = report(Map.of("source", "WEIBO", "title", title, "text", "每天晚上烧烤摊噪音扰民，油烟呛人，没人管。",
				"link", "https://weibo.example/post/1", "reads", 20000, "shares", 800, "streetCode", CHANGHONG));
		long id = created.get("id").asLong();
		assertThat(created.get("ref").asString()).startsWith("YQ");

		JsonNode d = detail(id, "yuqing");
		assertThat(d.get("line").get("sentiment").asString()).as("the lexicon reads 噪音/扰民/没人管").isEqualTo("NEGATIVE");
		assertThat(d.get("line").get("reachLevel").asString()).as("20000 + 800 × 20 = 36000 weighted").isEqualTo("MEDIUM");
		assertThat(d.get("line").get("stateLabel").asString()).isEqualTo("待研判");
		assertThat(d.get("actions").toString()).contains("assign", "close", "to-case").doesNotContain("verify");

		assertThat(api.get("/api/v1/signals/" + id, "gulou").status()).as("another street does not see it").isEqualTo(404);
		Api.Response early = api.post("/api/v1/signals/" + id + "/verify", Map.of("finding", "属实"), "changhong");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.body()).contains("action_not_allowed");
		assertThat(api.post("/api/v1/signals/" + id + "/assign", Map.of("unitCode", CHANGHONG), "changhong").status())
			.as("only the analyst assigns").isEqualTo(403);

		Api.Response assigned = api.post("/api/v1/signals/" + id + "/assign", Map.of("unitCode", CHANGHONG, "note", "请今日核实"),
				"yuqing");
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
		assertThat(assigned.json().get("line").get("stateLabel").asString()).isEqualTo("核实中");
		assertThat(assigned.json().get("line").get("due").isNull()).as("the verification clock runs").isFalse();
		assertThat(api.get("/api/v1/inbox?loop=signal", "changhong").body()).contains(title);
		assertThat(detail(id, "changhong").get("actions").toString()).contains("verify");

		Api.Response blank = api.post("/api/v1/signals/" + id + "/verify", Map.of("finding", " "), "changhong");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("finding_required");
		Api.Response verified = api.post("/api/v1/signals/" + id + "/verify",
				Map.of("finding", "现场核实：烧烤摊 3 家，夜间经营至零点，属实。"), "changhong");
		assertThat(verified.status()).as(verified.body()).isEqualTo(200);
		assertThat(verified.json().get("line").get("stateLabel").asString()).isEqualTo("已核实");

		Api.Response closeWithout = api.post("/api/v1/signals/" + id + "/close", Map.of("note", "x"), "yuqing");
		assertThat(closeWithout.status()).isEqualTo(400);
		assertThat(closeWithout.body()).contains("closure_required");
		Api.Response closed = api.post("/api/v1/signals/" + id + "/close", Map.of("closure", "HANDLED", "note", "已取缔"), "yuqing");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.json().get("line").get("outcomeLabel").asString()).isEqualTo("已处置");

		String reply = "长虹街道已依法取缔占道烧烤摊，并安排夜间巡查。" + id;
		assertThat(api.post("/api/v1/signals/" + id + "/publish-reply", Map.of("reply", reply), "yuqing").status()).isEqualTo(200);
		Api.Response page = api.send("GET", "/public/opinion", null, null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(reply).contains(title).doesNotContain("weibo.example");
		Api.Response publicApi = api.send("GET", "/api/v1/public/opinion/replies", null, null);
		assertThat(publicApi.status()).isEqualTo(200);
		assertThat(publicApi.body()).contains(reply).doesNotContain("weibo.example").doesNotContain("yuqing");

		JsonNode timeline = api.get("/api/v1/signals/" + id + "/timeline", "yuqing").json();
		assertThat(timeline.valueStream().map(e -> e.get("action").asString()).toList())
			.containsExactly("report", "assign", "verify", "close", "reply");
		assertThat(api.get("/opinion/signals/" + id, "yuqing").body()).contains(reply).contains("现场核实");
		Api.Response list = api.get("/opinion/signals?state=CLOSED", "changhong");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(title).doesNotContain("report-form");
		assertThat(api.get("/opinion/signals", "yuqing").body()).contains("report-form");
		assertThat(api.get("/opinion/signals?state=CLOSED", "gulou").body()).doesNotContain(title);
	}

	@Test
	void aSignalBecomesACaseLinkedBothWays() {
		String title = "网帖称某路段井盖缺失 " + UUID.randomUUID().toString().substring(0, 6);
		long id = report(Map.of("source", "FORUM", "title", title, "text", "人行道井盖丢失，晚上看不见，很危险。", "streetCode",
				CHANGHONG, "categoryCode", category())).get("id").asLong();
		Api.Response converted = api.post("/api/v1/signals/" + id + "/to-case", Map.of("note", "请尽快补装"), "yuqing");
		assertThat(converted.status()).as(converted.body()).isEqualTo(200);
		String number = converted.json().get("trackingNumber").asString();
		JsonNode signal = converted.json().get("signal");
		assertThat(signal.get("line").get("stateLabel").asString()).isEqualTo("已转工单");
		assertThat(signal.get("caseRef").asString()).isEqualTo(number);
		long caseId = signal.get("caseId").asLong();

		List<Links.Link> fromSignal = links.of("signal", id);
		assertThat(fromSignal).extracting(l -> l.other().loop() + ":" + l.other().itemId() + ":" + l.label())
			.containsExactly("case:" + caseId + ":转12345工单");
		assertThat(links.of("case", caseId)).extracting(l -> l.other().loop() + ":" + l.other().itemId() + ":" + l.label())
			.contains("signal:" + id + ":来源：网络舆情");
		assertThat(api.get("/api/v1/signals/" + id + "/links", "yuqing").body()).contains(number);
		Api.Response kase = api.get("/api/v1/cases/" + caseId, "dispatcher");
		assertThat(kase.status()).as(kase.body()).isEqualTo(200);
		assertThat(kase.body()).contains(title);

		Api.Response again = api.post("/api/v1/signals/" + id + "/to-case", Map.of(), "yuqing");
		assertThat(again.status()).as("a signal becomes one case").isEqualTo(409);
		assertThat(api.get("/api/v1/signals?state=CASE", "yuqing").body()).contains(title);
	}

	@Test
	void aLateTriageIsSupervisedAndALateFindingTheStreetIs() {
		String title = "道路塌陷网帖 " + UUID.randomUUID().toString().substring(0, 6);
		long late = report(Map.of("source", "DOUYIN", "title", title, "text", "路面塌陷", "streetCode", CHANGHONG))
			.get("id").asLong();
		long verifying = report(Map.of("source", "DOUYIN", "title", title + "（二）", "text", "路面塌陷", "streetCode", CHANGHONG))
			.get("id").asLong();
		api.post("/api/v1/signals/" + verifying + "/assign", Map.of("unitCode", CHANGHONG), "yuqing");

		clock.advance(Duration.ofHours(30));
		clocks.fireDue("signal");
		clocks.fireDue("signal");
		clock.advance(Duration.ofHours(10));
		clocks.fireDue("supervision");
		clock.reset();

		JsonNode triage = detail(late, "yuqing");
		assertThat(triage.get("supervisions").valueStream().map(s -> s.get("unitCode").asString() + "/" + s.get("level").asString()))
			.containsExactly(WXB + "/URGE", WXB + "/YELLOW");
		assertThat(triage.get("timeline").valueStream().map(e -> e.get("actionLabel").asString()))
			.containsExactly("登记", "研判超时", "催办", "黄牌督办");
		JsonNode verify = detail(verifying, "yuqing");
		assertThat(verify.get("supervisions").valueStream().map(s -> s.get("unitCode").asString()))
			.containsExactly(CHANGHONG, CHANGHONG);
		assertThat(verify.get("timeline").toString()).contains("核实超时");
		assertThat(api.get("/api/v1/supervisions?loop=signal", "changhong").body()).contains(title + "（二）");
	}

	@Test
	void aSignalIsGroupedWithTheOpenHotSpotOnItsTopic() {
		String community = jdbc.sql("select code from org.unit where parent_code = :street and level = 'COMMUNITY' order by code limit 1")
			.param("street", CHANGHONG)
			.query(String.class)
			.single();
		String second = category();
		String top = directory.categories().stream().filter(c -> c.code().equals(second)).findFirst().orElseThrow().parentCode();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		jdbc.sql("""
				insert into routing.hot_spot (detected_on, area_level, area_code, street_code, category_code, recent, expected, p_value, history)
				values (:day, 'COMMUNITY', :area, :street, :category, 9, 1.5, 0.0001, '1,2,1,9')
				on conflict (detected_on, area_code, category_code) do nothing""")
			.param("day", today)
			.param("area", community)
			.param("street", CHANGHONG)
			.param("category", top)
			.update();
		String title = "小区门口反复积水 " + UUID.randomUUID().toString().substring(0, 6);
		long id = report(Map.of("source", "HOTLINE_WEB", "title", title, "text", "雨后积水", "streetCode", CHANGHONG,
				"communityCode", community, "categoryCode", second)).get("id").asLong();

		JsonNode topic = detail(id, "yuqing").get("topic");
		assertThat(topic.get("categoryCode").asString()).isEqualTo(top);
		assertThat(topic.get("hotSpots").valueStream().map(h -> h.get("areaCode").asString() + "/" + h.get("recent").asInt()))
			.contains(community + "/9");
		JsonNode topics = api.get("/api/v1/signals/topics", "yuqing").json();
		JsonNode mine = topics.valueStream()
			.filter(t -> t.get("streetCode").asString().equals(CHANGHONG) && t.get("categoryCode").asString().equals(top))
			.findFirst()
			.orElseThrow();
		assertThat(mine.get("hotSpots").size()).isPositive();
		assertThat(mine.get("items").toString()).contains(title);
		assertThat(api.get("/opinion/topics", "yuqing").body()).contains(title.substring(0, 8));
	}

	@Test
	void theDistrictSeesASignalAboutADepartmentAndTheBuildingsDossierListsIt() {
		String address = "南开区长虹街道某某里 " + UUID.randomUUID().toString().substring(0, 6) + " 号楼";
		long id = report(Map.of("source", "NEWS", "title", "占道经营报道 " + UUID.randomUUID(), "text", "商户占道经营", "unitCode",
				"120104CGW", "address", address)).get("id").asLong();
		assertThat(api.get("/api/v1/signals/" + id, "leader").status()).as("the district").isEqualTo(200);
		assertThat(api.get("/api/v1/signals/" + id, "changhong").status()).as("a street it does not concern").isEqualTo(404);

		DossierSource source = dossiers.stream().filter(d -> d.loop().equals("signal")).findFirst().orElseThrow();
		String key = org.zhili.org.AddressKey.of(address);
		assertThat(source.byAddress(key, actor("yuqing"), 10)).extracting(DossierSource.Item::itemId).containsExactly(id);
		assertThat(source.byAddress(key, actor("gulou"), 10)).as("a street it does not concern").isEmpty();
		assertThat(source.byPerson("any", null, actor("yuqing"), 10)).isEmpty();
	}

	private org.zhili.identity.Actor actor(String username) {
		return switch (username) {
			case "yuqing" -> new org.zhili.identity.Actor(null, username, java.util.Set.of(org.zhili.identity.Role.OPINION_ANALYST),
					units.find(WXB).orElseThrow().scope());
			default -> new org.zhili.identity.Actor(null, username, java.util.Set.of(org.zhili.identity.Role.STREET_OFFICIAL),
					units.find("120104002000").orElseThrow().scope());
		};
	}

	@Test
	void badInputNamesTheField() {
		Api.Response noSource = api.post("/api/v1/signals", Map.of("title", "x", "text", "y"), "yuqing");
		assertThat(noSource.status()).isEqualTo(400);
		assertThat(noSource.body()).contains("source");
		Api.Response nothing = api.post("/api/v1/signals", Map.of("source", "WEIBO", "title", "只有标题"), "yuqing");
		assertThat(nothing.status()).isEqualTo(400);
		assertThat(nothing.body()).contains("text");
		Api.Response wrongStreet = api.post("/api/v1/signals", Map.of("source", "WEIBO", "text", "内容", "streetCode", "999"),
				"yuqing");
		assertThat(wrongStreet.status()).isEqualTo(400);
		assertThat(wrongStreet.body()).contains("streetCode");
		assertThat(api.post("/api/v1/signals", Map.of("source", "WEIBO", "text", "内容"), "changhong").status())
			.as("streets verify, they do not register").isEqualTo(403);
	}

	@Test
	void theAnalystOverridesTheSuggestedSentimentAndTheFiguresCountIt() {
		long id = report(Map.of("source", "NEWS", "title", "社区志愿服务获居民点赞 " + UUID.randomUUID(), "text", "居民感谢志愿者贴心服务"))
			.get("id").asLong();
		JsonNode d = detail(id, "yuqing");
		assertThat(d.get("suggestedSentiment").asString()).isEqualTo("POSITIVE");
		JsonNode before = api.get("/api/v1/signals/figures", "yuqing").json();
		Api.Response changed = api.put("/api/v1/signals/" + id + "/sentiment", Map.of("sentiment", "NEUTRAL"), "yuqing");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("line").get("sentiment").asString()).isEqualTo("NEUTRAL");
		assertThat(changed.json().get("suggestedSentiment").asString()).as("the suggestion stays on record").isEqualTo("POSITIVE");
		JsonNode after = api.get("/api/v1/signals/figures", "yuqing").json();
		assertThat(count(after, "bySentiment", "NEUTRAL")).isEqualTo(count(before, "bySentiment", "NEUTRAL") + 1);
		assertThat(count(after, "bySentiment", "POSITIVE")).isEqualTo(count(before, "bySentiment", "POSITIVE") - 1);
		assertThat(after.get("bySource").size()).isEqualTo(7);

		var list = Workbooks.download(api, "/api/v1/signals/export.xlsx", "yuqing");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.headers().firstValue("X-Export-Rows").orElseThrow()).isNotEqualTo("0");
		var figures = Workbooks.download(api, "/api/v1/signals/figures.xlsx", "yuqing");
		assertThat(figures.statusCode()).isEqualTo(200);
		assertThat(api.get("/opinion/figures", "yuqing").body()).contains("研判用时中位数");
	}

	private long count(JsonNode figures, String breakdown, String code) {
		return figures.get(breakdown).valueStream().filter(c -> c.get("code").asString().equals(code)).findFirst().orElseThrow()
			.get("count").asLong();
	}

	private String category() {
		return directory.categories().stream().filter(c -> c.level() == 2 && c.active()).findFirst().orElseThrow().code();
	}

	private JsonNode report(Map<String, Object> body) {
		Api.Response r = api.post("/api/v1/signals", new HashMap<>(body), "yuqing");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	private JsonNode detail(long id, String who) {
		Api.Response r = api.get("/api/v1/signals/" + id, who);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}
}
