package org.zhili.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
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
	 * @param updatedAt when it was last written, or null
	 * @param updatedBy who wrote it last ({@code system} for bundled data), or null
	 * @param papers addresses of the notice
	 * @param days the days the notice names, with their status as the calendar applies it
	 * @param workingDays how many working days the year has, as the calendar counts them
	 */
	record YearOverview(int year, boolean published, String source, Instant updatedAt, String updatedBy,
			List<String> papers, List<NamedDay> days, int workingDays) {
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

	/** Every year with a loaded arrangement, in order, without their days. */
	List<YearOverview> published() {
		CalendarRules rules = calendar.rules();
		return repository.findAll().stream().map(s -> overview(s.year(), Optional.of(s), rules, false)).toList();
	}

	YearOverview overview(int year) {
		return overview(year, repository.find(year), calendar.rules(), true);
	}

	private static YearOverview overview(int year, Optional<HolidayArrangement.Stored> stored, CalendarRules rules,
			boolean withDays) {
		int workingDays = rules.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
		if (stored.isEmpty()) {
			return new YearOverview(year, false, null, null, null, List.of(), List.of(), workingDays);
		}
		HolidayArrangement.Stored s = stored.get();
		List<NamedDay> days = !withDays ? List.of()
				: s.arrangement().days().stream()
					.map(d -> new NamedDay(d.date(), d.name(), d.offDay(),
							d.offDay() ? DayStatus.Kind.HOLIDAY : DayStatus.Kind.ADJUSTED_WORKING_DAY))
					.toList();
		return new YearOverview(year, true, s.source().name(), s.updatedAt(), s.updatedBy(), s.arrangement().papers(),
				days, workingDays);
	}
}
