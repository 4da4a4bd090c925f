package org.zhili.cases.internal.record;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.cases.Light;

/** Traffic lights of deadlines, on the official calendar: working limits count only working time. */
@Component
public class Lights {

	private final WorkingCalendar calendar;
	private final double yellowAt;

	Lights(WorkingCalendar calendar, CasesProperties properties) {
		this.calendar = calendar;
		this.yellowAt = properties.yellowAt();
	}

	public Light of(Deadline deadline, Instant now) {
		if (deadline == null) {
			return Light.NONE;
		}
		if (deadline.overdueAt(now)) {
			return Light.RED;
		}
		return calendar.elapsedFraction(deadline, now) >= yellowAt ? Light.YELLOW : Light.GREEN;
	}

	/** When the light turns yellow: the instant {@code yellowAt} of the limit's time has been used. */
	public Instant turnsYellow(Deadline deadline) {
		if (deadline.limit().unit().working()) {
			Duration working = calendar.workingTimeBetween(deadline.start(), deadline.due());
			return calendar.addWorkingTime(deadline.start(), scaled(working));
		}
		return deadline.start().plus(scaled(Duration.between(deadline.start(), deadline.due())));
	}

	private Duration scaled(Duration duration) {
		return Duration.ofSeconds(Math.round(duration.toSeconds() * yellowAt));
	}
}
