package org.zhili.enterprises.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.CreditCode;
import org.zhili.cases.PublicRequests;
import org.zhili.identity.Actor;
import org.zhili.org.OrgUnits;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** 包联企业 over the API: pairing rules, a paired enterprise's requests routed to the official, visits, the record. */
@ZhiliIntegrationTest
class PairingsIT {

	private static final String CHANGHONG = "120104001000";
	private static final String SCHOOL = "孩子上学难\n孩子今年六岁，户口和房产都在本区，学区小学却说学位已满不能入学，请教育局协调解决孩子就近入学。";

	@Autowired
	Api api;

	@Autowired
	PublicRequests requests;

	@Autowired
	OrgUnits units;

	static String newCode() {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		StringBuilder eight = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			eight.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(10 + 26 - 5)));
		}
		return CreditCode.compose("91", "120104", eight.toString().replaceAll("[^0-9A-Z]", "0"));
	}

	private Api.Response pair(String code, String name, String official, String who) {
		return api.post("/api/v1/enterprises/pairings",
				Map.of("creditCode", code, "enterpriseName", name, "official", official, "visitEveryDays", 30), who);
	}

	private long submit(String code, String name, String text) {
		double[] point = new CasesThroughApi(api).pointIn("STREET", CHANGHONG);
		return requests.submit(new PublicRequests.Submission(Channel.WEB, CaseType.COMPLAINT, null, text, null, point[0],
				point[1], "王经理", "13800002222", false, false, new PublicRequests.Enterprise(code, name, "王经理"), List.of()),
				Actor.channel("web", units.district().scope())).id();
	}

	private JsonNode kase(long id) {
		return api.get("/api/v1/cases/" + id, "dispatcher").json();
	}

	static void await(String what, Supplier<Boolean> condition) {
		Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(condition::get);
	}

	@Test
	void oneRunningOfficialPerEnterpriseAndBadInputIsNamed() {
		String code = newCode();
		Api.Response first = pair(code, "天津长虹精密机械有限公司", "chengguan", "supervisor");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("officialName").asString()).isEqualTo("陈志强");
		assertThat(first.json().get("unitCode").asString()).isEqualTo("120104CGW");
		assertThat(first.json().get("active").asBoolean()).isTrue();

		Api.Response second = pair(code, "天津长虹精密机械有限公司", "changhong", "supervisor");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("code").asString()).isEqualTo("already_paired");
		assertThat(second.json().get("detail").asString()).contains("陈志强");
		// an official may hold several enterprises
		assertThat(pair(newCode(), "天津某某商贸有限公司", "chengguan", "supervisor").status()).isEqualTo(201);

		Api.Response badCode = pair("91120104MA05K1230B", "某公司", "chengguan", "supervisor");
		assertThat(badCode.status()).isEqualTo(400);
		assertThat(badCode.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
		Api.Response nobody = pair(newCode(), "某公司", "nobody-here", "supervisor");
		assertThat(nobody.status()).isEqualTo(422);
		assertThat(nobody.json().get("code").asString()).isEqualTo("unknown_official");
		Api.Response districtWide = pair(newCode(), "某公司", "leader", "supervisor");
		assertThat(districtWide.status()).as("the district as a whole cannot lead a case").isEqualTo(422);
		assertThat(districtWide.json().get("code").asString()).isEqualTo("official_unit_cannot_lead");

		// who may: the 营商环境 office (supervisor) pairs; others see or nothing
		assertThat(pair(newCode(), "某公司", "chengguan", "changhong").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/enterprises/pairings", "operator").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/enterprises/pairings", "leader").status()).isEqualTo(200);

		long id = first.json().get("id").asLong();
		Api.Response ended = api.post("/api/v1/enterprises/pairings/" + id + "/end", Map.of("reason", "干部调整"), "supervisor");
		assertThat(ended.status()).as(ended.body()).isEqualTo(200);
		assertThat(ended.json().get("active").asBoolean()).isFalse();
		assertThat(api.post("/api/v1/enterprises/pairings/" + id + "/end", Map.of(), "supervisor").status()).isEqualTo(409);
		assertThat(pair(code, "天津长虹精密机械有限公司", "changhong", "supervisor").status()).isEqualTo(201);
		JsonNode record = api.get("/api/v1/enterprises/" + code, "leader").json();
		assertThat(record.get("pairing").get("officialName").asString()).isEqualTo("张丽华");
		assertThat(record.get("earlier").get(0).get("endReason").asString()).isEqualTo("干部调整");
		assertThat(api.get("/api/v1/enterprises/" + newCode(), "leader").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/enterprises/12345", "leader").status()).isEqualTo(400);
	}

	@Test
	void aPairedEnterprisesRequestGoesToTheOfficialsUnitAndRoutingLeavesItThere() {
		String education = api.get("/api/v1/categories", "dispatcher").json().valueStream()
			.filter(c -> c.get("name").asString().equals("教育文体")).findFirst().orElseThrow().get("code").asString();
		String paired = newCode();
		assertThat(pair(paired, "天津南开教育科技有限公司", "chengguan", "supervisor").status()).isEqualTo(201);
		try {
			assertThat(api.put("/api/v1/routing/rules/" + education, Map.of("autoDispatch", true, "threshold", 0.6),
					"dispatcher").status()).isEqualTo(200);
			long pairedCase = submit(paired, "天津南开教育科技有限公司", SCHOOL + "（企业员工子女）");
			long unpairedCase = submit(newCode(), "天津未包联有限公司", SCHOOL);

			JsonNode view = kase(pairedCase);
			assertThat(view.get("state").get("code").asString()).isEqualTo("DISPATCHED");
			assertThat(view.get("leadUnit").get("code").asString()).isEqualTo("120104CGW");
			// routing dispatched the unpaired one where it sends school cases; by then it had seen the paired one too
			await("routing dispatched the unpaired request",
					() -> "DISPATCHED".equals(kase(unpairedCase).get("state").get("code").asString()));
			assertThat(kase(unpairedCase).get("leadUnit").get("code").asString()).isEqualTo("120104JYJ");
			assertThat(kase(unpairedCase).get("timeline").toString()).doesNotContain("包联");
			await("routing considered the paired request",
					() -> api.get("/api/v1/routing/cases/" + pairedCase, "dispatcher").status() == 200);
			assertThat(api.get("/api/v1/routing/cases/" + pairedCase, "dispatcher").json().get("autoDispatched").asBoolean())
				.isFalse();
			JsonNode after = kase(pairedCase);
			assertThat(after.get("leadUnit").get("code").asString()).isEqualTo("120104CGW");
			List<JsonNode> dispatches = after.get("timeline").valueStream()
				.filter(e -> e.get("action").asString().equalsIgnoreCase("dispatch")).toList();
			assertThat(dispatches).hasSize(1);
			assertThat(dispatches.get(0).get("actor").asString()).isEqualTo("system:enterprises");
			assertThat(dispatches.get(0).get("note").asString()).contains("包联", "陈志强");
			// the official's unit was told in its inbox
			assertThat(api.get("/api/v1/inbox", "chengguan").body()).contains("包联干部 陈志强");
		}
		finally {
			api.put("/api/v1/routing/rules/" + education, Map.of("autoDispatch", false), "dispatcher");
		}
	}

	@Test
	void aVisitsProblemBecomesAnEnterpriseRequestOnTheEnterprisesRecord() {
		String code = newCode();
		assertThat(pair(code, "天津鼓楼文化传媒有限公司", "changhong", "supervisor").status()).isEqualTo(201);
		Map<String, Object> visit = Map.of("discussed", "了解企业用工和用地情况", "problems", List.of("企业门前道路路灯不亮，夜间员工出行不便"));
		assertThat(api.post("/api/v1/enterprises/" + code + "/visits", visit, "chengguan").status())
			.as("not the official").isEqualTo(403);
		assertThat(api.post("/api/v1/enterprises/" + code + "/visits", Map.of("discussed", " "), "changhong").json()
			.get("errors").get(0).get("field").asString()).isEqualTo("discussed");
		assertThat(api.post("/api/v1/enterprises/" + newCode() + "/visits", visit, "changhong").status()).isEqualTo(404);
		long enterprisesBefore = api.get("/api/v1/stats/enterprises", "dispatcher").json().get("received").asLong();

		Api.Response recorded = api.post("/api/v1/enterprises/" + code + "/visits", visit, "changhong");
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		JsonNode problem = recorded.json().get("problems").get(0);
		long caseId = problem.get("id").asLong();
		assertThat(kase(caseId).get("leadUnit").get("code").asString()).isEqualTo(CHANGHONG);
		assertThat(api.get("/api/v1/cases/" + caseId + "/enterprise", "dispatcher").json().get("creditCode").asString())
			.isEqualTo(code);
		assertThat(api.get("/api/v1/stats/enterprises", "dispatcher").json().get("received").asLong())
			.as("counted like every enterprise request").isEqualTo(enterprisesBefore + 1);

		JsonNode record = api.get("/api/v1/enterprises/" + code, "changhong").json();
		assertThat(record.get("visits").get(0).get("discussed").asString()).isEqualTo("了解企业用工和用地情况");
		assertThat(record.get("requests").get(0).get("request").get("trackingNumber").asString())
			.isEqualTo(problem.get("trackingNumber").asString());
		assertThat(record.get("pairing").get("lastVisit").isNull()).isFalse();

		String page = api.get("/enterprises/" + code, "leader").body();
		assertThat(page).contains("天津鼓楼文化传媒有限公司", "张丽华", "了解企业用工和用地情况",
				problem.get("trackingNumber").asString(), "共 1 件");
		assertThat(api.get("/enterprises", "supervisor").body()).contains("天津鼓楼文化传媒有限公司", "pair-form");
		assertThat(api.get("/enterprises", "leader").body()).doesNotContain("pair-form");
	}

	@Test
	void theDemosOfficialsSeeTheirEnterprisesAndTheVisitsDue() {
		JsonNode mine = api.get("/api/v1/enterprises/pairings?official=chengguan", "chengguan").json();
		assertThat(mine.size()).isGreaterThanOrEqualTo(2);
		assertThat(mine.valueStream().anyMatch(p -> p.get("overdue").asBoolean())).as("one demo visit is overdue").isTrue();
		assertThat(api.get("/", "chengguan").body()).contains("待走访包联企业");
		assertThat(api.get("/enterprises?mine=true", "chengguan").body()).contains("天津南开环境工程有限公司");
		// the demo's requests went to the officials' units
		String code = mine.valueStream().filter(p -> p.get("enterpriseName").asString().equals("天津南开环境工程有限公司"))
			.findFirst().orElseThrow().get("creditCode").asString();
		JsonNode record = api.get("/api/v1/enterprises/" + code, "leader").json();
		assertThat(record.get("requests").get(0).get("request").get("leadUnitCode").asString()).isEqualTo("120104CGW");
	}

	@Test
	void anImportPairsEveryRowOrNone() {
		String a = newCode();
		String b = newCode();
		String bad = "统一社会信用代码,企业名称,包联干部账号,起始日期,走访周期（天）\n" + a + ",甲公司,chengguan,2026-01-05,60\n"
				+ "91120104MA05K1230B,乙公司,chengguan,,\n" + b + ",丙公司,nobody-here,,\n";
		Api.Response rejected = api.upload("/api/v1/enterprises/pairings/import", "supervisor", "pairings.csv", "text/csv",
				bad.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
		assertThat(rejected.body()).contains("import_rejected", "\"row\":3", "\"row\":4", "nobody-here");
		assertThat(api.get("/api/v1/enterprises/" + a, "leader").status()).as("nothing written").isEqualTo(404);

		String good = "\uFEFF统一社会信用代码,企业名称,包联干部账号\n" + a + ",甲公司,chengguan\n" + b + ",丙公司,changhong\n";
		Api.Response done = api.upload("/api/v1/enterprises/pairings/import", "supervisor", "pairings.csv", "text/csv",
				good.getBytes(StandardCharsets.UTF_8));
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.body()).contains("\"paired\":2");
		assertThat(api.get("/api/v1/enterprises/" + b, "leader").json().get("pairing").get("official").asString())
			.isEqualTo("changhong");
		assertThat(api.upload("/api/v1/enterprises/pairings/import", "supervisor", "pairings.txt", "text/plain",
				good.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
	}
}
