package org.zhili.calendar.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A year's arrangement as sent by an administrator or read from a bundled file: the holiday-cn shape
 * ({@code {"year": 2028, "papers": [...], "days": [{"name", "date", "isOffDay"}]}}). Everything is read
 * as sent (dates as text) so that {@link ArrangementValidator} can name each field it refuses;
 * holiday-cn's {@code $schema} and {@code $id} are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record YearSubmission(Integer year, List<String> papers, List<Day> days) {

	/**
	 * @param name the holiday, e.g. 春节
	 * @param date ISO date, e.g. 2028-01-26
	 * @param isOffDay {@code true}: a day off; {@code false}: a weekend day that is worked (调休)
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Day(String name, String date, Boolean isOffDay) {
	}
}
