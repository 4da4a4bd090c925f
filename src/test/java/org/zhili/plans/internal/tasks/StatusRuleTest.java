package org.zhili.plans.internal.tasks;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.plans.TaskStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import org.zhili.plans.internal.plan.PlanViews;
import org.zhili.plans.internal.targets.TargetActuals;
import org.zhili.plans.internal.targets.TargetAssessment;

class StatusRuleTest {

	/** Monday–Friday, no holidays. */
	static WorkingCalendar weekdays() {
		WorkingCalendar c = mock(WorkingCalendar.class);
		when(c.isWorkingDay(org.mockito.ArgumentMatchers.any())).thenAnswer(i -> {
			DayOfWeek d = i.<LocalDate>getArgument(0).getDayOfWeek();
			return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
		});
		when(c.nextWorkingDay(org.mockito.ArgumentMatchers.any())).thenAnswer(i -> {
			LocalDate d = i.<LocalDate>getArgument(0).plusDays(1);
			while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
				d = d.plusDays(1);
			}
			return d;
		});
		return c;
	}

	private final WorkingCalendar calendar = weekdays();
	private static final LocalDate SATURDAY = LocalDate.of(2026, 6, 27);

	@Test
	void aMilestoneDueOnASaturdayRunsToMonday() {
		List<StatusRule.Node> nodes = List.of(new StatusRule.Node(SATURDAY, null));
		LocalDate deadline = LocalDate.of(2026, 12, 31);
		assertThat(StatusRule.of(40, true, deadline, nodes, SATURDAY.plusDays(2), calendar)).isEqualTo(TaskStatus.ON_TRACK);
		assertThat(StatusRule.of(40, true, deadline, nodes, SATURDAY.plusDays(3), calendar)).isEqualTo(TaskStatus.LATE);
		List<StatusRule.Node> met = List.of(new StatusRule.Node(SATURDAY, SATURDAY.minusDays(1)));
		assertThat(StatusRule.of(40, true, deadline, met, SATURDAY.plusDays(3), calendar)).isEqualTo(TaskStatus.ON_TRACK);
	}

	@Test
	void doneBeatsEverythingAndAPassedDeadlineLeavesItUnfinished() {
		LocalDate deadline = LocalDate.of(2026, 12, 31); // a Thursday
		assertThat(StatusRule.of(100, true, deadline, List.of(), deadline.plusDays(30), calendar)).isEqualTo(TaskStatus.DONE);
		assertThat(StatusRule.of(90, true, deadline, List.of(), deadline, calendar)).isEqualTo(TaskStatus.ON_TRACK);
		assertThat(StatusRule.of(90, true, deadline, List.of(), deadline.plusDays(1), calendar)).isEqualTo(TaskStatus.UNFINISHED);
		assertThat(StatusRule.of(0, false, deadline, List.of(), deadline.minusDays(100), calendar)).isEqualTo(TaskStatus.NOT_STARTED);
	}

	@Test
	void targetsAreJudgedInTheDocumentsOwnPhrasing() {
		List<PlanViews.Actual> year = List.of(new PlanViews.Actual("2018", new BigDecimal("6"), "ENTERED", null));
		TargetAssessment.Outcome gdp = TargetAssessment.assess("growth", new BigDecimal("5"), null, "%", null, year);
		assertThat(gdp.code()).isEqualTo("ACHIEVED");
		assertThat(gdp.phrase()).isEqualTo("超出年初预定目标1个百分点");
		TargetAssessment.Outcome jobs = TargetAssessment.assess("reach", new BigDecimal("4"), null, "万人",
				null, List.of(new PlanViews.Actual("2019", new BigDecimal("3.6"), "ENTERED", null)));
		assertThat(jobs.code()).isEqualTo("MISSED");
		assertThat(jobs.phrase()).isEqualTo("完成年初预定目标的90%");
		TargetAssessment.Outcome unemployment = TargetAssessment.assess("at_most", new BigDecimal("3.6"), null, "%", "以内",
				List.of(new PlanViews.Actual("2012-06", new BigDecimal("3.7"), "ENTERED", null)));
		assertThat(unemployment.code()).isEqualTo("AT_RISK");
		assertThat(TargetAssessment.assess("about", new BigDecimal("5.5"), null, "%", "左右",
				List.of(new PlanViews.Actual("2025", new BigDecimal("5.2"), "ENTERED", null))).code()).isEqualTo("ACHIEVED");
	}

	@Test
	void absurdActualsAreNamed() {
		assertThat(TargetActuals.absurd("%", "growth", new BigDecimal("5"), new BigDecimal("-150"))).contains("-100%");
		assertThat(TargetActuals.absurd("%", "at_most", new BigDecimal("3.6"), new BigDecimal("120"))).contains("0 至 100%");
		assertThat(TargetActuals.absurd("亿元", "reach", new BigDecimal("95"), new BigDecimal("95001"))).contains("1000倍");
		assertThat(TargetActuals.absurd("家", "reach", new BigDecimal("35"), new BigDecimal("-1"))).contains("不能为负");
		assertThat(TargetActuals.absurd("亿元", "reach", new BigDecimal("95"), new BigDecimal("101.5"))).isNull();
	}
}
