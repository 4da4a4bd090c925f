package org.zhili.inspection.internal.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.inspection.Rectifications;
import org.zhili.process.ClockListener;
import org.zhili.process.Clocks;

/**
 * A rectification's deadline on the kit's clocks: from opening (or a failed 复查) to the unit's report. The unit
 * is warned {@code warn-working-days} working days before, at the opening of office hours; once it has run out the
 * unit is 督办.
 */
@Component
class RectificationClocks implements ClockListener {

	private final Clocks clocks;
	private final WorkingCalendar calendar;
	private final RectificationRules rules;
	private final RectificationAlarms alarms;

	RectificationClocks(Clocks clocks, WorkingCalendar calendar, RectificationRules rules,
			@Lazy RectificationAlarms alarms) {
		this.clocks = clocks;
		this.calendar = calendar;
		this.rules = rules;
		this.alarms = alarms;
	}

	@Override
	public String loop() {
		return Rectifications.LOOP;
	}

	@Override
	public Instant warnAt(Clocks.Key key, Deadline deadline) {
		if (rules.warnWorkingDays() == 0) {
			return null;
		}
		LocalDate lastDay = LocalDate.ofInstant(deadline.due(), calendar.zone());
		LocalDate warnDay = calendar.addWorkingDays(lastDay, -rules.warnWorkingDays());
		LocalTime opening = calendar.officeHours().morningStart();
		return warnDay.atTime(opening).atZone(calendar.zone()).toInstant();
	}

	@Override
	public void fired(Clocks.Key key, Clocks.Alarm alarm, Deadline deadline) {
		alarms.deadlineAlarm(key.itemId(), alarm == Clocks.Alarm.DUE);
	}

	/** The deadline is a date: a corrected calendar may move its last working day, which is read when shown. */
	@Override
	public void recomputed(Clocks.Key key, Deadline before, Deadline after) {
	}

	void start(long id, Instant at, LocalDate due) {
		clocks.startUntil(key(id), at, due);
	}

	void stop(long id, Instant at) {
		clocks.stop(key(id), at);
	}

	void stopAll(long id, Instant at) {
		clocks.stopAll(Rectifications.LOOP, id, at);
	}

	static Clocks.Key key(long id) {
		return Clocks.Key.of(Rectifications.LOOP, id, RectificationWorkflow.DEADLINE_CLOCK);
	}
}
