package org.zhili.cases.internal.record;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.cases.CaseWorkflow;

/** What {@link CaseWorkflow} needs to know of a case, now. */
@Component
public class CaseFacts {

	private final WorkingCalendar calendar;
	private final CasesProperties properties;
	private final Clock clock;

	public CaseFacts(WorkingCalendar calendar, CasesProperties properties, Clock clock) {
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	public CaseWorkflow.Facts of(CaseRecord c) {
		return of(c, clock.instant());
	}

	/** The facts at a given instant (the demo generator plays histories in the past). */
	public CaseWorkflow.Facts of(CaseRecord c, Instant now) {
		boolean windowOpen = c.dispatchedAt() != null
				&& !now.isAfter(calendar.deadline(c.dispatchedAt(), properties.returnWindow()).due());
		return new CaseWorkflow.Facts(c.state(), c.pending(), c.designated(), c.returnCount(), properties.maxReturns(),
				windowOpen, c.satisfaction(), c.solved());
	}
}
