package org.zhili.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A year's holiday arrangement was added, corrected or withdrawn. Deadlines computed earlier whose span
 * covers one of the {@code changedDays} may now be wrong and should be recomputed.
 *
 * @param year the year whose arrangement changed
 * @param changedDays the dates whose working or off status changed, in order (never empty)
 */
public record CalendarChanged(int year, List<LocalDate> changedDays) {

	public CalendarChanged {
		changedDays = List.copyOf(changedDays);
	}
}
