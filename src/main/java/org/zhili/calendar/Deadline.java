package org.zhili.calendar;

import java.time.Instant;

/**
 * When something started and when its time limit runs out, as computed by
 * {@link WorkingCalendar#deadline(Instant, TimeLimit)}. Store the three values with whatever the
 * deadline belongs to; recompute {@code due} when {@link CalendarChanged} covers its span.
 *
 * @param start when the clock started (e.g. the case was dispatched)
 * @param limit the limit that applies
 * @param due the last instant that is still in time
 */
public record Deadline(Instant start, TimeLimit limit, Instant due) {

	/** Overdue once the due instant has passed (arriving exactly at {@code due} is in time). */
	public boolean overdueAt(Instant at) {
		return at.isAfter(due);
	}
}
