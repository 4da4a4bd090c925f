package org.zhili.calendar.internal;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhili.calendar.OfficeHours;

/**
 * The working calendar's configuration ({@code zhili.calendar.*}).
 *
 * @param officeHours the hours that count as working time
 * @param limits what the API and the administrators' uploads accept
 */
@ConfigurationProperties("zhili.calendar")
record CalendarProperties(@DefaultValue OfficeHoursProperties officeHours, @DefaultValue Limits limits) {

	/**
	 * Office hours as two blocks. Quote the times in YAML ({@code "13:30"}): unquoted, YAML 1.1 reads 13:30
	 * as the number 810.
	 *
	 * @param morningStart opening of the morning block
	 * @param morningEnd close of the morning block
	 * @param afternoonStart opening of the afternoon block
	 * @param afternoonEnd close of the afternoon block and of the working day (working-day deadlines end here)
	 */
	record OfficeHoursProperties(@DefaultValue("09:00") LocalTime morningStart,
			@DefaultValue("12:00") LocalTime morningEnd, @DefaultValue("13:30") LocalTime afternoonStart,
			@DefaultValue("17:30") LocalTime afternoonEnd) {

		OfficeHoursProperties {
			new OfficeHours(morningStart, morningEnd, afternoonStart, afternoonEnd); // refuse bad hours at start
		}

		OfficeHours toOfficeHours() {
			return new OfficeHours(morningStart, morningEnd, afternoonStart, afternoonEnd);
		}
	}

	/**
	 * Bounds on input, so that a typo cannot start a walk across centuries or store a nonsense year.
	 *
	 * @param firstYear the earliest year a date or an arrangement may have
	 * @param lastYear the latest year a date or an arrangement may have
	 * @param maxWorkingDays the largest number of working days one API request may add
	 * @param maxWorkingHours the largest number of working hours one API request may add
	 * @param maxNaturalDays the longest natural-time limit (in days) one API request may compute
	 * @param maxSpanDays the longest span (in days) between two dates or instants one API request may measure
	 * @param maxDaysPerYear the most days one year's arrangement may name (holiday-cn years name 27–41)
	 * @param maxNameLength the longest holiday name (at most 100, the column's size)
	 * @param maxPapers the most notice addresses one arrangement may carry
	 */
	record Limits(@DefaultValue("2000") int firstYear, @DefaultValue("2099") int lastYear,
			@DefaultValue("1000") int maxWorkingDays, @DefaultValue("7000") int maxWorkingHours,
			@DefaultValue("3660") int maxNaturalDays, @DefaultValue("36600") int maxSpanDays,
			@DefaultValue("100") int maxDaysPerYear, @DefaultValue("50") int maxNameLength,
			@DefaultValue("10") int maxPapers) {

		Limits {
			if (firstYear > lastYear) {
				throw new IllegalArgumentException("zhili.calendar.limits.first-year must not be after last-year");
			}
			if (maxNameLength < 1 || maxNameLength > 100) {
				throw new IllegalArgumentException("zhili.calendar.limits.max-name-length must be 1–100");
			}
			if (maxSpanDays > CalendarRules.MAX_DAYS_WALKED || maxNaturalDays > CalendarRules.MAX_DAYS_WALKED) {
				throw new IllegalArgumentException("zhili.calendar.limits spans must stay below "
						+ CalendarRules.MAX_DAYS_WALKED + " days");
			}
		}

		boolean yearInRange(int year) {
			return year >= firstYear && year <= lastYear;
		}
	}
}
