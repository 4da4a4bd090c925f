package org.zhili.urban.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.process.Clocks;
import org.zhili.process.Links;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.urban.cases.UrbanCasesThroughApi.*;

/**
 * The urban-management loop through its API as the demo's 监督员 (jianduyuan), 值班长 (zhibanzhang), 派遣员
 * (chengguanpq) and the 区城管委 (chengguan): every stage, its limits and 督办, the approvals, who may do what, and
 * a 12345 request that is an urban case too.
 */
@ZhiliIntegrationTest
class UrbanCaseLoopIT {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	Clocks clocks;

	@Autowired
	Links links;

	@Autowired
	org.zhili.org.Locator locator;

	@Test
	void aSupervisorsReportGoesFromCollectionToClosureWithAReworkOnTheWay() {
		UrbanCasesThroughApi urban = new UrbanCasesThroughApi(api);
		JsonNode reported = urban.report("长虹街道光明路社区8号楼东侧暴露垃圾约3平方米 " + UUID.randomUUID());
		long id = reported.get("id").asLong();
		assertThat(reported.get("reference").asString()).matches("CG\\d{14}");
		assertThat(reported.get("state").asString()).isEqualTo("TO_REGISTER");
		assertThat(reported.get("source").asString()).isEqualTo("PATROL");
		assertThat(reported.get("street").get("code").asString()).isEqualTo(CHANGHONG);
		assertThat(reported.get("stage").asString()).isEqualTo("register");
		assertThat(reported.get("light").asString()).isEqualTo("GREEN");
		assertThat(reported.get("photos")).hasSize(1);

		// wrong party: the dispatcher may not register (permission), the handler not before it is theirs
		assertThat(urban.attempt(id, "register", Map.of(), "chengguanpq").status()).isEqualTo(403);
		// wrong state: nothing to close yet
		Api.Response early = urban.attempt(id, "close", Map.of(), "zhibanzhang");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.body()).contains("action_not_allowed", "待立案");

		JsonNode registered = urban.act(id, "register", Map.of("note", "符合立案条件"), "zhibanzhang");
		assertThat(registered.get("state").asString()).isEqualTo("TO_DISPATCH");
		assertThat(registered.get("suggestedHandler").get("code").asString()).isEqualTo(CGW);
		JsonNode dispatched = urban.act(id, "dispatch", Map.of(), "chengguanpq");
		assertThat(dispatched.get("state").asString()).isEqualTo("HANDLING");
		assertThat(dispatched.get("handleLimit").asString()).isEqualTo("4wh");
		assertThat(inbox("chengguan")).anyMatch(m -> m.contains("城管案卷待处置") && m.contains("暴露垃圾"));

		// the street official is not the unit handling it: the kit's 403 names who must act
		Api.Response notTheirs = urban.attempt(id, "feedback", Map.of("note", "已清理", "photo", photo("a.png")), "changhong");
		assertThat(notTheirs.status()).isEqualTo(403);
		assertThat(notTheirs.body()).contains("not_your_action", "承办的专业部门");
		Api.Response noPhoto = urban.attempt(id, "feedback", Map.of("note", "已清理"), "chengguan");
		assertThat(noPhoto.status()).isEqualTo(400);
		assertThat(noPhoto.body()).contains("\"photo\"");

		urban.act(id, "feedback", Map.of("note", "已清理完毕", "photo", photo("done.png")), "chengguan");
		Api.Response checkWithoutNote = urban.attempt(id, "check", Map.of("passed", false, "photo", photo("c.png")), "jianduyuan");
		assertThat(checkWithoutNote.status()).isEqualTo(400);
		assertThat(checkWithoutNote.body()).contains("\"note\"");
		JsonNode rework = urban.act(id, "check", Map.of("passed", false, "note", "地面仍有残留垃圾", "photo", photo("left.png")),
				"jianduyuan");
		assertThat(rework.get("state").asString()).isEqualTo("HANDLING");
		assertThat(rework.get("reworks").asInt()).isEqualTo(1);

		urban.act(id, "feedback", Map.of("note", "已冲洗地面", "photo", photo("again.png")), "chengguan");
		JsonNode checked = urban.act(id, "check", Map.of("passed", true, "photo", photo("ok.png")), "jianduyuan");
		assertThat(checked.get("state").asString()).isEqualTo("TO_CLOSE");
		JsonNode closed = urban.act(id, "close", Map.of(), "zhibanzhang");
		assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("light").isNull()).isTrue();
		assertThat(closed.get("photos")).hasSize(5);
		assertThat(closed.get("timeline").valueStream().map(e -> e.get("actionLabel").asString()))
			.containsExactly("监督员上报", "立案", "派遣", "处理反馈", "核查未通过", "处理反馈", "核查通过", "结案");

		Map<String, Object> row = jdbc.sql("select * from urban.case_file where id = :id").param("id", id).query().singleRow();
		assertThat(row).containsEntry("valid", true).containsEntry("registered_by", "zhibanzhang")
			.containsEntry("registered_on_time", true).containsEntry("dispatched_by", "chengguanpq")
			.containsEntry("dispatched_on_time", true).containsEntry("handler_code", CGW)
			.containsEntry("checked_by", "jianduyuan").containsEntry("closed_by", "zhibanzhang")
			.containsEntry("closed_on_time", true).containsEntry("reworks", 1).containsEntry("source", "PATROL");
		assertThat(row.get("handled_at")).isNotNull();
		assertThat(row.get("verified_at")).isNull();
	}

	@Test
	void aStageRunOutIsRecordedLateAndGoesToSupervision() {
		UrbanCasesThroughApi urban = new UrbanCasesThroughApi(api);
		long id = urban.report("长虹街道光明路社区路口非法小广告12处 " + UUID.randomUUID(), "EVENT", "0201").get("id").asLong();
		Instant due = clocks.find(Clocks.Key.of("urban-case", id, "register")).orElseThrow().deadline().due();
		assertThat(Duration.between(clock.instant(), due)).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));

		clock.advance(Duration.ofMinutes(45)); // the 30 minutes to 立案 have passed
		clocks.fireDue("urban-case");
		JsonNode late = urban.get(id, "zhibanzhang");
		assertThat(late.get("light").asString()).isEqualTo("RED");
		assertThat(late.get("supervisions")).hasSize(1);
		assertThat(late.get("supervisions").get(0).get("unitCode").asString()).isEqualTo(WGZ);
		assertThat(late.get("supervisions").get(0).get("note").asString()).contains("立案超期");
		assertThat(late.get("timeline").valueStream().map(e -> e.get("actionLabel").asString())).contains("立案超期", "催办");
		List<String> red = api.get("/api/v1/urban/cases?light=RED&q=" + late.get("reference").asString(), "zhibanzhang")
			.json().valueStream().map(l -> l.get("reference").asString()).toList();
		assertThat(red).containsExactly(late.get("reference").asString());

		JsonNode registered = urban.act(id, "register", Map.of(), "zhibanzhang");
		assertThat(registered.get("stages").get(2).get("onTime").asBoolean()).isFalse();
		assertThat(registered.get("supervisions").get(0).get("state").asString()).isEqualTo("OPEN");
		assertThat(jdbc.sql("select registered_on_time from urban.case_file where id = :id").param("id", id)
			.query(Boolean.class).single()).isFalse();
		clock.reset();
	}

	@Test
	void postponingReturningSuspendingAndVoidingTakeEffectOnlyWhenTheDutyChiefApproves() {
		UrbanCasesThroughApi urban = new UrbanCasesThroughApi(api);
		long id = urban.handling("长虹街道光明路社区垃圾桶旁散落垃圾待清运 " + UUID.randomUUID());
		Instant before = Instant.parse(urban.get(id, "chengguan").get("due").asString());

		Api.Response noExtension = urban.attempt(id, "request", Map.of("kind", "POSTPONE", "reason", "需调派清运车"), "chengguan");
		assertThat(noExtension.status()).isEqualTo(400);
		assertThat(noExtension.body()).contains("\"extension\"");
		JsonNode asked = urban.act(id, "request", Map.of("kind", "POSTPONE", "reason", "需调派清运车", "extension", "1wd"), "chengguan");
		assertThat(asked.get("pending").get("kindLabel").asString()).isEqualTo("延期");
		assertThat(Instant.parse(asked.get("due").asString())).isEqualTo(before);
		// while it waits, the unit cannot report it done, nor ask again; only the 值班长 decides
		assertThat(urban.attempt(id, "feedback", Map.of("note", "已清理", "photo", photo("x.png")), "chengguan").status()).isEqualTo(409);
		assertThat(urban.attempt(id, "approve", Map.of(), "chengguanpq").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/urban/cases/approvals", "zhibanzhang").json().valueStream()
			.map(e -> e.get("case").get("id").asLong())).contains(id);
		JsonNode postponed = urban.act(id, "approve", Map.of("note", "同意延期一个工作日"), "zhibanzhang");
		assertThat(postponed.get("postponed").asBoolean()).isTrue();
		assertThat(Instant.parse(postponed.get("due").asString())).isAfter(before);
		assertThat(postponed.get("pending").isNull()).isTrue();
		assertThat(inbox("chengguan")).anyMatch(m -> m.startsWith("延期申请已批准"));

		urban.act(id, "request", Map.of("kind", "RETURN", "reason", "该处属小区内部，非城管职责"), "chengguan");
		JsonNode refused = urban.act(id, "refuse", Map.of("reason", "位于市政道路，属城管委职责"), "zhibanzhang");
		assertThat(refused.get("state").asString()).isEqualTo("HANDLING");
		assertThat(refused.get("requests").get(1).get("decisionLabel").asString()).isEqualTo("不批准");
		urban.act(id, "request", Map.of("kind", "RETURN", "reason", "经查属长虹街道保洁范围"), "chengguan");
		JsonNode returned = urban.act(id, "approve", Map.of(), "zhibanzhang");
		assertThat(returned.get("state").asString()).isEqualTo("TO_DISPATCH");
		assertThat(returned.get("misdispatches").asInt()).isEqualTo(1);
		assertThat(returned.get("stage").asString()).isEqualTo("dispatch");

		urban.act(id, "dispatch", Map.of("unitCode", CHANGHONG), "chengguanpq");
		urban.act(id, "request", Map.of("kind", "SUSPEND", "reason", "涉及产权争议，暂无法处置"), "changhong");
		JsonNode suspended = urban.act(id, "approve", Map.of(), "zhibanzhang");
		assertThat(suspended.get("state").asString()).isEqualTo("SUSPENDED");
		assertThat(suspended.get("suspended").asBoolean()).isTrue();
		assertThat(clocks.find(Clocks.Key.of("urban-case", id, "handle")).orElseThrow().pausedAt()).isNotNull();
		JsonNode resumed = urban.act(id, "resume", Map.of("note", "产权已明确"), "zhibanzhang");
		assertThat(resumed.get("state").asString()).isEqualTo("HANDLING");
		assertThat(resumed.get("suspended").asBoolean()).isFalse();

		// 作废 may be asked by the centre's people too
		urban.act(id, "request", Map.of("kind", "VOID", "reason", "与 CG 案卷重复上报"), "chengguanpq");
		JsonNode voided = urban.act(id, "approve", Map.of(), "zhibanzhang");
		assertThat(voided.get("state").asString()).isEqualTo("VOIDED");
		assertThat(voided.get("allowedActions")).isEmpty();
		Map<String, Object> row = jdbc.sql("select postponed, suspended, voided, misdispatches from urban.case_file where id = :id")
			.param("id", id).query().singleRow();
		assertThat(row).containsEntry("postponed", true).containsEntry("suspended", false).containsEntry("voided", true)
			.containsEntry("misdispatches", 1);
		JsonNode shares = api.get("/api/v1/urban/cases/shares", "zhibanzhang").json();
		assertThat(shares.get("voided").asLong()).isPositive();
		assertThat(shares.get("postponedShare").asDouble()).isPositive();
	}

	@Test
	void aTwelve345RequestLinkedByTheDispatcherIsAPublicCaseToVerifyAndBothShowTheLink() {
		UrbanCasesThroughApi urban = new UrbanCasesThroughApi(api);
		double[] point = urban.pointIn("STREET", CHANGHONG);
		JsonNode request = urban.register(Map.of("type", "COMPLAINT", "categoryCode", "C010202",
				"description", "长虹街道光明路商户占道经营，堆放货物影响通行 " + UUID.randomUUID(), "address", "长虹街道光明路",
				"location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "李文", "phone", "13912340000")));
		long caseId = request.get("id").asLong();
		String number = request.get("trackingNumber").asString();

		Api.Response linked = api.post("/api/v1/urban/cases/from-hotline", Map.of("trackingNumber", number), "chengguanpq");
		assertThat(linked.status()).as(linked.body()).isEqualTo(201);
		JsonNode c = linked.json();
		long id = c.get("id").asLong();
		assertThat(c.get("source").asString()).isEqualTo("PUBLIC");
		assertThat(c.get("state").asString()).isEqualTo("TO_VERIFY");
		assertThat(c.get("hotlineReference").asString()).isEqualTo(number);
		assertThat(c.get("classCode").asString()).isEqualTo("0502");
		assertThat(c.get("links").get(0).get("other").get("itemRef").asString()).isEqualTo(number);
		assertThat(links.of("case", caseId)).anyMatch(l -> l.other().loop().equals("urban-case") && l.other().itemId() == id);
		assertThat(api.post("/api/v1/urban/cases/from-hotline", Map.of("trackingNumber", number), "chengguanpq").status())
			.isEqualTo(409);
		assertThat(api.get("/api/v1/urban/cases/patrol", "jianduyuan").json().get("toVerify").valueStream()
			.map(l -> l.get("id").asLong())).contains(id);

		Api.Response noNote = urban.attempt(id, "verify", Map.of("valid", false), "jianduyuan");
		assertThat(noNote.status()).isEqualTo(400);
		assertThat(noNote.body()).contains("\"note\"");
		JsonNode notTrue = urban.act(id, "verify", Map.of("valid", false, "note", "现场未见占道经营"), "jianduyuan");
		assertThat(notTrue.get("state").asString()).isEqualTo("NOT_VALID");
		assertThat(notTrue.get("valid").asBoolean()).isFalse();
		assertThat(jdbc.sql("select verified_on_time from urban.case_file where id = :id").param("id", id)
			.query(Boolean.class).single()).isTrue();
		assertThat(inbox("chengguan")).anyMatch(m -> m.contains(number) && m.contains("核实不属实"));
	}

	@Test
	void aTwelve345RequestDispatchedToTheUrbanManagementCommitteeBecomesAnUrbanCase() throws InterruptedException {
		UrbanCasesThroughApi urban = new UrbanCasesThroughApi(api);
		double[] point = urban.pointIn("STREET", CHANGHONG);
		long caseId = urban.register(Map.of("type", "COMPLAINT", "categoryCode", "C010202",
				"description", "长虹街道光明路夜间露天烧烤油烟扰民 " + UUID.randomUUID(), "address", "长虹街道光明路",
				"location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "赵敏", "phone", "13912341111"))).get("id").asLong();
		urban.step(caseId, "dispatch", Map.<String, Object>of("unitCode", CGW), "dispatcher");
		Long id = null;
		for (int i = 0; i < 100 && id == null; i++) {
			id = jdbc.sql("select id from urban.case_file where hotline_case_id = :c").param("c", caseId).query(Long.class)
				.optional().orElse(null);
			if (id == null) {
				Thread.sleep(100);
			}
		}
		assertThat(id).as("the urban case made from the dispatched request").isNotNull();
		JsonNode c = urban.get(id, "zhibanzhang");
		assertThat(c.get("source").asString()).isEqualTo("PUBLIC");
		assertThat(c.get("state").asString()).isEqualTo("TO_VERIFY");
		assertThat(urban.act(id, "verify", Map.of("valid", true), "jianduyuan").get("state").asString()).isEqualTo("TO_REGISTER");
	}

	@Test
	void theGuidesExamplePointLiesOnChanghongStreet() {
		// docs/guide/urban-cases.md reports at this point as jianduyuan, who patrols 长虹街
		assertThat(locator.locate(117.1418, 39.1399).orElseThrow().street().code()).isEqualTo(CHANGHONG);
	}

	private List<String> inbox(String who) {
		return api.get("/api/v1/inbox?loop=urban-case", who).json().valueStream().map(m -> m.get("message").asString()).toList();
	}
}
