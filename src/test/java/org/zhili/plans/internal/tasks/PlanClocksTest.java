package org.zhili.plans.internal.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.platform.ChinaTime;
import org.zhili.plans.internal.PlanTime;
import org.zhili.process.Clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** When the reminders of a plan task are due, and what happens when their clocks run out. */
class PlanClocksTest {

	final Clocks clocks = mock(Clocks.class);
	final TaskReminders reminders = mock(TaskReminders.class);
	final PlanClocks planClocks = new PlanClocks(clocks, reminders, 5);

	static Deadline due(LocalDate day) {
		Instant at = day.atTime(17, 30).atZone(ChinaTime.ZONE).toInstant();
		return new Deadline(at, TimeLimit.workingDays(5), at);
	}

	@Test
	void aMonthsReportIsDueTheConfiguredWorkingDaysAfterTheMonthsLastMomentInChina() {
		planClocks.report(7, YearMonth.of(2026, 9));

		Instant lastMoment = ZonedDateTime.of(2026, 9, 30, 23, 59, 59, 999_999_999, ChinaTime.ZONE).toInstant();
		verify(clocks).start(new Clocks.Key(PlanClocks.LOOP, 7, PlanClocks.REPORT, "2026-09"), lastMoment,
				TimeLimit.workingDays(5));
	}

	@Test
	void aMilestoneRunsToItsDayAndStopsWhenMet() {
		Instant now = Instant.parse("2026-03-02T01:00:00Z");
		planClocks.milestone(7, 70, LocalDate.of(2026, 3, 31), now);
		planClocks.milestoneDone(7, 70, now);

		Clocks.Key key = new Clocks.Key(PlanClocks.LOOP, 7, PlanClocks.MILESTONE, "70");
		verify(clocks).startUntil(key, now, LocalDate.of(2026, 3, 31));
		verify(clocks).stop(key, now);
	}

	@Test
	void aMissedReportIsRemindedAndTheNextMonthsClockStartsWhileTheTaskIsOpen() {
		Clocks.Key key = new Clocks.Key(PlanClocks.LOOP, 7, PlanClocks.REPORT, "2026-12");
		when(reminders.reportDue(7, YearMonth.of(2026, 12), LocalDate.of(2027, 1, 8))).thenReturn(true);

		planClocks.fired(key, Clocks.Alarm.DUE, due(LocalDate.of(2027, 1, 8)));

		verify(clocks).start(eq(new Clocks.Key(PlanClocks.LOOP, 7, PlanClocks.REPORT, "2027-01")), any(), any());
	}

	@Test
	void aFinishedTaskGetsNoFurtherReportClock() {
		Clocks.Key key = new Clocks.Key(PlanClocks.LOOP, 7, PlanClocks.REPORT, "2026-12");
		when(reminders.reportDue(eq(7L), any(), any())).thenReturn(false);

		planClocks.fired(key, Clocks.Alarm.DUE, due(LocalDate.of(2027, 1, 8)));

		verify(clocks, never()).start(any(), any(), any());
	}

	@Test
	void anOverdueMilestoneTellsTheLeadUnitAndAWarningDoesNothing() {
		Clocks.Key key = new Clocks.Key(PlanClocks.LOOP, 7, PlanClocks.MILESTONE, "70");

		planClocks.fired(key, Clocks.Alarm.WARN, due(LocalDate.of(2026, 3, 31)));
		verify(reminders, never()).milestoneOverdue(anyLong());

		planClocks.fired(key, Clocks.Alarm.DUE, due(LocalDate.of(2026, 3, 31)));
		verify(reminders).milestoneOverdue(70);
		assertThat(planClocks.warnAt(key, due(LocalDate.of(2026, 3, 31)))).isNull();
	}

	@Test
	void theReportDueNowIsLastMonths() {
		PlanTime time = mock(PlanTime.class);
		when(time.today()).thenReturn(LocalDate.of(2027, 1, 6));
		TaskQueries tasks = new TaskQueries(null, null, time, null, null, null);

		assertThat(tasks.duePeriod()).isEqualTo("2026-12");
	}

	@Test
	void theRemindNowOfTheOfficeFiresOnlyThisLoop() {
		when(clocks.fireDue(PlanClocks.LOOP)).thenReturn(3);
		assertThat(planClocks.remindNow()).isEqualTo(3);
		verifyNoInteractions(reminders);
	}
}
