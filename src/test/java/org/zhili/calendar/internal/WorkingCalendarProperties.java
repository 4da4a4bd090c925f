package org.zhili.calendar.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.OfficeHours;
import org.zhili.calendar.TimeLimit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The laws of the working-day arithmetic, checked on the official calendar and on made-up ones (random
 * holidays, random weekend days worked, random office hours), so that they hold for any year an
 * administrator may enter, not just the ones published so far.
 */
class WorkingCalendarProperties {

	static final LocalDate FIRST = LocalDate.of(2006, 12, 1);
	static final LocalDate LAST = LocalDate.of(2028, 12, 31);

	@Property
	void resultsNeverLandOnAnOffDay(@ForAll("calendars") CalendarRules calendar, @ForAll("dates") LocalDate start,
			@ForAll @IntRange(min = -400, max = 400) int days) {
		assertThat(calendar.isWorkingDay(calendar.addWorkingDays(start, days))).isTrue();
		assertThat(calendar.isWorkingDay(calendar.nextWorkingDay(start))).isTrue();
		assertThat(calendar.isWorkingDay(calendar.previousWorkingDay(start))).isTrue();
	}

	@Property
	void addingThenSubtractingReturnsToAWorkingDayStart(@ForAll("calendars") CalendarRules calendar,
			@ForAll("dates") LocalDate start, @ForAll @IntRange(min = -400, max = 400) int days) {
		Assume.that(calendar.isWorkingDay(start));

		assertThat(calendar.addWorkingDays(calendar.addWorkingDays(start, days), -days)).isEqualTo(start);
	}

	@Property
	void countingBetweenUndoesAdding(@ForAll("calendars") CalendarRules calendar, @ForAll("dates") LocalDate start,
			@ForAll @IntRange(min = -400, max = 400) int days) {
		Assume.that(days != 0);

		assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, days))).isEqualTo(days);
	}

	@Property
	void aWeekendDayMarkedWorkingCounts(@ForAll("weekendDays") LocalDate weekendDay,
			@ForAll("specialDays") List<SpecialDay> others) {
		List<SpecialDay> days = new ArrayList<>(others.stream().filter(d -> !d.date().equals(weekendDay)).toList());
		days.add(new SpecialDay(weekendDay, "调休", false));
		CalendarRules calendar = TestCalendars.withDays(days, OfficeHours.standard());
		LocalDate before = calendar.previousWorkingDay(weekendDay);

		assertThat(calendar.isWorkingDay(weekendDay)).isTrue();
		assertThat(calendar.addWorkingDays(before, 1)).isEqualTo(weekendDay);
		assertThat(calendar.nextWorkingDay(before)).isEqualTo(weekendDay);
		assertThat(calendar.workingDaysBetween(weekendDay.minusDays(1), weekendDay)).isEqualTo(1);
		assertThat(calendar.workingTimeBetween(at(calendar, weekendDay.atStartOfDay()),
				at(calendar, weekendDay.plusDays(1).atStartOfDay()))).isEqualTo(calendar.officeHours().perDay());
	}

	@Property
	void everyAdjustedWorkingDayOfTheOfficialCalendarCounts(@ForAll("officialAdjustedDays") LocalDate day) {
		CalendarRules calendar = TestCalendars.official();

		assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		assertThat(calendar.addWorkingDays(calendar.previousWorkingDay(day), 1)).isEqualTo(day);
	}

	@Property
	void addingWorkingDaysIsMonotonic(@ForAll("calendars") CalendarRules calendar, @ForAll("dates") LocalDate a,
			@ForAll("dates") LocalDate b, @ForAll @IntRange(min = -300, max = 300) int m,
			@ForAll @IntRange(min = -300, max = 300) int n) {
		LocalDate earlier = a.isBefore(b) ? a : b;
		LocalDate later = a.isBefore(b) ? b : a;

		assertThat(calendar.addWorkingDays(earlier, n)).isBeforeOrEqualTo(calendar.addWorkingDays(later, n));
		if (m < n) {
			// From a day off, 0 working days is the next working day, and so is 1: the only pair that meets.
			boolean meet = m == 0 && n == 1 && !calendar.isWorkingDay(a);
			if (meet) {
				assertThat(calendar.addWorkingDays(a, m)).isEqualTo(calendar.addWorkingDays(a, n));
			}
			else {
				assertThat(calendar.addWorkingDays(a, m)).isBefore(calendar.addWorkingDays(a, n));
			}
		}
		assertThat(calendar.workingDaysBetween(a, earlier)).isLessThanOrEqualTo(calendar.workingDaysBetween(a, later));
	}

	@Property
	void workingTimeLandsInsideOfficeHoursOnAWorkingDay(@ForAll("calendars") CalendarRules calendar,
			@ForAll("instants") Instant start, @ForAll("workingMinutes") long minutes) {
		LocalDateTime result = LocalDateTime.ofInstant(calendar.addWorkingTime(start, Duration.ofMinutes(minutes)),
				calendar.zone());

		assertThat(calendar.isWorkingDay(result.toLocalDate())).isTrue();
		assertThat(calendar.officeHours().contains(result.toLocalTime())).as("%s", result).isTrue();
	}

	@Property
	void measuringWorkingTimeUndoesAddingIt(@ForAll("calendars") CalendarRules calendar,
			@ForAll("instants") Instant start, @ForAll("workingMinutes") long minutes) {
		Duration amount = Duration.ofMinutes(minutes);

		assertThat(calendar.workingTimeBetween(start, calendar.addWorkingTime(start, amount))).isEqualTo(amount);
	}

	@Property
	void addingWorkingTimeIsMonotonic(@ForAll("calendars") CalendarRules calendar, @ForAll("instants") Instant s,
			@ForAll("instants") Instant t, @ForAll("workingMinutes") long a, @ForAll("workingMinutes") long b) {
		Instant earlier = s.isBefore(t) ? s : t;
		Instant later = s.isBefore(t) ? t : s;
		Duration shorter = Duration.ofMinutes(Math.min(a, b));
		Duration longer = Duration.ofMinutes(Math.max(a, b));

		assertThat(calendar.addWorkingTime(earlier, longer)).isBeforeOrEqualTo(calendar.addWorkingTime(later, longer));
		assertThat(calendar.addWorkingTime(s, shorter)).isBeforeOrEqualTo(calendar.addWorkingTime(s, longer));
	}

	@Property
	void workingTimeAddsUpAcrossAnyMiddle(@ForAll("calendars") CalendarRules calendar, @ForAll("instants") Instant a,
			@ForAll("instants") Instant b, @ForAll("instants") Instant c) {
		assertThat(calendar.workingTimeBetween(a, b).plus(calendar.workingTimeBetween(b, c)))
			.isEqualTo(calendar.workingTimeBetween(a, c));
	}

	@Property
	void aWorkingDayDeadlineEndsAtTheCloseOfAWorkingDay(@ForAll("calendars") CalendarRules calendar,
			@ForAll("instants") Instant start, @ForAll @IntRange(min = 1, max = 60) int days) {
		Deadline deadline = calendar.deadline(start, TimeLimit.workingDays(days));
		LocalDateTime due = LocalDateTime.ofInstant(deadline.due(), calendar.zone());

		assertThat(calendar.isWorkingDay(due.toLocalDate())).isTrue();
		assertThat(due.toLocalTime()).isEqualTo(calendar.officeHours().afternoonEnd());
		assertThat(calendar.workingDaysBetween(LocalDate.ofInstant(start, calendar.zone()), due.toLocalDate()))
			.isEqualTo(days);
	}

	@Property
	void theElapsedFractionGrowsFromZeroToOne(@ForAll("calendars") CalendarRules calendar,
			@ForAll("instants") Instant start, @ForAll("limits") TimeLimit limit,
			@ForAll @IntRange(min = 0, max = 1000) int p, @ForAll @IntRange(min = 0, max = 1000) int q) {
		Deadline deadline = calendar.deadline(start, limit);
		long span = Duration.between(start, deadline.due()).toSeconds();
		Instant earlier = start.plusSeconds(span * Math.min(p, q) / 1000);
		Instant later = start.plusSeconds(span * Math.max(p, q) / 1000);

		assertThat(calendar.elapsedFraction(deadline, start)).isIn(0.0, 1.0); // 1.0 only for a zero-length limit
		assertThat(calendar.elapsedFraction(deadline, earlier)).isBetween(0.0, 1.0);
		assertThat(calendar.elapsedFraction(deadline, earlier))
			.isLessThanOrEqualTo(calendar.elapsedFraction(deadline, later));
		assertThat(calendar.elapsedFraction(deadline, deadline.due())).isEqualTo(1.0);
	}

	// ---- generators ----

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
	}

	@Provide
	Arbitrary<LocalDate> weekendDays() {
		return dates().filter(SpecialDay::weekend);
	}

	@Provide
	Arbitrary<Instant> instants() {
		long first = FIRST.atStartOfDay(TestCalendars.SHANGHAI).toEpochSecond() / 60;
		long last = LAST.atStartOfDay(TestCalendars.SHANGHAI).toEpochSecond() / 60;
		return Arbitraries.longs().between(first, last).map(minute -> Instant.ofEpochSecond(minute * 60));
	}

	/** Up to about 40 working days of working time, either way. */
	@Provide
	Arbitrary<Long> workingMinutes() {
		return Arbitraries.longs().between(-40 * 7 * 60, 40 * 7 * 60);
	}

	@Provide
	Arbitrary<TimeLimit> limits() {
		return Combinators.combine(Arbitraries.integers().between(0, 90), Arbitraries.of(TimeLimit.Unit.class))
			.as(TimeLimit::new);
	}

	@Provide
	Arbitrary<LocalDate> officialAdjustedDays() {
		List<LocalDate> days = TestCalendars.bundled().years().values().stream()
			.flatMap(a -> a.days().stream())
			.filter(d -> !d.offDay())
			.map(SpecialDay::date)
			.toList();
		return Arbitraries.of(days);
	}

	@Provide
	Arbitrary<CalendarRules> calendars() {
		Arbitrary<CalendarRules> madeUp = Combinators.combine(specialDays(), officeHours())
			.as(TestCalendars::withDays);
		return Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(1, Arbitraries.just(TestCalendars.official())),
				net.jqwik.api.Tuple.of(2, madeUp));
	}

	/** Random holidays on any day and random weekend days worked, within the generated range. */
	@Provide
	Arbitrary<List<SpecialDay>> specialDays() {
		return dates().list().ofMaxSize(400).map(dates -> {
			Set<LocalDate> seen = new HashSet<>();
			List<SpecialDay> days = new ArrayList<>();
			for (LocalDate date : dates) {
				if (seen.add(date)) {
					// about half of the weekend days drawn become working days, everything else a holiday
					boolean worked = SpecialDay.weekend(date) && date.getDayOfMonth() % 2 == 0;
					days.add(new SpecialDay(date, worked ? "调休" : "假日", !worked));
				}
			}
			return days;
		});
	}

	@Provide
	Arbitrary<OfficeHours> officeHours() {
		Arbitrary<Integer> quarters = Arbitraries.integers().between(0, 16);
		Arbitrary<Integer> lengths = Arbitraries.integers().between(1, 20);
		Arbitrary<Integer> breaks = Arbitraries.integers().between(0, 12);
		return Combinators.combine(quarters, lengths, breaks, lengths).as((start, morning, pause, afternoon) -> {
			LocalTime opens = LocalTime.of(6, 0).plusMinutes(15L * start);
			LocalTime morningEnd = opens.plusMinutes(15L * morning);
			LocalTime afternoonStart = morningEnd.plusMinutes(15L * pause);
			return new OfficeHours(opens, morningEnd, afternoonStart, afternoonStart.plusMinutes(15L * afternoon));
		});
	}

	private static Instant at(CalendarRules calendar, LocalDateTime local) {
		return local.atZone(calendar.zone()).toInstant();
	}
}
