package org.zhili.calendar;

import java.time.LocalDate;

/**
 * What the calendar says about one date.
 *
 * @param date the date
 * @param kind working day, weekend, holiday or adjusted working day
 * @param holidayName the holiday the notice names for this date (also for an adjusted working day, e.g.
 *        春节), or {@code null}
 * @param published whether the State Council's arrangement covers the date; {@code false} means the
 *        calendar guessed Monday–Friday because no notice for that year has been loaded
 */
public record DayStatus(LocalDate date, Kind kind, String holidayName, boolean published) {

	public enum Kind {
		/** Monday to Friday, not a holiday. */
		WORKDAY,
		/** Saturday or Sunday, not named by a notice. */
		WEEKEND,
		/** A day off named by the notice (法定节假日 and the days around it). */
		HOLIDAY,
		/** A weekend day that is a working day (调休上班). */
		ADJUSTED_WORKING_DAY
	}

	public boolean workingDay() {
		return kind == Kind.WORKDAY || kind == Kind.ADJUSTED_WORKING_DAY;
	}
}
