package org.zhili.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhili.calendar.DayStatus;

/** What is known about each year: whether its notice is loaded, from where, and the days it names. */
@Component
class YearCatalog {

	/**
	 * @param year the year
	 * @param published whether the State Council's arrangement is loaded; if not, Monday–Friday is assumed
	 * @param source BUNDLED (shipped holiday-cn data) or ADMIN (entered by an administrator); null if unpublished
	 * @param updatedAt when it was last written (Beijing time), or null
	 * @param updatedBy who wrote it last ({@code system} for bundled data), or null
	 * @param papers addresses of the notice
	 * @param days the days the notice names, with their status as the calendar applies it
	 * @param workingDays how many working days the year has, as the calendar counts them
	 */
	record YearOverview(int year, boolean published, String source, OffsetDateTime updatedAt, String updatedBy,
			List<String> papers, List<NamedDay> days, int workingDays) {
	}

	/**
	 * A year in the list of loaded years.
	 *
	 * @param year the year
	 * @param source BUNDLED (shipped holiday-cn data) or ADMIN (entered by an administrator)
	 * @param updatedAt when it was last written (Beijing time)
	 * @param updatedBy who wrote it last ({@code system} for bundled data)
	 * @param namedDays how many days the notice names
	 * @param workingDays how many working days the year has
	 */
	record YearSummary(int year, String source, OffsetDateTime updatedAt, String updatedBy, int namedDays,
			int workingDays) {
	}

	/**
	 * @param date the date
	 * @param name the holiday
	 * @param isOffDay as in holiday-cn: {@code true} a day off, {@code false} a weekend day worked
	 * @param kind HOLIDAY or ADJUSTED_WORKING_DAY
	 */
	record NamedDay(LocalDate date, String name, boolean isOffDay, DayStatus.Kind kind) {
	}

	private final HolidayArrangements repository;
	private final LiveWorkingCalendar calendar;

	YearCatalog(HolidayArrangements repository, LiveWorkingCalendar calendar) {
		this.repository = repository;
		this.calendar = calendar;
	}

	/** Every year with a loaded arrangement, in order. */
	List<YearSummary> published() {
		CalendarRules rules = calendar.rules();
		return repository.findAll().stream()
			.map(s -> new YearSummary(s.year(), s.source().name(), local(s.updatedAt()), s.updatedBy(),
					s.arrangement().days().size(), workingDays(rules, s.year())))
			.toList();
	}

	YearOverview overview(int year) {
		CalendarRules rules = calendar.rules();
		Optional<HolidayArrangement.Stored> stored = repository.find(year);
		if (stored.isEmpty()) {
			return new YearOverview(year, false, null, null, null, List.of(), List.of(), workingDays(rules, year));
		}
		HolidayArrangement.Stored s = stored.get();
		List<NamedDay> days = s.arrangement().days().stream()
			.map(d -> new NamedDay(d.date(), d.name(), d.offDay(),
					d.offDay() ? DayStatus.Kind.HOLIDAY : DayStatus.Kind.ADJUSTED_WORKING_DAY))
			.toList();
		return new YearOverview(year, true, s.source().name(), local(s.updatedAt()), s.updatedBy(),
				s.arrangement().papers(), days, workingDays(rules, year));
	}

	private OffsetDateTime local(Instant instant) {
		return instant.atZone(calendar.zone()).toOffsetDateTime();
	}

	private static int workingDays(CalendarRules rules, int year) {
		return rules.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
	}
}
