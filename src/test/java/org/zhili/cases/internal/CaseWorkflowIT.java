package org.zhili.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.cases.internal.CaseFixtures.actions;
import static org.zhili.cases.internal.CaseFixtures.state;
import static org.zhili.cases.internal.CaseFixtures.timeline;

/** Returns, designation, extensions, lights and timers, re-dispatch, merging, races and scope. */
@ZhiliIntegrationTest
class CaseWorkflowIT {

	static final String CHANGHONG = "120104001000";
	static final String GULOU = "120104002000";

	@Autowired
	Api api;

	@Autowired
	MovableClock clock;

	@Autowired
	Scheduler scheduler;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
	}

	@Test
	void aWronglyRoutedCaseIsReturnedAndRoutedAgain() {
		long id = cases.register(CHANGHONG, Map.of()).get("id").asLong();
		cases.step(id, "dispatch", Map.of("unitCode", GULOU), "dispatcher");

		JsonNode asked = cases.step(id, "return", Map.of("note", "地点在长虹街道辖区，非本街道"), "gulou");
		assertThat(asked.get("pending").get("code").asString()).isEqualTo("RETURN");
		assertThat(actions(cases.view(id, "gulou"))).doesNotContain("accept", "return");

		JsonNode back = cases.step(id, "approve", Map.of(), "dispatcher");
		assertThat(state(back)).isEqualTo("REGISTERED");
		assertThat(back.get("returnCount").asInt()).isEqualTo(1);
		assertThat(back.get("leadUnit").isNull()).isTrue();

		cases.step(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		JsonNode accepted = cases.step(id, "accept", Map.of(), "changhong");
		assertThat(state(accepted)).isEqualTo("HANDLING");
		assertThat(timeline(accepted)).containsSubsequence("dispatch", "return", "approve", "dispatch", "accept");
	}

	@Test
	void afterThreeReturnsTheCaseIsDesignatedAndCannotBeReturned() {
		long id = cases.register(CHANGHONG, Map.of()).get("id").asLong();
		for (int i = 0; i < 3; i++) {
			cases.step(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
			cases.step(id, "return", Map.of("note", "第 " + (i + 1) + " 次退单"), "changhong");
			cases.step(id, "approve", Map.of(), "dispatcher");
		}

		Api.Response dispatchAgain = cases.attempt(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		assertThat(dispatchAgain.status()).isEqualTo(409);
		assertThat(dispatchAgain.json().get("details").get("allowedActions").valueStream().map(JsonNode::asString))
			.contains("designate");

		JsonNode designated = cases.step(id, "designate", Map.of("unitCode", CHANGHONG, "note", "指定长虹街道办理"), "dispatcher");
		assertThat(designated.get("designated").asBoolean()).isTrue();
		assertThat(actions(cases.view(id, "changhong"))).contains("accept").doesNotContain("return");
		assertThat(cases.attempt(id, "return", Map.of("note", "再退"), "changhong").status()).isEqualTo(409);
	}

	@Test
	void anExtensionNeedsTheDispatchersApprovalAndMovesTheReplyDeadline() {
		long id = cases.register(CHANGHONG, Map.of()).get("id").asLong();
		cases.step(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		JsonNode handling = cases.step(id, "accept", Map.of(), "changhong");
		Instant before = Instant.parse(handling.get("deadlines").get("feedback").get("dueAt").asString());

		cases.step(id, "extend", Map.of("limit", "3wd", "note", "需协调产权单位"), "changhong");
		assertThat(cases.attempt(id, "reply", Map.of("result", "SOLVED", "note", "已处理"), "changhong").status())
			.as("a pending request blocks the reply").isEqualTo(409);
		JsonNode approved = cases.step(id, "approve", Map.of("request", "EXTENSION"), "dispatcher");

		Instant after = Instant.parse(approved.get("deadlines").get("feedback").get("dueAt").asString());
		assertThat(Duration.between(before, after)).isGreaterThanOrEqualTo(Duration.ofDays(3));
		assertThat(approved.get("pending").isNull()).isTrue();
		assertThat(state(cases.step(id, "reply", Map.of("result", "SOLVED", "note", "已处理"), "changhong")))
			.isEqualTo("REPLIED");
	}

	@Test
	void yellowRemindsTheHandlerAndRedEscalatesToTheSupervisionOffice() throws Exception {
		long id = cases.register(CHANGHONG, Map.of("urgency", "EMERGENCY", "description", "井盖缺失，行人有坠落危险"))
			.get("id")
			.asLong();
		JsonNode dispatched = cases.step(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		assertThat(dispatched.get("deadlines").get("accept").get("limit").asString()).isEqualTo("15min");
		assertThat(dispatched.get("light").get("code").asString()).isEqualTo("GREEN");

		clock.advance(Duration.ofMinutes(13));
		assertThat(cases.view(id, "dispatcher").get("light").get("code").asString()).isEqualTo("YELLOW");
		assertThat(awaitTimeline(id, "remind")).isTrue();
		assertThat(notices("changhong", id)).contains("REMINDER");

		clock.advance(Duration.ofMinutes(3));
		assertThat(cases.view(id, "dispatcher").get("light").get("code").asString()).isEqualTo("RED");
		assertThat(awaitTimeline(id, "escalate")).isTrue();
		assertThat(notices("supervisor", id)).contains("ESCALATION");
	}

	@Test
	void anUnsatisfiedRequesterGetsANewRoundOfTheSameCase() {
		long id = cases.register(CHANGHONG, Map.of()).get("id").asLong();
		cases.step(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		cases.step(id, "accept", Map.of(), "changhong");
		cases.step(id, "reply", Map.of("result", "PARTLY_SOLVED", "note", "已清理部分杂物"), "changhong");
		cases.step(id, "review", Map.of("approved", true), "dispatcher");
		JsonNode rated = cases.step(id, "callback",
				Map.of("reached", true, "solved", false, "satisfaction", "UNSATISFIED", "note", "仍有杂物"), "operator");
		assertThat(actions(cases.view(id, "dispatcher"))).contains("redispatch", "close");

		JsonNode again = cases.step(id, "redispatch", Map.of("note", "诉求人不满意，请彻底清理"), "dispatcher");

		assertThat(state(again)).isEqualTo("DISPATCHED");
		assertThat(again.get("round").asInt()).isEqualTo(rated.get("round").asInt() + 1);
		assertThat(again.get("leadUnit").get("code").asString()).isEqualTo(CHANGHONG);
		assertThat(again.get("reply").isNull()).isTrue();
		assertThat(actions(cases.view(id, "changhong"))).contains("accept");
	}

	@Test
	void aDuplicateIsMergedAndItsRequesterGetsTheMastersAnswer() {
		long master = cases.register(CHANGHONG, Map.of()).get("id").asLong();
		long duplicate = cases.register(CHANGHONG, Map.of("description", "楼道杂物堆积，有消防隐患（重复反映）")).get("id").asLong();

		JsonNode merged = cases.step(duplicate, "merge", Map.of("masterCaseId", master, "note", "同一问题"), "dispatcher");
		assertThat(state(merged)).isEqualTo("MERGED");
		assertThat(merged.get("masterCaseId").asLong()).isEqualTo(master);

		cases.step(master, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		cases.step(master, "accept", Map.of(), "changhong");
		cases.step(master, "reply", Map.of("result", "SOLVED", "note", "杂物已全部清理"), "changhong");
		cases.step(master, "review", Map.of("approved", true), "dispatcher");

		JsonNode shared = cases.view(duplicate, "operator");
		assertThat(shared.get("reply").get("text").asString()).isEqualTo("杂物已全部清理");
		assertThat(timeline(shared)).contains("merge", "reply-shared");
		assertThat(timeline(cases.view(master, "dispatcher"))).contains("merge");
	}

	@Test
	void whenTwoActAtOnceOneWinsAndTheOtherIsToldSo() throws Exception {
		long id = cases.register(CHANGHONG, Map.of()).get("id").asLong();
		cases.step(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		String token = api.token("changhong");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			results.add(pool.submit(() -> {
				start.await();
				return api.send("POST", "/api/v1/cases/" + id + "/actions/accept", Map.of(), token).status();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : results) {
			statuses.add(f.get());
		}
		pool.shutdown();

		assertThat(statuses).containsOnly(200, 409);
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(timeline(cases.view(id, "changhong"))).filteredOn("accept"::equals).hasSize(1);
	}

	@Test
	void actionsNotAllowedNowAre409WithWhatIsAllowedAndOthersWork403() {
		long id = cases.register(CHANGHONG, Map.of()).get("id").asLong();

		Api.Response close = cases.attempt(id, "close", Map.of(), "dispatcher");
		assertThat(close.status()).isEqualTo(409);
		assertThat(close.json().get("code").asString()).isEqualTo("action_not_allowed");
		assertThat(close.json().get("details").get("allowedActions").valueStream().map(JsonNode::asString))
			.containsExactly("dispatch", "void", "merge");

		cases.step(id, "dispatch", Map.of("unitCode", CHANGHONG), "dispatcher");
		Api.Response notTheirs = cases.attempt(id, "accept", Map.of(), "dispatcher");
		assertThat(notTheirs.status()).isEqualTo(403);
		assertThat(notTheirs.json().get("code").asString()).isEqualTo("not_your_action");

		Api.Response stale = cases.attempt(id, "accept", Map.of("version", 0), "changhong");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("concurrent_modification");
	}

	@Test
	void aChanghongAccountNeitherSeesNorActsOnAGulouCase() {
		long id = cases.register(GULOU, Map.of()).get("id").asLong();
		cases.step(id, "dispatch", Map.of("unitCode", GULOU), "dispatcher");

		Api.Response seen = api.get("/api/v1/cases/" + id, "changhong");
		Api.Response acted = cases.attempt(id, "accept", Map.of(), "changhong");
		Api.Response listed = api.get("/api/v1/cases?size=200&street=" + GULOU, "changhong");
		Api.Response revealed = api.get("/api/v1/cases/" + id + "/requester?field=phone", "changhong");

		assertThat(seen.status()).isEqualTo(404);
		assertThat(acted.status()).isEqualTo(404);
		assertThat(listed.json().get("total").asLong()).isZero();
		assertThat(revealed.status()).isEqualTo(403);
		assertThat(api.get("/api/v1/cases/" + id, "gulou").status()).isEqualTo(200);
		assertThat(cases.step(id, "accept", Map.of(), "gulou").get("state").get("code").asString()).isEqualTo("HANDLING");
	}

	/** Whether the timers bring the action onto the case's timeline within ten seconds. */
	private boolean awaitTimeline(long id, String action) {
		try {
			Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
				scheduler.triggerCheckForDueExecutions();
				return timeline(cases.view(id, "dispatcher")).contains(action);
			});
			return true;
		}
		catch (ConditionTimeoutException notThere) {
			return false;
		}
	}

	private List<String> notices(String who, long id) {
		return api.get("/api/v1/inbox?loop=case", who)
			.json()
			.valueStream()
			.filter(n -> n.get("itemId").asLong() == id)
			.map(n -> n.get("kind").asString())
			.toList();
	}
}
