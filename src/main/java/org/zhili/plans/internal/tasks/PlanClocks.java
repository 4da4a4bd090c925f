package org.zhili.plans.internal.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.platform.ChinaTime;
import org.zhili.process.ClockListener;
import org.zhili.process.Clocks;

/**
 * The plan tasks on the process kit's clocks: each milestone runs to its date (the next working day if it is
 * off), and each month's progress report to {@code zhili.plans.report-working-days} working days after the
 * month's end. When one runs out the lead unit is told; a month's report clock starts the next month's.
 */
@Component
public class PlanClocks implements ClockListener {

	public static final String LOOP = "plan-task";
	static final String MILESTONE = "milestone", REPORT = "report";

	private final Clocks clocks;
	private final TaskReminders reminders;
	private final TimeLimit reportLimit;

	PlanClocks(Clocks clocks, @Lazy TaskReminders reminders, @Value("${zhili.plans.report-working-days:5}") int reportWorkingDays) {
		this.clocks = clocks;
		this.reminders = reminders;
		this.reportLimit = TimeLimit.workingDays(reportWorkingDays);
	}

	@Override
	public String loop() {
		return LOOP;
	}

	@Override
	public Instant warnAt(Clocks.Key key, Deadline deadline) {
		return null;
	}

	@Override
	public void fired(Clocks.Key key, Clocks.Alarm alarm, Deadline deadline) {
		if (alarm != Clocks.Alarm.DUE) {
			return;
		}
		if (key.name().equals(MILESTONE)) {
			reminders.milestoneOverdue(Long.parseLong(key.holder()));
		}
		else if (key.name().equals(REPORT)) {
			YearMonth month = YearMonth.parse(key.holder());
			if (reminders.reportDue(key.itemId(), month, LocalDate.ofInstant(deadline.due(), ChinaTime.ZONE))) {
				report(key.itemId(), month.plusMonths(1));
			}
		}
	}

	/** A task's status reads the calendar when it is shown, so a moved milestone needs nothing stored. */
	@Override
	public void recomputed(Clocks.Key key, Deadline before, Deadline after) {
	}

	public void milestone(long taskId, long milestoneId, LocalDate due, Instant now) {
		clocks.startUntil(new Clocks.Key(LOOP, taskId, MILESTONE, Long.toString(milestoneId)), now, due);
	}

	void milestoneDone(long taskId, long milestoneId, Instant at) {
		clocks.stop(new Clocks.Key(LOOP, taskId, MILESTONE, Long.toString(milestoneId)), at);
	}

	/** The clock of a month's report: from the month's end to the report limit. */
	public void report(long taskId, YearMonth month) {
		Instant monthEnd = month.atEndOfMonth().atTime(LocalTime.MAX).atZone(ChinaTime.ZONE).toInstant();
		clocks.start(new Clocks.Key(LOOP, taskId, REPORT, month.toString()), monthEnd, reportLimit);
	}

	/** Alarms of the loop that ran out by now and did not go off yet, at once (the office's 立即催报). */
	int remindNow() {
		return clocks.fireDue(LOOP);
	}
}
