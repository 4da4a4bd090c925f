package org.zhili.urban.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.zhili.platform.ChinaTime;
import org.zhili.urban.internal.evaluation.CaseFacts;
import org.zhili.urban.internal.evaluation.EvaluationFamily;
import org.zhili.urban.internal.evaluation.EvaluationMonth;
import org.zhili.urban.internal.evaluation.EvaluationProperties;
import org.zhili.urban.internal.evaluation.EvaluationRow;
import org.zhili.urban.internal.evaluation.EvaluationSentences;
import org.zhili.urban.internal.evaluation.Evaluator;
import org.zhili.urban.internal.evaluation.Grade;
import org.zhili.urban.internal.evaluation.Indicator;
import org.zhili.urban.internal.evaluation.MonthlyEvaluation;
import org.zhili.urban.internal.evaluation.RegionTree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhili.urban.internal.evaluation.Indicator.*;

/** The formulas of GB/T 30428.4 as domain rules DU-18 … DU-28 record them, on hand-counted months. */
class EvaluationFormulaTest {

	static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
	static final Instant AFTER_CUTOFF = at(2026, 12, 20, 9);
	static final String STREET = "120104001000", COMMUNITY = "120104001001";
	static final String GRID_1 = "120104001001001", GRID_2 = "120104001001002";
	static final RegionTree TREE = new RegionTree(List.of(STREET), Map.of(STREET, List.of(COMMUNITY), COMMUNITY,
			List.of(GRID_1, GRID_2)));

	final Evaluator evaluator = new Evaluator(EvaluationProperties.defaults());

	static Instant at(int year, int month, int day, int hour) {
		return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ChinaTime.ZONE).toInstant();
	}

	static EvaluationMonth november() {
		return EvaluationMonth.of(NOVEMBER, AFTER_CUTOFF, Duration.ofDays(5));
	}

	MonthlyEvaluation evaluate(List<CaseFacts> cases, Map<String, Set<String>> areas) {
		return evaluator.evaluate(november(), cases, areas, TREE, null);
	}

	@Test
	void du28sPublishedMonthGivesItsRates() {
		List<CaseFacts> cases = new ArrayList<>();
		Instant reported = at(2026, 11, 10, 9), registered = at(2026, 11, 10, 10), closed = at(2026, 11, 20, 15);
		for (int i = 0; i < 1054; i++) {
			CaseRow c = CaseRow.reported(reported);
			if (i >= 996) {
				cases.add(c.rejected().facts()); // 58 reports not registered
				continue;
			}
			c.registered("zhibanzhang", registered, true);
			if (i < 10) {
				c.voided = true;
			}
			else if (i < 24) {
				c.suspended = true;
			}
			else if (i < 24 + 737) {
				c.handled(closed, true).closed("zhibanzhang", closed, true);
			}
			else if (i < 24 + 911) {
				c.handled(closed, false).closed("zhibanzhang", closed, true); // closed, but handled late
			}
			cases.add(c.facts());
		}
		Map<Indicator, BigDecimal> d = evaluate(cases, Map.of()).district();

		assertThat(d.get(ACCEPTED)).isEqualByComparingTo("1054");
		assertThat(d.get(REGISTERED)).isEqualByComparingTo("996");
		assertThat(d.get(DUE)).isEqualByComparingTo("972");
		assertThat(d.get(CLOSED)).isEqualByComparingTo("911");
		assertThat(d.get(CLOSING_RATE)).isEqualTo(new BigDecimal("93.72"));
		assertThat(d.get(ON_TIME_CLOSED)).isEqualByComparingTo("737");
		assertThat(d.get(ON_TIME_CLOSING_RATE)).isEqualTo(new BigDecimal("75.82"));
		assertThat(EvaluationSentences.headline(d))
			.isEqualTo("受理1054件，立案996件，应结案972件，结案911件，结案率93.72%，按期结案737件，按期结案率75.82%");
	}

	@Test
	void aClosureCountsForTheMonthUpToItsCutoffOnly() {
		Instant registered = at(2026, 11, 30, 10);
		List<CaseFacts> cases = List.of(
				CaseRow.reported(registered).registered("zhibanzhang", registered, true)
					.handled(at(2026, 12, 3, 9), true).closed("zhibanzhang", at(2026, 12, 3, 10), true).facts(),
				CaseRow.reported(registered).registered("zhibanzhang", registered, true)
					.handled(at(2026, 12, 8, 9), true).closed("zhibanzhang", at(2026, 12, 8, 10), true).facts());
		Map<Indicator, BigDecimal> d = evaluate(cases, Map.of()).district();
		assertThat(d.get(DUE)).isEqualByComparingTo("2");
		assertThat(d.get(CLOSED)).as("closed on 3 December, within the five days' grace; not the one of 8 December")
			.isEqualByComparingTo("1");

		EvaluationMonth early = EvaluationMonth.of(NOVEMBER, at(2026, 12, 2, 12), Duration.ofDays(5));
		assertThat(early.provisional()).isTrue();
		assertThat(evaluator.evaluate(early, cases, Map.of(), TREE, null).district().get(CLOSED))
			.as("before the cut-off the figures are as of now").isEqualByComparingTo("0");
	}

	@Test
	void gradesFollowTheConfiguredBands() {
		EvaluationProperties.Grades grades = EvaluationProperties.defaults().grades();
		assertThat(grades.of(new BigDecimal("90"))).isEqualTo(Grade.A);
		assertThat(grades.of(new BigDecimal("89.99"))).isEqualTo(Grade.B);
		assertThat(grades.of(new BigDecimal("75"))).isEqualTo(Grade.B);
		assertThat(grades.of(new BigDecimal("74.99"))).isEqualTo(Grade.C);
		assertThat(grades.of(new BigDecimal("60"))).isEqualTo(Grade.C);
		assertThat(grades.of(new BigDecimal("40"))).isEqualTo(Grade.D);
		assertThat(grades.of(new BigDecimal("39.99"))).isEqualTo(Grade.E);
		assertThat(grades.of(null)).isNull();
	}

	@Test
	void aRegionWeighsItsReportRateItsGridsBandsAndItsClosures() {
		Instant t = at(2026, 11, 5, 10);
		List<CaseFacts> cases = List.of(
				// grid 1: two cases (band 90), one a public report; grid 2: none (band 100) → 立案数分值 95
				CaseRow.reported(t).registered("zhibanzhang", t, true).handled(t, true).closed("zhibanzhang", t, true).facts(),
				CaseRow.reported(t).byPublic("jianduyuan", t, true).registered("zhibanzhang", t, true).facts());
		EvaluationRow street = evaluate(cases, Map.of()).table(EvaluationFamily.REGION).rows().get(0);

		assertThat(street.code()).isEqualTo(STREET);
		assertThat(street.figure(PUBLIC_REPORT_RATE)).isEqualTo(new BigDecimal("50.00"));
		assertThat(street.figure(REGISTER_SCORE)).isEqualTo(new BigDecimal("95.00"));
		assertThat(street.figure(CLOSING_RATE)).isEqualTo(new BigDecimal("50.00"));
		assertThat(street.figure(ON_TIME_CLOSING_RATE)).isEqualTo(new BigDecimal("50.00"));
		// (100 − 50) × 10% + 95 × 20% + 50 × 30% + 50 × 40%
		assertThat(street.composite()).isEqualTo(new BigDecimal("59.00"));
		assertThat(street.grade()).isEqualTo(Grade.D);

		MonthlyEvaluation grids = evaluator.evaluate(november(), cases, Map.of(), TREE, COMMUNITY);
		assertThat(grids.table(EvaluationFamily.REGION).level()).isEqualTo("网格");
		assertThat(grids.table(EvaluationFamily.REGION).rows()).extracting(EvaluationRow::code)
			.containsExactly(GRID_2, GRID_1);
		assertThat(grids.table(EvaluationFamily.REGION).rows().get(1).figure(REGISTER_SCORE)).isEqualByComparingTo("90");
	}

	@Test
	void aDepartmentIsMarkedOnItsClosuresHandlingOnTimeAndRework() {
		Instant t = at(2026, 11, 12, 10);
		List<CaseFacts> cases = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			CaseRow c = CaseRow.reported(t).registered("zhibanzhang", t, true).dispatched("chengguanpq", t, true, "120104CGW");
			if (i < 8) {
				c.handled(t.plus(Duration.ofHours(2)), i < 6);
				c.reworks = i < 2 ? 1 : 0;
			}
			if (i < 7) {
				c.closed("zhibanzhang", t.plus(Duration.ofHours(5)), true);
			}
			cases.add(c.facts());
		}
		EvaluationRow dept = evaluate(cases, Map.of()).table(EvaluationFamily.DEPARTMENT).rows().get(0);
		assertThat(dept.code()).isEqualTo("120104CGW");
		assertThat(dept.figure(ASSIGNED)).isEqualByComparingTo("10");
		assertThat(dept.figure(CLOSING_RATE)).isEqualTo(new BigDecimal("70.00"));
		assertThat(dept.figure(ON_TIME_HANDLING_RATE)).isEqualTo(new BigDecimal("60.00"));
		assertThat(dept.figure(REWORK_RATE)).isEqualTo(new BigDecimal("25.00"));
		// 100 × 10% + 70 × 30% + 60 × 30% + (100 − 25) × 30%
		assertThat(dept.composite()).isEqualTo(new BigDecimal("71.50"));
		assertThat(dept.grade()).isEqualTo(Grade.C);
	}

	@Test
	void aSupervisorIsMarkedOnValidReportsMissedReportsAndTimelyVerifyingAndChecking() {
		Instant t = at(2026, 11, 18, 10);
		List<CaseFacts> cases = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			CaseRow c = CaseRow.reported(t);
			cases.add((i < 3 ? c.registered("zhibanzhang", t, true) : c.rejected())
				.checked(i < 2 ? "jianduyuan" : null, i < 2 ? t : null, i == 0)
				.facts());
		}
		// a public report in the area: verified on time, registered — one the supervisor missed
		cases.add(CaseRow.reported(t).byPublic("jianduyuan", t, true).registered("zhibanzhang", t, true).facts());
		// a case elsewhere does not count in the area
		cases.add(CaseRow.reported(t).in("120104002001001", "120104002001", "120104002000")
			.byPublic("other", t, true).registered("zhibanzhang", t, true).facts());

		EvaluationRow s = evaluate(cases, Map.of("jianduyuan", Set.of(COMMUNITY))).table(EvaluationFamily.SUPERVISOR)
			.rows()
			.stream()
			.filter(r -> r.code().equals("jianduyuan"))
			.findFirst()
			.orElseThrow();
		assertThat(s.figure(VALID_REPORT_RATE)).isEqualTo(new BigDecimal("75.00"));
		assertThat(s.figure(AREA_REGISTERED)).isEqualByComparingTo("4");
		assertThat(s.figure(MISSED_RATE)).isEqualTo(new BigDecimal("25.00"));
		assertThat(s.figure(ON_TIME_VERIFY_RATE)).isEqualTo(new BigDecimal("100.00"));
		assertThat(s.figure(ON_TIME_CHECK_RATE)).isEqualTo(new BigDecimal("50.00"));
		// 75 × 40% + (100 − 25) × 20% + 100 × 20% + 50 × 20%
		assertThat(s.composite()).isEqualTo(new BigDecimal("75.00"));
		assertThat(s.grade()).isEqualTo(Grade.B);

		EvaluationRow other = evaluate(cases, Map.of()).table(EvaluationFamily.SUPERVISOR)
			.rows()
			.stream()
			.filter(r -> r.code().equals("other"))
			.findFirst()
			.orElseThrow();
		assertThat(other.figure(ON_TIME_CHECK_RATE)).as("nothing to check: no rate").isNull();
		assertThat(other.composite()).as("only 按时核实率 has a base; the other weights drop out").isEqualTo(new BigDecimal("100.00"));
	}

	@Test
	void dutyChiefsAndDispatchersAreMarkedOnTheirOwnSteps() {
		Instant t = at(2026, 11, 25, 10);
		List<CaseFacts> cases = new ArrayList<>();
		IntStream.range(0, 120).forEach(i -> {
			CaseRow c = CaseRow.reported(t).dispatched("chengguanpq", t, i < 90, "120104CGW");
			c.misdispatches = i < 6 ? 1 : 0;
			if (i < 20) {
				c.registered("zhibanzhang", t, i < 18);
				c.voided = i >= 18;
			}
			if (i >= 20 && i < 30) {
				c.closed("zhibanzhang", t, i < 27);
			}
			cases.add(c.facts());
		});
		MonthlyEvaluation e = evaluate(cases, Map.of());

		EvaluationRow chief = e.table(EvaluationFamily.DUTY_CHIEF).rows().get(0);
		assertThat(chief.figure(ON_TIME_REGISTER_RATE)).isEqualTo(new BigDecimal("90.00"));
		assertThat(chief.figure(ACCURATE_REGISTER_RATE)).isEqualTo(new BigDecimal("90.00"));
		assertThat(chief.figure(ON_TIME_CLOSE_RATE)).isEqualTo(new BigDecimal("70.00"));
		assertThat(chief.composite()).isEqualTo(new BigDecimal("83.00")); // 90×25% + 90×40% + 70×35%
		assertThat(chief.grade()).isEqualTo(Grade.B);

		EvaluationRow dispatcher = e.table(EvaluationFamily.DISPATCHER).rows().get(0);
		assertThat(dispatcher.figure(DISPATCH_SCORE)).as("120 dispatched: the 101–300 band").isEqualByComparingTo("40");
		assertThat(dispatcher.figure(ON_TIME_DISPATCH_RATE)).isEqualTo(new BigDecimal("75.00"));
		assertThat(dispatcher.figure(ACCURATE_DISPATCH_RATE)).isEqualTo(new BigDecimal("95.00"));
		assertThat(dispatcher.composite()).isEqualTo(new BigDecimal("76.00")); // 40×20% + 75×40% + 95×40%
	}

	@Test
	void weightsThatDoNotSumToOneAreRefused() {
		EvaluationProperties.Family seventyPerCent = new EvaluationProperties.Family(
				Map.of(PUBLIC_REPORT_RATE, new BigDecimal("0.10"), REGISTER_SCORE, new BigDecimal("0.20"), CLOSING_RATE,
						new BigDecimal("0.30"), ON_TIME_CLOSING_RATE, new BigDecimal("0.10")),
				null);
		assertThatThrownBy(() -> new EvaluationProperties(Duration.ofDays(5), null, seventyPerCent, null, null, null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("zhili.urban.evaluation.region.weights must sum to 1");
	}
}
