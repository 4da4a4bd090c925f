package org.zhili.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A date a notice names: a day off (holiday) or a weekend day that is a working day (调休).
 *
 * @param date the date
 * @param name the holiday it belongs to, e.g. 春节
 * @param offDay {@code true}: no work; {@code false}: a weekend day that is worked
 */
record SpecialDay(LocalDate date, String name, boolean offDay) {

	static boolean weekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}
}
