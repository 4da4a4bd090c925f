package org.zhili.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhili.calendar.DayStatus;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.OfficeHours;
import org.zhili.calendar.TimeLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Worked examples on the official calendar: the known cases and each rule of WorkingCalendar. */
class CalendarRulesTest {

	final CalendarRules calendar = TestCalendars.official();

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({
			"2026-02-13, 1, 2026-02-14", // Friday → the Saturday worked before 春节
			"2026-02-14, 1, 2026-02-24", // that Saturday → after the nine days of 春节
			"2026-09-30, 1, 2026-10-08", // 中秋 and 国庆 2026
			"2026-03-06, 1, 2026-03-09", // Friday → Monday
			"2026-03-07, 1, 2026-03-09", // a Saturday start counts from Monday, which is day 1
			"2026-03-08, 0, 2026-03-09", // 0 from an off day rolls to the next working day
			"2026-03-09, 0, 2026-03-09",
			"2026-02-24, -1, 2026-02-14",
			"2026-10-08, -1, 2026-09-30",
			"2026-02-12, 7, 2026-02-28", // 13, 14, 24, 25, 26, 27 and the Saturday 28 worked after 春节
			"2020-02-03, 1, 2020-02-04", // holiday-cn's redundant working Monday changes nothing
			"2008-01-02, -1, 2007-12-29", // the 2008 notice's Saturday worked before 元旦
			"2027-01-01, 1, 2027-01-04", // 2027 not published: Monday–Friday assumed
	})
	void addsWorkingDays(LocalDate start, int days, LocalDate expected) {
		assertThat(calendar.addWorkingDays(start, days)).isEqualTo(expected);
	}

	@Test
	void namesTheKindOfEachDay() {
		assertThat(calendar.day(LocalDate.of(2026, 2, 14)))
			.isEqualTo(new DayStatus(LocalDate.of(2026, 2, 14), DayStatus.Kind.ADJUSTED_WORKING_DAY, "春节", true));
		assertThat(calendar.day(LocalDate.of(2026, 2, 17)))
			.isEqualTo(new DayStatus(LocalDate.of(2026, 2, 17), DayStatus.Kind.HOLIDAY, "春节", true));
		assertThat(calendar.day(LocalDate.of(2026, 3, 7)).kind()).isEqualTo(DayStatus.Kind.WEEKEND);
		assertThat(calendar.day(LocalDate.of(2026, 3, 9)).kind()).isEqualTo(DayStatus.Kind.WORKDAY);
		assertThat(calendar.day(LocalDate.of(2007, 12, 31)).holidayName()).isEqualTo("元旦");
		assertThat(calendar.day(LocalDate.of(2027, 10, 1)))
			.isEqualTo(new DayStatus(LocalDate.of(2027, 10, 1), DayStatus.Kind.WORKDAY, null, false));
		assertThat(calendar.isPublished(2026)).isTrue();
		assertThat(calendar.isPublished(2027)).isFalse();
	}

	@Test
	void countsWorkingDaysWithTheStartExcludedAndTheEndIncluded() {
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 24))).isEqualTo(2);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 13))).isEqualTo(-2);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 7))).isZero();
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEqualTo(248);
	}

	@Test
	void movesToTheNextAndPreviousWorkingDay() {
		assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(calendar.previousWorkingDay(LocalDate.of(2026, 10, 8))).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 10, 9))).isEqualTo(LocalDate.of(2026, 10, 10));
	}

	@ParameterizedTest(name = "{0} + {1} working minutes = {2}")
	@CsvSource({
			"2026-03-06T16:00, 180, 2026-03-09T10:30", // Friday 16:00 + 3 h
			"2026-09-30T16:00, 180, 2026-10-08T10:30", // across 中秋 and 国庆
			"2026-02-13T17:00, 60, 2026-02-14T09:30", // into the Saturday worked
			"2026-03-09T12:30, 60, 2026-03-09T14:30", // a lunch-break start counts from 13:30
			"2026-03-09T08:00, 60, 2026-03-09T10:00", // an early start counts from the opening
			"2026-03-09T11:00, 120, 2026-03-09T14:30", // the lunch break is not counted
			"2026-03-09T12:00, 0, 2026-03-09T12:00", // a closing minute is inside office hours
			"2026-03-07T10:00, 0, 2026-03-09T09:00", // 0 from a Saturday rolls to Monday's opening
			"2026-03-09T09:00, 420, 2026-03-09T17:30", // one full day is 7 hours
			"2026-03-09T10:30, -180, 2026-03-06T16:00", // back again
			"2026-03-09T09:00, -1, 2026-03-06T17:29",
	})
	void addsWorkingTime(LocalDateTime start, long minutes, LocalDateTime expected) {
		assertThat(calendar.addWorkingTime(at(start), Duration.ofMinutes(minutes))).isEqualTo(at(expected));
	}

	@Test
	void measuresWorkingTime() {
		Instant friday = at(LocalDateTime.of(2026, 3, 6, 16, 0));
		Instant monday = at(LocalDateTime.of(2026, 3, 9, 10, 30));

		assertThat(calendar.workingTimeBetween(friday, monday)).isEqualTo(Duration.ofHours(3));
		assertThat(calendar.workingTimeBetween(monday, friday)).isEqualTo(Duration.ofHours(-3));
		assertThat(calendar.workingTimeBetween(at(LocalDateTime.of(2026, 2, 14, 0, 0)),
				at(LocalDateTime.of(2026, 2, 24, 0, 0)))).isEqualTo(Duration.ofHours(7));
	}

	@Test
	void naturalLimitsIgnoreTheCalendar() {
		Instant saturdayNight = at(LocalDateTime.of(2026, 2, 14, 23, 50));

		assertThat(calendar.deadline(saturdayNight, TimeLimit.minutes(15)).due())
			.isEqualTo(at(LocalDateTime.of(2026, 2, 15, 0, 5)));
		assertThat(calendar.deadline(saturdayNight, TimeLimit.hours(24)).due())
			.isEqualTo(at(LocalDateTime.of(2026, 2, 15, 23, 50)));
		// 60 days: the start day is not counted and the last day (a working day) runs to midnight
		assertThat(calendar.deadline(at(LocalDateTime.of(2026, 1, 1, 10, 0)), TimeLimit.days(60)).due())
			.isEqualTo(at(LocalDateTime.of(2026, 3, 3, 0, 0)));
	}

	@Test
	void aPeriodInDaysWhoseLastDayIsOffEndsWithTheNextWorkingDay() {
		// 15 days from 16 September end on 1 October, in the National Day holiday: the period runs to 8 October
		assertThat(dueOf("2026-09-16T10:00", TimeLimit.days(15))).isEqualTo("2026-10-09T00:00");
		// ending on a Saturday, it runs over the weekend
		assertThat(dueOf("2026-02-20T10:00", TimeLimit.days(15))).isEqualTo("2026-03-10T00:00");
		// ending on a working day, it ends there
		assertThat(dueOf("2026-02-20T10:00", TimeLimit.days(14))).isEqualTo("2026-03-07T00:00");
	}

	@Test
	void workingDayLimitsEndAtTheCloseOfTheLastDay() {
		assertThat(dueOf("2026-03-06T10:00", TimeLimit.workingDays(1))).isEqualTo("2026-03-09T17:30");
		assertThat(dueOf("2026-03-07T10:00", TimeLimit.workingDays(1))).isEqualTo("2026-03-09T17:30");
		assertThat(dueOf("2026-09-30T10:00", TimeLimit.workingDays(1))).isEqualTo("2026-10-08T17:30");
		assertThat(dueOf("2026-02-13T20:00", TimeLimit.workingDays(15))).isEqualTo("2026-03-12T17:30");
		assertThat(dueOf("2026-03-06T16:00", TimeLimit.workingHours(2))).isEqualTo("2026-03-09T09:30");
		assertThat(dueOf("2026-03-09T18:00", TimeLimit.workingDays(0))).isEqualTo("2026-03-09T18:00");
	}

	@Test
	void theElapsedFractionCountsWorkingTimeOnly() {
		Deadline oneDay = calendar.deadline(at(LocalDateTime.of(2026, 3, 6, 16, 0)), TimeLimit.workingDays(1));
		double total = 8.5; // Friday 16:00–17:30 and Monday's 7 hours

		assertThat(calendar.elapsedFraction(oneDay, at(LocalDateTime.of(2026, 3, 6, 15, 0)))).isZero();
		assertThat(calendar.elapsedFraction(oneDay, at(LocalDateTime.of(2026, 3, 7, 12, 0))))
			.isCloseTo(1.5 / total, within(1e-9));
		assertThat(calendar.elapsedFraction(oneDay, at(LocalDateTime.of(2026, 3, 9, 15, 30))))
			.isCloseTo(6.5 / total, within(1e-9));
		assertThat(calendar.elapsedFraction(oneDay, at(LocalDateTime.of(2026, 3, 9, 17, 30)))).isEqualTo(1.0);
		assertThat(calendar.elapsedFraction(oneDay, at(LocalDateTime.of(2026, 3, 9, 20, 0)))).isEqualTo(1.0);
		assertThat(oneDay.overdueAt(at(LocalDateTime.of(2026, 3, 9, 20, 0)))).isTrue();
		assertThat(calendar.elapsedFraction(oneDay, at(LocalDateTime.of(2026, 3, 10, 9, 51))))
			.isCloseTo(9.35 / total, within(1e-9));
	}

	@Test
	void theElapsedFractionOfANaturalLimitIsClockTime() {
		Deadline fifteen = calendar.deadline(at(LocalDateTime.of(2026, 2, 15, 3, 0)), TimeLimit.minutes(15));
		Deadline none = calendar.deadline(at(LocalDateTime.of(2026, 2, 15, 3, 0)), TimeLimit.minutes(0));

		assertThat(calendar.elapsedFraction(fifteen, at(LocalDateTime.of(2026, 2, 15, 3, 12)))).isEqualTo(0.8);
		assertThat(calendar.elapsedFraction(fifteen, at(LocalDateTime.of(2026, 2, 15, 3, 30)))).isEqualTo(2.0);
		assertThat(calendar.elapsedFraction(none, at(LocalDateTime.of(2026, 2, 15, 2, 0)))).isZero();
		assertThat(calendar.elapsedFraction(none, at(LocalDateTime.of(2026, 2, 15, 3, 0)))).isEqualTo(1.0);
	}

	@Test
	void officeHoursAreConfigurable() {
		OfficeHours summer = new OfficeHours(LocalTime.of(8, 30), LocalTime.of(12, 0), LocalTime.of(14, 0),
				LocalTime.of(18, 0));
		CalendarRules rules = TestCalendars.withDays(List.of(), summer);

		assertThat(summer.perDay()).isEqualTo(Duration.ofMinutes(450));
		assertThat(rules.addWorkingTime(at(LocalDateTime.of(2026, 3, 6, 17, 0)), Duration.ofHours(2)))
			.isEqualTo(at(LocalDateTime.of(2026, 3, 9, 9, 30)));
		assertThat(rules.deadline(at(LocalDateTime.of(2026, 3, 6, 17, 0)), TimeLimit.workingDays(1)).due())
			.isEqualTo(at(LocalDateTime.of(2026, 3, 9, 18, 0)));
		assertThatThrownBy(() -> new OfficeHours(LocalTime.of(9, 0), LocalTime.of(14, 0), LocalTime.of(13, 30),
				LocalTime.of(17, 30))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesARunawaySpan() {
		assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 1), 1_000_000))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private String dueOf(String start, TimeLimit limit) {
		Instant due = calendar.deadline(at(LocalDateTime.parse(start)), limit).due();
		return LocalDateTime.ofInstant(due, TestCalendars.SHANGHAI).toString();
	}

	static Instant at(LocalDateTime local) {
		return local.atZone(TestCalendars.SHANGHAI).toInstant();
	}
}
