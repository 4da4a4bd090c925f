package org.zhili.urban.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhili.platform.ChinaTime;
import org.zhili.urban.internal.evaluation.EvaluationFamily;
import org.zhili.urban.internal.evaluation.EvaluationMonth;
import org.zhili.urban.internal.evaluation.EvaluationProperties;
import org.zhili.urban.internal.evaluation.EvaluationRow;
import org.zhili.urban.internal.evaluation.EvaluationSentences;
import org.zhili.urban.internal.evaluation.Evaluator;
import org.zhili.urban.internal.evaluation.Grade;
import org.zhili.urban.internal.evaluation.Indicator;
import org.zhili.urban.internal.evaluation.MonthCounts;
import org.zhili.urban.internal.evaluation.MonthCounts.GridCount;
import org.zhili.urban.internal.evaluation.MonthlyEvaluation;
import org.zhili.urban.internal.evaluation.RegionTree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhili.urban.internal.evaluation.Indicator.*;

/**
 * The formulas of GB/T 30428.4 as domain rules DU-18 … DU-28 record them, on hand-counted months. (Which case counts
 * where is PostgreSQL's part, checked on real rows by {@code EvaluationApiIT}.)
 */
class EvaluationFormulaTest {

	static final String STREET = "120104001000", COMMUNITY = "120104001001", OTHER_STREET = "120104002000";
	static final String GRID_1 = "120104001001001", GRID_2 = "120104001001002";
	static final RegionTree TREE = new RegionTree(List.of(STREET, OTHER_STREET),
			Map.of(STREET, List.of(COMMUNITY), COMMUNITY, List.of(GRID_1, GRID_2)));

	final Evaluator evaluator = new Evaluator(EvaluationProperties.defaults());

	/** A month's counts, filled by each test. */
	static final class Counts {

		long accepted, postponed, suspended, voided;
		final List<GridCount> grids = new ArrayList<>();
		final Map<String, long[]> departments = new HashMap<>(), reports = new HashMap<>(), verifications = new HashMap<>(),
				checks = new HashMap<>(), registrations = new HashMap<>(), closures = new HashMap<>(),
				dispatches = new HashMap<>();

		Counts grid(String grid, long registered, long due, long closed, long onSchedule, long publicReports) {
			grids.add(new GridCount(grid == null ? OTHER_STREET : STREET, grid == null ? null : COMMUNITY, grid, registered,
					due, closed, onSchedule, publicReports));
			return this;
		}

		MonthCounts counts() {
			return new MonthCounts(accepted, postponed, suspended, voided, grids, departments, reports, verifications, checks,
					registrations, closures, dispatches);
		}
	}

	static EvaluationMonth november() {
		Instant later = ZonedDateTime.of(2026, 12, 20, 9, 0, 0, 0, ChinaTime.ZONE).toInstant();
		return EvaluationMonth.of(YearMonth.of(2026, 11), later, Duration.ofDays(5));
	}

	MonthlyEvaluation evaluate(Counts counts, Map<String, Set<String>> areas) {
		return evaluator.evaluate(november(), counts.counts(), areas, TREE, null);
	}

	static EvaluationRow row(MonthlyEvaluation e, EvaluationFamily family, String code) {
		return e.table(family).rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void du28sPublishedMonthGivesItsRates() {
		Counts c = new Counts();
		c.accepted = 1054;
		c.grid(GRID_1, 600, 586, 550, 440, 0).grid(GRID_2, 396, 386, 361, 297, 0);
		Map<Indicator, BigDecimal> d = evaluate(c, Map.of()).district();

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
	void aMonthIsProvisionalUntilItsCutoff() {
		YearMonth november = YearMonth.of(2026, 11);
		Instant december2 = ZonedDateTime.of(2026, 12, 2, 12, 0, 0, 0, ChinaTime.ZONE).toInstant();
		EvaluationMonth early = EvaluationMonth.of(november, december2, Duration.ofDays(5));
		assertThat(early.provisional()).isTrue();
		assertThat(early.cutoff()).isEqualTo(december2);
		EvaluationMonth done = november();
		assertThat(done.provisional()).isFalse();
		assertThat(done.cutoff()).isEqualTo(ZonedDateTime.of(2026, 12, 6, 0, 0, 0, 0, ChinaTime.ZONE).toInstant());
		assertThat(done.from()).isEqualTo(ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, ChinaTime.ZONE).toInstant());
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
		// grid 1: two cases (band 90), one a public report, one closed on time; grid 2: none (band 100) → 立案数分值 95
		Counts c = new Counts().grid(GRID_1, 2, 2, 1, 1, 1);
		EvaluationRow street = row(evaluate(c, Map.of()), EvaluationFamily.REGION, STREET);

		assertThat(street.figure(PUBLIC_REPORT_RATE)).isEqualTo(new BigDecimal("50.00"));
		assertThat(street.figure(REGISTER_SCORE)).isEqualTo(new BigDecimal("95.00"));
		assertThat(street.figure(CLOSING_RATE)).isEqualTo(new BigDecimal("50.00"));
		assertThat(street.figure(ON_TIME_CLOSING_RATE)).isEqualTo(new BigDecimal("50.00"));
		// (100 − 50) × 10% + 95 × 20% + 50 × 30% + 50 × 40%
		assertThat(street.composite()).isEqualTo(new BigDecimal("59.00"));
		assertThat(street.grade()).isEqualTo(Grade.D);

		MonthlyEvaluation grids = evaluator.evaluate(november(), c.counts(), Map.of(), TREE, COMMUNITY);
		assertThat(grids.table(EvaluationFamily.REGION).level()).isEqualTo("网格");
		assertThat(grids.table(EvaluationFamily.REGION).rows()).extracting(EvaluationRow::code)
			.containsExactly(GRID_2, GRID_1);
		assertThat(row(grids, EvaluationFamily.REGION, GRID_1).figure(REGISTER_SCORE)).isEqualByComparingTo("90");
		assertThat(row(grids, EvaluationFamily.REGION, GRID_2).figure(CLOSING_RATE)).as("nothing to close").isNull();
	}

	@Test
	void aDepartmentIsMarkedOnItsClosuresHandlingOnTimeAndRework() {
		Counts c = new Counts();
		c.departments.put("120104CGW", new long[] { 10, 8, 6, 2, 7 });
		EvaluationRow dept = row(evaluate(c, Map.of()), EvaluationFamily.DEPARTMENT, "120104CGW");
		assertThat(dept.figure(CLOSING_RATE)).isEqualTo(new BigDecimal("70.00"));
		assertThat(dept.figure(ON_TIME_HANDLING_RATE)).isEqualTo(new BigDecimal("60.00"));
		assertThat(dept.figure(REWORK_RATE)).isEqualTo(new BigDecimal("25.00"));
		// 100 × 10% + 70 × 30% + 60 × 30% + (100 − 25) × 30%
		assertThat(dept.composite()).isEqualTo(new BigDecimal("71.50"));
		assertThat(dept.grade()).isEqualTo(Grade.C);
	}

	@Test
	void aSupervisorIsMarkedOnValidReportsMissedReportsAndTimelyVerifyingAndChecking() {
		// in the area (光明路社区): 4 registered, one of them a public report; elsewhere: 3, all public
		Counts c = new Counts().grid(GRID_1, 3, 3, 0, 0, 0).grid(GRID_2, 1, 1, 0, 0, 1).grid(null, 3, 3, 0, 0, 3);
		c.reports.put("jianduyuan", new long[] { 4, 3, 0, 0, 0 });
		c.verifications.put("jianduyuan", new long[] { 1, 1, 0, 0, 0 });
		c.checks.put("jianduyuan", new long[] { 2, 1, 0, 0, 0 });
		c.verifications.put("other", new long[] { 3, 3, 0, 0, 0 });
		// the area names both the community and its street: each grid still counts once
		MonthlyEvaluation e = evaluate(c, Map.of("jianduyuan", Set.of(COMMUNITY, STREET), "idle", Set.of("120104009000")));

		EvaluationRow s = row(e, EvaluationFamily.SUPERVISOR, "jianduyuan");
		assertThat(s.figure(VALID_REPORT_RATE)).isEqualTo(new BigDecimal("75.00"));
		assertThat(s.figure(AREA_REGISTERED)).isEqualByComparingTo("4");
		assertThat(s.figure(MISSED_RATE)).isEqualTo(new BigDecimal("25.00"));
		assertThat(s.figure(ON_TIME_VERIFY_RATE)).isEqualTo(new BigDecimal("100.00"));
		assertThat(s.figure(ON_TIME_CHECK_RATE)).isEqualTo(new BigDecimal("50.00"));
		// 75 × 40% + (100 − 25) × 20% + 100 × 20% + 50 × 20%
		assertThat(s.composite()).isEqualTo(new BigDecimal("75.00"));
		assertThat(s.grade()).isEqualTo(Grade.B);

		EvaluationRow other = row(e, EvaluationFamily.SUPERVISOR, "other");
		assertThat(other.figure(ON_TIME_CHECK_RATE)).as("nothing to check: no rate").isNull();
		assertThat(other.composite()).as("only 按时核实率 has a base; the other weights drop out").isEqualTo(new BigDecimal("100.00"));
		EvaluationRow idle = row(e, EvaluationFamily.SUPERVISOR, "idle");
		assertThat(idle.composite()).as("a patrol area without a case and no work: no composite").isNull();
		assertThat(idle.grade()).isNull();
	}

	@Test
	void dutyChiefsAndDispatchersAreMarkedOnTheirOwnSteps() {
		Counts c = new Counts();
		c.registrations.put("zhibanzhang", new long[] { 20, 18, 2, 0, 0 });
		c.closures.put("zhibanzhang", new long[] { 10, 7, 0, 0, 0 });
		c.dispatches.put("chengguanpq", new long[] { 120, 90, 6, 0, 0 });
		MonthlyEvaluation e = evaluate(c, Map.of());

		EvaluationRow chief = row(e, EvaluationFamily.DUTY_CHIEF, "zhibanzhang");
		assertThat(chief.figure(ON_TIME_REGISTER_RATE)).isEqualTo(new BigDecimal("90.00"));
		assertThat(chief.figure(ACCURATE_REGISTER_RATE)).isEqualTo(new BigDecimal("90.00"));
		assertThat(chief.figure(ON_TIME_CLOSE_RATE)).isEqualTo(new BigDecimal("70.00"));
		assertThat(chief.composite()).isEqualTo(new BigDecimal("83.00")); // 90×25% + 90×40% + 70×35%
		assertThat(chief.grade()).isEqualTo(Grade.B);

		EvaluationRow dispatcher = row(e, EvaluationFamily.DISPATCHER, "chengguanpq");
		assertThat(dispatcher.figure(DISPATCH_SCORE)).as("120 dispatched: the 101–300 band").isEqualByComparingTo("40");
		assertThat(dispatcher.figure(ON_TIME_DISPATCH_RATE)).isEqualTo(new BigDecimal("75.00"));
		assertThat(dispatcher.figure(ACCURATE_DISPATCH_RATE)).isEqualTo(new BigDecimal("95.00"));
		assertThat(dispatcher.composite()).isEqualTo(new BigDecimal("76.00")); // 40×20% + 75×40% + 95×40%
	}

	@Test
	void weightsBandsAndGradesBindFromConfiguration() {
		Map<String, String> yaml = new HashMap<>();
		yaml.put("zhili.urban.evaluation.closing-grace", "3d");
		yaml.put("zhili.urban.evaluation.grades.a", "95");
		yaml.put("zhili.urban.evaluation.region.weights.public-report-rate", "0.25");
		yaml.put("zhili.urban.evaluation.region.weights.register-score", "0.25");
		yaml.put("zhili.urban.evaluation.region.weights.closing-rate", "0.25");
		yaml.put("zhili.urban.evaluation.region.weights.on-time-closing-rate", "0.25");
		yaml.put("zhili.urban.evaluation.dispatcher.bands[0].min", "10");
		yaml.put("zhili.urban.evaluation.dispatcher.bands[0].score", "100");
		EvaluationProperties rules = new org.springframework.boot.context.properties.bind.Binder(
				new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(yaml))
			.bindOrCreate("zhili.urban.evaluation", EvaluationProperties.class);

		assertThat(rules.closingGrace()).isEqualTo(Duration.ofDays(3));
		assertThat(rules.grades().of(new BigDecimal("92"))).isEqualTo(Grade.B);
		assertThat(rules.region().weight(ON_TIME_CLOSING_RATE)).isEqualByComparingTo("0.25");
		assertThat(rules.dispatcher().score(12)).isEqualByComparingTo("100");
		assertThat(rules.dispatcher().score(9)).isEqualByComparingTo("0");
		assertThat(rules.department().weight(REWORK_RATE)).as("a family left out keeps its defaults").isEqualByComparingTo("0.30");
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
