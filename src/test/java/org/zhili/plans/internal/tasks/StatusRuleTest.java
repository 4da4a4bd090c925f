package org.zhili.plans.internal.tasks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.plans.TaskStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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
}
