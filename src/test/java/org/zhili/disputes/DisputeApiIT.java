package org.zhili.disputes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.cases.CaseDirectory;
import org.zhili.identity.Actor;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.Role;
import org.zhili.org.OrgUnits;
import org.zhili.petitions.Petitions;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Clocks;
import org.zhili.process.DossierSource;
import org.zhili.process.Links;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 矛盾纠纷 through the API as the mediators, street officials and leaders would use it: the rule sends a dispute to
 * its street's centre or the district's, each sees what it should, the mediation runs to an agreement (with its
 * 调解协议书 and 回访) or fails, the clocks remind and 督办, and the figures count what was concluded.
 */
@ZhiliIntegrationTest
class DisputeApiIT {

	static final String CHANGHONG = "120104001000";
	static final String GULOU = "120104002000";

	@Autowired
	Api api;

	@Autowired
	MovableClock clock;

	@Autowired
	Clocks clocks;

	@Autowired
	Links links;

	@Autowired
	CaseDirectory cases;

	@Autowired
	OrgUnits units;

	@Autowired
	FieldCipher cipher;

	@Autowired
	Petitions petitions;

	@Autowired
	List<DossierSource> dossiers;

	@Test
	void theRuleSendsADisputeToItsStreetOrToTheDistrictCentreAndEachSeesItsOwn() {
		JsonNode street = register(body("NEIGHBOUR", "LOW", CHANGHONG, "13900001111"), "tiaojie2");
		assertThat(street.get("centreCode").asString()).isEqualTo(CHANGHONG);
		assertThat(street.get("centreName").asString()).isEqualTo("长虹街道矛调中心");
		assertThat(street.get("stateCode").asString()).isEqualTo("REGISTERED");
		assertThat(street.get("parties").get(0).get("phone").asString()).isEqualTo("139****1111");

		JsonNode high = register(body("NEIGHBOUR", "HIGH", CHANGHONG, "13900002222"), "tiaojie2");
		assertThat(high.get("centreCode").asString()).isEqualTo("120104MTZ");
		assertThat(high.get("centreName").asString()).isEqualTo("区矛调中心");
		JsonNode medical = register(body("MEDICAL", "LOW", GULOU, "13900003333"), "tiaojie");
		assertThat(medical.get("centreCode").asString()).isEqualTo("120104MTZ");

		long id = street.get("id").asLong();
		assertThat(api.get("/api/v1/disputes/" + id, "changhong").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/disputes/" + id, "gulou").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/disputes/" + id, "leader").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/disputes/" + id, "tiaojie").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/disputes/" + medical.get("id").asLong(), "changhong").status()).isEqualTo(404);
		assertThat(refs(api.get("/api/v1/disputes?limit=2000", "gulou").json())).doesNotContain(street.get("reference").asString());
		assertThat(refs(api.get("/api/v1/disputes?limit=2000&centre=" + CHANGHONG, "leader").json()))
			.contains(street.get("reference").asString());

		// the district centre reads it but only the street's centre accepts it
		Api.Response notTheirs = api.post("/api/v1/disputes/" + id + "/accept", Map.of(), "tiaojie");
		assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(403);
		assertThat(notTheirs.body()).contains("not_your_action");
		assertThat(api.post("/api/v1/disputes/" + id + "/accept", Map.of(), "changhong").status()).isEqualTo(403);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		Map<String, Object> one = new HashMap<>(body("NEIGHBOUR", "LOW", CHANGHONG, "13900004444"));
		one.put("parties", List.of(Map.of("role", "APPLICANT", "name", "王小明")));
		assertProblem(api.post("/api/v1/disputes", one, "tiaojie2"), "parties");
		Map<String, Object> type = new HashMap<>(body("NEIGHBOUR", "LOW", CHANGHONG, "13900004444"));
		type.put("typeCode", "DUEL");
		assertProblem(api.post("/api/v1/disputes", type, "tiaojie2"), "typeCode");
		Map<String, Object> id = new HashMap<>(body("NEIGHBOUR", "LOW", CHANGHONG, "13900004444"));
		id.put("parties", List.of(Map.of("role", "APPLICANT", "name", "王小明", "idNumber", "12345"),
				Map.of("role", "RESPONDENT", "name", "李大力")));
		assertProblem(api.post("/api/v1/disputes", id, "tiaojie2"), "parties[0].idNumber");
		assertThat(api.post("/api/v1/disputes", body("NEIGHBOUR", "LOW", CHANGHONG, "1"), "changhong").status())
			.isEqualTo(403);
	}

	@Test
	void aMediationRunsToAnAgreementWithItsDocumentAndIsFollowedUp() {
		long id = register(body("PROPERTY_MGMT", "MEDIUM", CHANGHONG, "13900005555"), "tiaojie2").get("id").asLong();
		JsonNode accepted = step(id, "accept", Map.of("mediators", List.of("tiaojie2")), "tiaojie2");
		assertThat(accepted.get("stateCode").asString()).isEqualTo("MEDIATING");
		assertThat(accepted.get("mediators").get(0).get("name").asString()).isEqualTo("林淑芬");
		assertThat(accepted.get("mediationDue").isNull()).isFalse();
		assertThat(accepted.get("actions").valueStream().map(JsonNode::asString).toList())
			.containsExactly("transfer", "session", "agree", "fail", "withdraw", "terminate");

		String page = api.get("/disputes/" + id, "tiaojie2").body();
		assertThat(page).contains("session-form").contains("agree-form").contains("fail-form").doesNotContain("accept-form");
		assertThat(api.get("/disputes/" + id, "changhong").body()).doesNotContain("session-form").contains("林淑芬");
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		step(id, "session", Map.of("heldOn", today.toString(), "attendees", "双方当事人、物业经理、调解员林淑芬",
				"minutes", "物业同意减免滞纳金，业主同意补交物业费"), "tiaojie2");
		Api.Response noTerms = api.post("/api/v1/disputes/" + id + "/agree", Map.of("performanceDue", today.plusDays(10).toString()), "tiaojie2");
		assertProblem(noTerms, "terms");
		JsonNode agreed = step(id, "agree", Map.of("terms", "业主于十日内补交2025年度物业费；物业公司减免滞纳金并整改楼道保洁。",
				"performanceDue", today.plusDays(10).toString()), "tiaojie2");
		assertThat(agreed.get("stateCode").asString()).isEqualTo("PERFORMING");
		assertThat(agreed.get("sessions")).hasSize(1);
		assertThat(clocks.find(Clocks.Key.of("dispute", id, "performance"))).isPresent();

		Api.Response doc = api.get("/api/v1/disputes/" + id + "/agreement.docx", "tiaojie2");
		assertThat(doc.status()).isEqualTo(200);
		assertThat(doc.header("Content-Type")).contains("wordprocessingml");
		assertThat(api.get("/api/v1/disputes/" + id + "/agreement.docx", "leader").status()).isEqualTo(403);

		// the deadline passes without a 回访: the centre is reminded, then follows up
		clock.advance(Duration.ofDays(11));
		clocks.fireDue("dispute");
		assertThat(api.get("/api/v1/inbox?loop=dispute&limit=500", "tiaojie2").body()).contains("已到，请回访当事人履行情况");
		JsonNode followed = step(id, "follow-up", Map.of("performance", "PARTLY", "note", "业主已补交一半，约定月底前交清"), "tiaojie2");
		clock.reset();
		assertThat(followed.get("stateCode").asString()).isEqualTo("CLOSED");
		assertThat(api.get("/disputes/" + id, "tiaojie2").body()).contains("agreement-docx").contains("部分履行");
		assertThat(followed.get("performanceLabel").asString()).isEqualTo("部分履行");
		assertThat(followed.get("timeline").valueStream().map(e -> e.get("actionLabel").asString()).toList())
			.containsSubsequence("登记", "受理", "记录调解", "调解成功", "履行期限届满", "履行回访");
		assertThat(api.post("/api/v1/disputes/" + id + "/session", Map.of("heldOn", today.toString(), "attendees", "x",
				"minutes", "x"), "tiaojie2").status()).isEqualTo(409);
	}

	@Test
	void theAgreementDocumentCarriesThePartiesAndTheTerms() throws Exception {
		long id = register(body("NEIGHBOUR", "LOW", CHANGHONG, "13900006666"), "tiaojie2").get("id").asLong();
		step(id, "accept", Map.of(), "tiaojie2");
		step(id, "agree", Map.of("terms", "被申请人于三日内清理楼道堆物，今后不再堆放。",
				"performanceDue", LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE).plusDays(3).toString()), "tiaojie2");
		byte[] bytes = download("/api/v1/disputes/" + id + "/agreement.docx", "tiaojie2");
		try (XWPFDocument docx = new XWPFDocument(new java.io.ByteArrayInputStream(bytes));
				XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
			assertThat(text.getText()).contains("人民调解协议书").contains("王小明").contains("13900006666")
				.contains("被申请人于三日内清理楼道堆物").contains("长虹街道矛调中心");
		}
	}

	@Test
	void aFailedMediationIsReferredAndTheTimelineSaysWhere() {
		long id = register(body("LABOUR", "LOW", CHANGHONG, "13900007777"), "tiaojie2").get("id").asLong();
		step(id, "accept", Map.of(), "tiaojie2");
		assertProblem(api.post("/api/v1/disputes/" + id + "/fail", Map.of("reason", "差距过大"), "tiaojie2"), "referral");
		JsonNode failed = step(id, "fail", Map.of("referral", "ARBITRATION", "reason", "双方对工资数额分歧较大"), "tiaojie2");
		assertThat(failed.get("stateCode").asString()).isEqualTo("FAILED");
		assertThat(failed.get("referralLabel").asString()).isEqualTo("仲裁");
		assertThat(failed.get("light").isNull()).isTrue();
		assertThat(failed.get("timeline").toString()).contains("引导仲裁");
	}

	/** 访调对接: a referral to 信访 registers a petition, linked both ways. */
	@Test
	void aReferralTo信访RegistersAPetitionLinkedBothWays() {
		long id = register(body("NEIGHBOUR", "LOW", CHANGHONG, "13900008888"), "tiaojie2").get("id").asLong();
		step(id, "accept", Map.of(), "tiaojie2");
		Api.Response r = api.post("/api/v1/disputes/" + id + "/fail",
				Map.of("referral", "PETITION", "reason", "申请人坚持要求有关部门处理"), "tiaojie2");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("referralRef").isNull()).isFalse();
		List<Links.Link> fromDispute = links.of("dispute", id);
		assertThat(fromDispute).anySatisfy(l -> assertThat(l.other().loop()).isEqualTo("petition"));
		Links.Link toPetition = fromDispute.stream().filter(l -> l.other().loop().equals("petition")).findFirst().orElseThrow();
		assertThat(links.of("petition", toPetition.other().itemId()))
			.anySatisfy(l -> assertThat(l.other().itemId()).isEqualTo(id));
		assertThat(r.json().get("links").toString()).contains(toPetition.other().itemRef());
	}

	/** 访调对接 the other way: a petition handed to mediation. */
	@Test
	void aDisputeOpenedFromAPetitionIsPrefilledAndLinkedBothWays() {
		Actor xinfang = new Actor(null, "xinfang", java.util.Set.of(Role.PETITION_OFFICER),
				units.find("120104XFB").orElseThrow().scope());
		Petitions.Registered petition = petitions.register(new Petitions.NewPetition(org.zhili.petitions.PetitionChannel.VISIT,
				"楼上住户装修破坏承重墙", "来访人反映楼上住户装修拆改承重墙，双方多次争吵，要求有关部门处理。",
				new Petitions.Petitioner("孙立平", "13800112233", null), "长虹街道鞍山西道12号4号楼", CHANGHONG, 1, List.of(),
				null), xinfang);
		// handed to the street (交办), whose 矛调中心 takes it up
		assertThat(api.post("/api/v1/petitions/" + petition.id() + "/route", Map.of("kind", "CLAIM"), "xinfang").status())
			.isEqualTo(200);
		JsonNode draft = api.get("/api/v1/disputes/draft?petition=" + petition.id(), "tiaojie2").json();
		assertThat(draft.get("originRef").asString()).isEqualTo(petition.trackingNumber());
		Map<String, Object> body = new HashMap<>(body("NEIGHBOUR", "LOW", CHANGHONG, "13800112233"));
		body.put("originPetition", petition.id());
		JsonNode d = register(body, "tiaojie2");
		assertThat(d.get("links").get(0).get("label").asString()).isEqualTo("来源：信访件");
		assertThat(links.of("petition", petition.id())).anySatisfy(l -> assertThat(l.other().itemId()).isEqualTo(d.get("id").asLong()));
	}

	@Test
	void aDisputeOpenedFromA12345CaseIsPrefilledAndLinkedBothWays() {
		AtomicReference<CaseDirectory.History> found = new AtomicReference<>();
		cases.forEachHistory(h -> {
			if (found.get() == null && CHANGHONG.equals(h.streetCode())) {
				found.set(h);
			}
		});
		CaseDirectory.History c = found.get();
		JsonNode draft = api.get("/api/v1/disputes/draft?case=" + c.trackingNumber(), "tiaojie2").json();
		assertThat(draft.get("title").asString()).isEqualTo(c.title());
		assertThat(draft.get("streetCode").asString()).isEqualTo(CHANGHONG);
		assertThat(api.get("/api/v1/disputes/draft?case=NOPE", "tiaojie2").body()).contains("originCase");

		Map<String, Object> body = new HashMap<>(body("NEIGHBOUR", "LOW", CHANGHONG, "13900009999"));
		body.put("title", draft.get("title").asString());
		body.put("originCase", c.trackingNumber());
		JsonNode d = register(body, "tiaojie2");
		assertThat(d.get("links").get(0).get("label").asString()).isEqualTo("来源：12345工单");
		assertThat(d.get("links").get(0).get("other").get("itemRef").asString()).isEqualTo(c.trackingNumber());
		assertThat(links.of("case", c.id())).anySatisfy(l -> {
			assertThat(l.other().loop()).isEqualTo("dispute");
			assertThat(l.label()).isEqualTo("转人民调解");
		});
		assertThat(api.get("/disputes/" + d.get("id").asLong(), "tiaojie2").body()).contains(c.trackingNumber());
	}

	@Test
	void anOverdueMediationIsSupervised() {
		long id = register(body("NEIGHBOUR", "HIGH", CHANGHONG, "13900001313"), "tiaojie").get("id").asLong();
		step(id, "accept", Map.of(), "tiaojie");
		clock.advance(Duration.ofDays(31));
		clocks.fireDue("dispute");
		// unanswered, the 催办 climbs to a 黄牌督办 and the timeline says so
		// (three working days to answer: a fortnight spans even the Spring Festival's days off)
		clock.advance(Duration.ofDays(15));
		clocks.fireDue("supervision");
		clock.reset();
		JsonNode d = api.get("/api/v1/disputes/" + id, "tiaojie").json();
		assertThat(d.get("supervisions")).hasSize(2);
		assertThat(d.get("supervisions").get(0).get("unitCode").asString()).isEqualTo("120104MTZ");
		assertThat(d.get("timeline").valueStream().map(e -> e.get("actionLabel").asString()).toList())
			.containsSubsequence("调解超期", "催办", "黄牌督办");
		JsonNode transferred = step(id, "transfer", Map.of("centreCode", CHANGHONG, "reason", "风险已化解，交街道继续调处"), "tiaojie");
		assertThat(transferred.get("centreCode").asString()).isEqualTo(CHANGHONG);
		assertThat(transferred.get("stateCode").asString()).isEqualTo("REGISTERED");
		assertThat(transferred.get("supervisions").valueStream().map(s -> s.get("state").asString()).toList())
			.containsExactly("ESCALATED", "CLOSED");
		step(id, "accept", Map.of(), "tiaojie2");
	}

	@Test
	void thePartiesAreFoundByPhoneAndBuildingWithinTheReadersScope() {
		JsonNode d = register(body("NEIGHBOUR", "LOW", CHANGHONG, "13900001414"), "tiaojie2");
		DossierSource source = dossiers.stream().filter(s -> s.loop().equals("dispute")).findFirst().orElseThrow();
		Actor changhong = new Actor(null, "changhong", java.util.Set.of(Role.STREET_OFFICIAL),
				units.find(CHANGHONG).orElseThrow().scope());
		Actor gulou = new Actor(null, "gulou", java.util.Set.of(Role.STREET_OFFICIAL), units.find(GULOU).orElseThrow().scope());
		assertThat(source.byPerson(cipher.blindIndex("13900001414"), null, changhong, 10))
			.extracting(DossierSource.Item::itemRef).contains(d.get("reference").asString());
		assertThat(source.byPerson(cipher.blindIndex("13900001414"), null, gulou, 10)).isEmpty();
		assertThat(source.byAddress(org.zhili.org.AddressKey.of("长虹街道鞍山西道200号3号楼2门501"), changhong, 50))
			.extracting(DossierSource.Item::itemRef).contains(d.get("reference").asString());
		List<JsonNode> clear = api.get("/api/v1/disputes/" + d.get("id").asLong() + "/parties", "tiaojie2").json().valueStream().toList();
		assertThat(clear.get(0).get("phone").asString()).isEqualTo("13900001414");
		assertThat(api.get("/api/v1/disputes/" + d.get("id").asLong() + "/parties", "leader").status()).isEqualTo(403);
	}

	@Test
	void theFiguresCountTheDisputesConcludedInThePeriod() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		String period = "/api/v1/disputes/figures?from=" + today + "&to=" + today;
		JsonNode before = centreLine(api.get(period, "leader").json(), CHANGHONG);
		long agreed = register(body("CONSUMER", "LOW", CHANGHONG, "13900001515"), "tiaojie2").get("id").asLong();
		long failed = register(body("CONSUMER", "LOW", CHANGHONG, "13900001616"), "tiaojie2").get("id").asLong();
		long open = register(body("CONSUMER", "LOW", CHANGHONG, "13900001717"), "tiaojie2").get("id").asLong();
		for (long id : List.of(agreed, failed, open)) {
			step(id, "accept", Map.of(), "tiaojie2");
		}
		step(agreed, "agree", Map.of("terms", "商家退还预付费用", "performanceDue", today.toString()), "tiaojie2");
		step(failed, "fail", Map.of("referral", "COURT", "reason", "商家拒绝调解方案"), "tiaojie2");

		JsonNode figures = api.get(period, "leader").json();
		JsonNode after = centreLine(figures, CHANGHONG);
		assertThat(count(after, "concluded") - count(before, "concluded")).isEqualTo(2);
		assertThat(count(after, "agreed") - count(before, "agreed")).isEqualTo(1);
		assertThat(count(after, "failed") - count(before, "failed")).isEqualTo(1);
		assertThat(figures.get("cohort").asString()).contains("调处终结");
		assertThat(api.get("/api/v1/disputes/figures?from=" + today + "&to=" + today.minusDays(1), "leader").body())
			.contains("from");

		Api.Response xlsx = api.get("/api/v1/disputes/figures.xlsx?from=" + today.minusDays(365) + "&to=" + today, "leader");
		assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
		assertThat(Integer.parseInt(xlsx.header("X-Export-Rows"))).isGreaterThan(2);
		Api.Response list = api.get("/api/v1/disputes/export.xlsx?centre=" + CHANGHONG, "changhong");
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		assertThat(Integer.parseInt(list.header("X-Export-Rows"))).isGreaterThan(0);
	}

	@Test
	void theDemoYearIsThereAndThePagesShowIt() {
		JsonNode all = api.get("/api/v1/disputes?limit=2000", "leader").json();
		assertThat(all.size()).isGreaterThan(200);
		List<String> states = all.valueStream().map(l -> l.get("stateCode").asString()).toList();
		assertThat(states).contains("CLOSED", "PERFORMING", "FAILED", "MEDIATING");
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		JsonNode year = api.get("/api/v1/disputes/figures?from=" + today.minusDays(364) + "&to=" + today, "leader").json();
		assertThat(year.get("total").get("successRate").asDouble()).isBetween(85.0, 100.0);
		assertThat(year.get("byCentre").size()).isGreaterThan(5);

		long id = all.get(0).get("id").asLong();
		assertThat(api.get("/disputes", "tiaojie2").body()).contains("矛盾纠纷").contains("长虹街道矛调中心");
		assertThat(api.get("/disputes/" + id, "leader").status()).isEqualTo(200);
		assertThat(api.get("/disputes/new", "tiaojie2").body()).contains("登记纠纷").contains("申请人");
		assertThat(api.get("/disputes/figures", "leader").body()).contains("调处成功率").contains("区矛调中心");
	}

	private JsonNode register(Map<String, Object> body, String who) {
		Api.Response r = api.post("/api/v1/disputes", body, who);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	private JsonNode step(long id, String action, Map<String, Object> body, String who) {
		Api.Response r = api.post("/api/v1/disputes/" + id + "/" + action, body, who);
		assertThat(r.status()).as(action + " by " + who + ": " + r.body()).isEqualTo(200);
		return r.json();
	}

	private byte[] download(String path, String who) throws Exception {
		java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + path))
					.header("Authorization", "Bearer " + api.token(who)).build(),
				java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(r.statusCode()).isEqualTo(200);
		return r.body();
	}

	private static void assertProblem(Api.Response r, String field) {
		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.body()).contains(field);
	}

	private static List<String> refs(JsonNode lines) {
		List<String> refs = new ArrayList<>();
		lines.forEach(l -> refs.add(l.get("reference").asString()));
		return refs;
	}

	private static JsonNode centreLine(JsonNode figures, String centre) {
		for (JsonNode l : figures.get("byCentre")) {
			if (l.get("key").asString().equals(centre)) {
				return l;
			}
		}
		return null;
	}

	private static int count(JsonNode line, String field) {
		return line == null ? 0 : line.get(field).asInt();
	}

	private static Map<String, Object> body(String type, String risk, String street, String phone) {
		return Map.of("typeCode", type, "title", "测试纠纷：楼道堆物影响通行", "description", "被申请人在楼道长期堆放杂物，双方多次争吵。",
				"amount", 1200, "risk", risk, "address", "长虹街道鞍山西道200号3号楼2门501", "streetCode", street,
				"parties", List.of(Map.of("role", "APPLICANT", "name", "王小明", "phone", phone, "idNumber", "120104198001011234"),
						Map.of("role", "RESPONDENT", "name", "李大力", "phone", "13700000000")));
	}
}
