package org.zhili.disputes.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.disputes.Disputes;
import org.zhili.process.ClockListener;
import org.zhili.process.Clocks;

/**
 * A dispute's two clocks on the kit: the mediation limit from acceptance (warned {@code warn-days} before, 督办 once
 * run out) and the agreement's performance deadline (the centre is reminded to 回访 before it and when it is due).
 */
@Component
class DisputeClocks implements ClockListener {

	private final Clocks clocks;
	private final WorkingCalendar calendar;
	private final DisputeRules rules;
	private final DisputeAlarms alarms;

	DisputeClocks(Clocks clocks, WorkingCalendar calendar, DisputeRules rules, @Lazy DisputeAlarms alarms) {
		this.clocks = clocks;
		this.calendar = calendar;
		this.rules = rules;
		this.alarms = alarms;
	}

	@Override
	public String loop() {
		return Disputes.LOOP;
	}

	@Override
	public Instant warnAt(Clocks.Key key, Deadline deadline) {
		int days = DisputeWorkflow.PERFORMANCE_CLOCK.equals(key.name()) ? rules.performanceWarnDays() : rules.warnDays();
		if (days == 0) {
			return null;
		}
		LocalDate lastDay = LocalDate.ofInstant(deadline.due(), calendar.zone());
		return lastDay.minusDays(days).atTime(calendar.officeHours().morningStart()).atZone(calendar.zone()).toInstant();
	}

	@Override
	public void fired(Clocks.Key key, Clocks.Alarm alarm, Deadline deadline) {
		boolean due = alarm == Clocks.Alarm.DUE;
		if (DisputeWorkflow.PERFORMANCE_CLOCK.equals(key.name())) {
			alarms.performanceAlarm(key.itemId(), due);
		}
		else {
			alarms.mediationAlarm(key.itemId(), due, deadline.due());
		}
	}

	/** The limit is in calendar days (or a date): a corrected working-day calendar leaves nothing to record. */
	@Override
	public void recomputed(Clocks.Key key, Deadline before, Deadline after) {
	}

	Deadline startMediation(long id, Instant at) {
		return clocks.start(mediation(id), at, rules.mediationLimit());
	}

	void startPerformance(long id, Instant at, LocalDate due) {
		clocks.startUntil(performance(id), at, due);
	}

	void stop(Clocks.Key key, Instant at) {
		clocks.stop(key, at);
	}

	static Clocks.Key mediation(long id) {
		return Clocks.Key.of(Disputes.LOOP, id, DisputeWorkflow.MEDIATION_CLOCK);
	}

	static Clocks.Key performance(long id) {
		return Clocks.Key.of(Disputes.LOOP, id, DisputeWorkflow.PERFORMANCE_CLOCK);
	}
}
