package org.zhili.inspection.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.identity.Actor;
import org.zhili.identity.Role;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.InspectionWork;
import org.zhili.inspection.NewTask;
import org.zhili.inspection.Rectifications;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.internal.draw.DrawRecord;
import org.zhili.inspection.internal.draw.DrawRecords;
import org.zhili.org.OrgUnits;
import org.zhili.process.Clocks;
import org.zhili.process.Supervisions;
import org.zhili.support.Api;
import org.zhili.support.MovableClock;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drawn inspections through their steps: recorded by one seated inspector and confirmed by the other, a major
 * decision only after 法制审核, a 责令整改 opening a rectification, the subject's credit class following the
 * findings, and a result left unpublished past its limit 督办 to the department until it is published.
 */
@ZhiliIntegrationTest
class InspectionIT {

	static final String SCJ = "120104SCJ";

	@Autowired
	Api api;

	@Autowired
	InspectionWork work;

	@Autowired
	Subjects subjects;

	@Autowired
	Rectifications rectifications;

	@Autowired
	Supervisions supervisions;

	@Autowired
	Clocks clocks;

	@Autowired
	OrgUnits units;

	@Autowired
	MovableClock clock;

	@Test
	void aMajorDecisionWaitsForLegalReviewAndCreditAndRectificationFollowTheFindings() {
		List<InspectionWork.Drawn> drawn = drawnTask("药品零售");
		assertThat(drawn.size()).isGreaterThanOrEqualTo(2);

		InspectionWork.Drawn penalty = drawn.get(0);
		long penaltyId = penalty.inspectionId();
		CreditClass before = subjects.find(penalty.subjectId()).orElseThrow().creditClass();
		Actor first = inspector(penalty.inspectors().get(0));
		Actor second = inspector(penalty.inspectors().get(1));

		Api.Response notSeated = api.post("/api/v1/inspection/inspections/" + penaltyId + "/record",
				Map.of("result", "NO_PROBLEM"), "fazhi");
		assertThat(notSeated.status()).isEqualTo(403);
		Api.Response noFindings = api.post("/api/v1/inspection/inspections/" + penaltyId + "/review",
				Map.of("approved", true, "opinion", "同意"), "fazhi");
		assertThat(noFindings.status()).isEqualTo(409);

		work.record(penaltyId, "PENALTY", "销售假劣药品，涉嫌违反《药品管理法》第九十八条", true, first);
		assertThat(state(penaltyId)).isEqualTo("RECORDED");
		assertThat(refused(() -> work.confirm(penaltyId, first))).as("the recorder cannot confirm their own record").isTrue();
		work.confirm(penaltyId, second);
		assertThat(state(penaltyId)).isEqualTo("LEGAL_REVIEW");
		assertThat(api.get("/api/v1/inspection/inspections/legal-review", "fazhi").body()).contains("\"id\":" + penaltyId);
		Api.Response noOpinion = api.post("/api/v1/inspection/inspections/" + penaltyId + "/review", Map.of("approved", true), "fazhi");
		assertThat(noOpinion.status()).isEqualTo(400);
		assertThat(noOpinion.body()).contains("opinion_required");
		Api.Response reviewed = api.post("/api/v1/inspection/inspections/" + penaltyId + "/review",
				Map.of("approved", true, "opinion", "事实清楚、证据确凿、程序合法，同意立案"), "fazhi");
		assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
		assertThat(reviewed.json().get("state").asString()).isEqualTo("COMPLETED");
		assertThat(reviewed.json().get("publishDue").asString()).isNotBlank();
		CreditClass after = subjects.find(penalty.subjectId()).orElseThrow().creditClass();
		assertThat(after.ordinal()).isEqualTo(Math.min(CreditClass.D.ordinal(), before.ordinal() + 2));
		String code = subjects.find(penalty.subjectId()).orElseThrow().creditCode();
		JsonNode standing = api.send("GET", "/api/v1/public/inspection/credit/" + code, null, null).json();
		assertThat(standing.get("standing").asString()).as("a 立案查处 puts the subject on the 失信惩戒 list").isEqualTo("PUNISHED");
		if (before != CreditClass.D) {
			assertThat(subjects.creditHistory(penalty.subjectId())).last()
				.satisfies(c -> assertThat(c.sourceId()).isEqualTo(penaltyId));
		}

		// On the 失信惩戒 list, the subject is weighed at the cap in the next draw of its industry.
		long next = work.commit(task("药品零售"), department());
		work.draw(next, department());
		DrawRecord record = DrawRecords.recordFromJson(
				api.send("GET", "/api/v1/public/inspection/draws/" + next + "/record", null, null).body());
		assertThat(record.inputs().subjects()).filteredOn(c -> c.subjectId() == penalty.subjectId()).singleElement()
			.satisfies(c -> {
				assertThat(c.weight()).isEqualTo(300);
				assertThat(c.weightReason()).startsWith("失信惩戒名单");
			});

		InspectionWork.Drawn rectify = drawn.get(1);
		work.record(rectify.inspectionId(), "RECTIFY", "未按规定储存需冷藏药品", false, inspector(rectify.inspectors().get(0)));
		work.confirm(rectify.inspectionId(), inspector(rectify.inspectors().get(1)));
		assertThat(rectifications.ofSource("inspection", rectify.inspectionId())).singleElement()
			.satisfies(r -> {
				assertThat(r.unitCode()).isEqualTo(SCJ);
				assertThat(r.state()).isEqualTo(Rectifications.State.OPEN);
				assertThat(r.due()).isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")));
			});

		// The whole-process record holds every step.
		String timeline = api.get("/api/v1/timelines/inspection/" + penaltyId, "shichang").body();
		assertThat(timeline).contains("随机抽取", "录入检查结果", "确认检查结果", "法制审核通过");
	}

	@Test
	void aResultUnpublishedPastItsLimitIsSupervisedUntilItIsPublished() {
		List<InspectionWork.Drawn> drawn = drawnTask("食品销售");
		InspectionWork.Drawn d = drawn.get(0);
		work.record(d.inspectionId(), "NO_PROBLEM", null, false, inspector(d.inspectors().get(0)));
		work.confirm(d.inspectionId(), inspector(d.inspectors().get(1)));
		JsonNode completed = api.get("/api/v1/inspection/inspections/" + d.inspectionId(), "shichang").json();
		assertThat(completed.get("allowedActions").toString()).contains("publish");

		clock.advance(Duration.ofDays(40));
		clocks.fireDue("inspection");
		List<Supervisions.Supervision> orders = supervisions.of("inspection", d.inspectionId());
		assertThat(orders).singleElement().satisfies(o -> {
			assertThat(o.unitCode()).isEqualTo(SCJ);
			assertThat(o.state()).isEqualTo(Supervisions.State.OPEN);
		});
		assertThat(api.get("/api/v1/inspection/inspections/" + d.inspectionId(), "shichang").json().get("publishOverdue")
			.asBoolean()).isTrue();

		Api.Response published = api.post("/api/v1/inspection/inspections/" + d.inspectionId() + "/publish", Map.of(), "shichang");
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
		assertThat(supervisions.of("inspection", d.inspectionId())).allSatisfy(
				o -> assertThat(o.state()).isEqualTo(Supervisions.State.CLOSED));
		assertThat(api.send("GET", "/api/v1/public/inspection/results?department=" + SCJ, null, null).body())
			.contains(subjects.find(d.subjectId()).orElseThrow().creditCode());
		assertThat(api.post("/api/v1/inspection/inspections/" + d.inspectionId() + "/publish", Map.of(), "shichang").status())
			.isEqualTo(409);
	}

	private List<InspectionWork.Drawn> drawnTask(String industry) {
		Actor department = department();
		return work.draw(work.commit(task(industry), department), department).stream()
			.filter(d -> d.inspectors().size() >= 2 && d.inspectors().stream().allMatch(u -> u != null)).toList();
	}

	private Actor department() {
		return new Actor(null, "shichang", Set.of(Role.DEPARTMENT_HANDLER), units.find(SCJ).orElseThrow().scope());
	}

	/** A new task over one industry, in a plan of its own. */
	private long task(String industry) {
		Actor department = department();
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		long plan = work.createPlan(year, "测试计划 " + UUID.randomUUID(), department);
		List<Long> matters = InspectionFixtures.matters(api, SCJ).stream().map(m -> m.get("id").asLong()).limit(1).toList();
		long task = work.addTask(plan, new NewTask("测试任务 " + industry, SCJ, List.of(), matters, List.of(industry), List.of(),
				List.of(), Map.of(CreditClass.A, new java.math.BigDecimal(20), CreditClass.B, new java.math.BigDecimal(20),
						CreditClass.C, new java.math.BigDecimal(20)), 2, null, null, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31)), department);
		return task;
	}

	private Actor inspector(String username) {
		return new Actor(null, username, Set.of(Role.INSPECTOR), units.find(SCJ).orElseThrow().scope());
	}

	private String state(long id) {
		return api.get("/api/v1/inspection/inspections/" + id, "shichang").json().get("state").asString();
	}

	private static boolean refused(Runnable step) {
		try {
			step.run();
			return false;
		}
		catch (org.zhili.platform.ApiProblem e) {
			return true;
		}
	}
}
