package org.zhili.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One year's holiday arrangement (节假日安排) as the State Council's notice gives it: the days it names, and
 * the notice's address ({@code papers}, as in holiday-cn).
 *
 * @param year the year the notice is for
 * @param papers addresses of the notice(s), may be empty
 * @param days the named days, in date order; the first may lie in the last days of the previous December
 */
record HolidayArrangement(int year, List<String> papers, List<SpecialDay> days) {

	/**
	 * The notice for a year may arrange the last days of the previous December (the 元旦 holiday of 2008
	 * began on 2007-12-30); a week before New Year covers every notice so far.
	 */
	static final int DAYS_BEFORE_YEAR = 7;

	HolidayArrangement {
		papers = List.copyOf(papers);
		days = days.stream().sorted(Comparator.comparing(SpecialDay::date)).toList();
	}

	/** The first date a notice for {@code year} may name. */
	static LocalDate firstDate(int year) {
		return LocalDate.of(year, 1, 1).minusDays(DAYS_BEFORE_YEAR);
	}

	/** The last date a notice for {@code year} may name. */
	static LocalDate lastDate(int year) {
		return LocalDate.of(year, 12, 31);
	}

	/** Where a stored arrangement came from. */
	enum Source {
		/** Loaded from the holiday-cn files shipped with zhili; replaced when a newer release ships other data. */
		BUNDLED,
		/** Added or corrected by an administrator; kept across restarts and upgrades. */
		ADMIN
	}

	/** An arrangement as stored, with who wrote it last. */
	record Stored(HolidayArrangement arrangement, Source source, Instant updatedAt, String updatedBy) {

		int year() {
			return arrangement.year();
		}
	}
}
