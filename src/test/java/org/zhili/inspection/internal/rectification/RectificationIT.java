package org.zhili.inspection.internal.rectification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.inspection.internal.hazards.HazardsThroughApi;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Clocks;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.inspection.internal.hazards.HazardsThroughApi.CHANGHONG;

/**
 * 整改 → 复查 → 销号 as the people take it: the street reports a hazard fixed, the team or the supervision office
 * re-checks it; a 重大隐患 is 挂牌督办 and closed only after an on-site 复查 from outside the street; a failed 复查
 * sends it back with a new deadline; each street sees its own; an overdue one is 督办 to the street.
 */
@ZhiliIntegrationTest
class RectificationIT {

	static final String LIST = "/api/v1/inspection/rectifications";
	static final String BASE = LIST + "/";

	@Autowired
	Api api;

	@Autowired
	Clocks clocks;

	@Autowired
	MovableClock clock;

	@Test
	void aGeneralHazardIsReportedFixedReCheckedAndClosed() {
		long id = new HazardsThroughApi(api).rectification("GENERAL");
		JsonNode opened = detail(id, "changhong");
		assertThat(opened.get("rectification").get("state").asString()).isEqualTo("OPEN");
		assertThat(opened.get("rectification").get("unitCode").asString()).isEqualTo(CHANGHONG);
		assertThat(actions(opened)).containsExactly("report");
		assertThat(api.get("/api/v1/inbox?loop=rectification", "changhong").body()).contains(opened.get("number").asString());

		// The team cannot re-check what the street has not reported fixed.
		Api.Response early = recheck(id, true, true, "已整改", "guangminglu");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.body()).contains("action_not_allowed");

		Api.Response blank = api.post(BASE + id + "/report", Map.of("note", " "), "changhong");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("note_required");
		Api.Response reported = api.post(BASE + id + "/report", Map.of("note", "已拆除飞线，张贴禁止楼道充电告示"), "changhong");
		assertThat(reported.status()).as(reported.body()).isEqualTo(200);
		assertThat(reported.json().get("rectification").get("state").asString()).isEqualTo("REPORTED");
		assertThat(actions(reported.json())).isEmpty();
		// The street does not re-check its own report; the team that found it does.
		assertThat(recheck(id, true, false, "通过", "changhong").status()).isEqualTo(403);
		assertThat(actions(detail(id, "guangminglu"))).containsExactly("recheck");

		Api.Response closed = recheck(id, true, false, "复查照片显示飞线已拆除", "guangminglu");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		JsonNode r = closed.json().get("rectification");
		assertThat(r.get("state").asString()).isEqualTo("CLOSED");
		assertThat(r.get("closedAt").isNull()).isFalse();
		assertThat(closed.json().get("recheck").asString()).isEqualTo("通过（书面复查）");

		// The timeline, from the kit's journal, tells it step by step.
		Api.Response timeline = api.get("/api/v1/timelines/rectification/" + id, "changhong");
		assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
		assertThat(timeline.json().valueStream().map(e -> e.get("action").asString())).containsExactly("open", "report", "close");
		assertThat(api.get("/inspection/rectifications/" + id, "changhong").body()).contains("书面复查通过，销号", "已拆除飞线");
	}

	@Test
	void aMajorHazardIsListedForSupervisionAndClosedOnlyAfterAnOnSiteReCheckFromOutsideTheStreet() {
		long id = new HazardsThroughApi(api).rectification("MAJOR");
		JsonNode opened = detail(id, "supervisor");
		JsonNode listed = opened.get("supervisions").get(0);
		assertThat(listed.get("levelLabel").asString()).isEqualTo("挂牌督办");
		assertThat(listed.get("unitCode").asString()).isEqualTo(CHANGHONG);
		assertThat(listed.get("state").asString()).isEqualTo("OPEN");
		assertThat(api.get("/api/v1/supervisions?loop=rectification", "changhong").body()).contains("重大隐患挂牌督办");

		assertThat(api.post(BASE + id + "/report", Map.of("note", "已停用该充电点，设置防火分隔"), "changhong").status()).isEqualTo(200);
		// Closing it on the street's word is refused, saying why.
		Api.Response onPaper = recheck(id, true, false, "资料齐全", "supervisor");
		assertThat(onPaper.status()).isEqualTo(409);
		assertThat(onPaper.body()).contains("on_site_recheck_required", "现场复查");
		// The community's grid worker belongs to the street that rectified it.
		Api.Response own = recheck(id, true, true, "现场已整改", "guangminglu");
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.body()).contains("整改单位以外");
		assertThat(detail(id, "supervisor").get("rectification").get("state").asString()).isEqualTo("REPORTED");

		Api.Response closed = recheck(id, true, true, "现场复查：充电点已拆除，防火分隔到位", "supervisor");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.json().get("rectification").get("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().get("recheck").asString()).isEqualTo("通过（现场复查）");
		assertThat(closed.json().get("supervisions").valueStream().map(s -> s.get("state").asString())).containsOnly("CLOSED");
	}

	@Test
	void aFailedReCheckSendsItBackWithANewDeadline() {
		long id = new HazardsThroughApi(api).rectification("GENERAL");
		api.post(BASE + id + "/report", Map.of("note", "已清理"), "changhong");
		LocalDate due = LocalDate.now(ChinaTime.ZONE).plusDays(9);
		Api.Response failed = recheck(id, false, true, "复查时楼道仍有充电插排", "guangminglu", due);
		assertThat(failed.status()).as(failed.body()).isEqualTo(200);
		JsonNode r = failed.json().get("rectification");
		assertThat(r.get("state").asString()).isEqualTo("OPEN");
		assertThat(LocalDate.parse(r.get("due").asString())).isBetween(due, due.plusDays(3)); // the next working day when off
		assertThat(failed.json().get("rounds").asInt()).isEqualTo(2);
		assertThat(failed.json().get("recheck").asString()).isEqualTo("未通过（现场复查）");
		assertThat(api.get("/api/v1/inbox?loop=rectification", "changhong").body()).contains("复查未通过");
		// Back with the street, which reports again.
		assertThat(actions(detail(id, "changhong"))).containsExactly("report");
		assertThat(api.post(BASE + id + "/report", Map.of("note", "已加装充电阻断装置"), "changhong").status()).isEqualTo(200);
		// A new deadline must lie ahead.
		Api.Response past = recheck(id, false, true, "仍未整改", "guangminglu", LocalDate.now(ChinaTime.ZONE));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.body()).contains("invalid_due");
	}

	@Test
	void aStreetSeesItsOwnRectificationsAndNoOtherStreets() {
		long id = new HazardsThroughApi(api).rectification("GENERAL");
		assertThat(api.get(BASE + id, "changhong").status()).isEqualTo(200);
		assertThat(api.get(BASE + id, "gulou").status()).isEqualTo(404);
		assertThat(api.post(BASE + id + "/report", Map.of("note", "已整改"), "gulou").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/timelines/rectification/" + id, "gulou").status()).isEqualTo(404);
		assertThat(api.get(BASE + id, "chengguan").status()).isEqualTo(404);
		assertThat(ids(api.get(LIST + "?street=" + CHANGHONG, "gulou").json())).doesNotContain(id);
		assertThat(ids(api.get(LIST + "?state=OPEN", "changhong").json())).contains(id);
		assertThat(ids(api.get(LIST + "?severity=GENERAL", "supervisor").json())).contains(id);
		assertThat(api.get(LIST + "?state=DONE", "supervisor").status()).isEqualTo(400);
	}

	@Test
	void anOverdueRectificationIsSupervisedToTheStreet() {
		long id = new HazardsThroughApi(api).rectification("GENERAL");
		LocalDate due = LocalDate.parse(detail(id, "changhong").get("rectification").get("due").asString());

		clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(ChinaTime.ZONE), due) + 3));
		clocks.fireDue("rectification");

		JsonNode r = detail(id, "changhong");
		assertThat(r.get("rectification").get("overdue").asBoolean()).isTrue();
		assertThat(r.get("supervisions").valueStream().map(s -> s.get("levelLabel").asString() + "/" + s.get("unitCode").asString()))
			.containsExactly("催办/" + CHANGHONG);
		assertThat(r.get("timeline").valueStream().map(e -> e.get("action").asString())).contains("overdue", "supervise");
		assertThat(api.get("/api/v1/inbox?loop=rectification", "changhong").body()).contains("整改逾期");
		assertThat(ids(api.get(LIST + "?overdue=true", "changhong").json())).contains(id);
	}

	@Test
	void theStreetReportsWithPhotosThatTheCheckerSees() throws Exception {
		HazardsThroughApi hazards = new HazardsThroughApi(api);
		long id = hazards.rectification("GENERAL");
		var reported = hazards.multipart(BASE + id + "/report", "changhong", Map.of("note", "已拆除飞线"),
				List.of(HazardsThroughApi.png(), HazardsThroughApi.png()));
		assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);

		JsonNode seen = detail(id, "guangminglu");
		assertThat(seen.get("rectification").get("state").asString()).isEqualTo("REPORTED");
		assertThat(seen.get("photos").size()).isEqualTo(2);
		String url = seen.get("photos").get(0).get("url").asString();
		var photo = org.zhili.support.Workbooks.download(api, url, "guangminglu");
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo.body())).getWidth()).isEqualTo(64);
		assertThat(org.zhili.support.Workbooks.download(api, url, "gulou").statusCode()).isEqualTo(404);
		assertThat(seen.get("timeline").valueStream().map(e -> e.get("note").asString(""))).anyMatch(n -> n.contains("照片2张"));

		// A file that is no photo is refused, and nothing of the 复查 is kept.
		var refused = hazards.multipart(BASE + id + "/recheck", "guangminglu", Map.of("passed", "true", "note", "复查通过"),
				List.of("not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(detail(id, "guangminglu").get("rectification").get("state").asString()).isEqualTo("REPORTED");
	}

	private JsonNode detail(long id, String who) {
		Api.Response r = api.get(BASE + id, who);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	private Api.Response recheck(long id, boolean passed, boolean onSite, String note, String who) {
		return recheck(id, passed, onSite, note, who, null);
	}

	private Api.Response recheck(long id, boolean passed, boolean onSite, String note, String who, LocalDate due) {
		Map<String, Object> body = new HashMap<>();
		body.put("passed", passed);
		body.put("onSite", onSite);
		body.put("note", note);
		if (due != null) {
			body.put("due", due.toString());
		}
		return api.post(BASE + id + "/recheck", body, who);
	}

	private static List<String> actions(JsonNode detail) {
		return detail.get("actions").valueStream().map(JsonNode::asString).toList();
	}

	private static List<Long> ids(JsonNode lines) {
		return lines.valueStream().map(l -> l.get("rectification").get("id").asLong()).toList();
	}
}
