package org.zhili.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The official working-day calendar of the district (time zone Asia/Shanghai) and the deadline arithmetic
 * on it. Read for every deadline and traffic light, so it answers from memory.
 *
 * <p><b>Working days.</b> Monday–Friday are working days and Saturday–Sunday are not, except where the State
 * Council's notice for the year says otherwise: its holidays are off, and the weekend days it marks as
 * working (调休) count like any other working day. A year without a published notice falls back to
 * Monday–Friday, and {@link DayStatus#published()} says so.
 *
 * <p><b>Counting.</b> As in Chinese law on periods (期间开始之日不计算在内), the start day is never counted:
 * +N working days is the Nth working day <em>after</em> the start. A start on an off day therefore counts
 * from the next working day, which is day 1: Friday + 1 and Saturday + 1 are both the following Monday.
 *
 * <p><b>Working time.</b> Office hours ({@link #officeHours()}) on working days; a computed instant always
 * lies within a block, its opening and closing minutes included.
 */
public interface WorkingCalendar {

	/** The district's time zone, in which dates and office hours are read. */
	ZoneId zone();

	OfficeHours officeHours();

	/** What the calendar says about a date: its kind, its holiday name, whether a notice covers it. */
	DayStatus day(LocalDate date);

	boolean isWorkingDay(LocalDate date);

	/** Whether the State Council's arrangement for the year is loaded (otherwise Monday–Friday is assumed). */
	boolean isPublished(int year);

	/** The first working day strictly after {@code date}. */
	LocalDate nextWorkingDay(LocalDate date);

	/** The last working day strictly before {@code date}. */
	LocalDate previousWorkingDay(LocalDate date);

	/**
	 * The Nth working day after {@code start} (N &gt; 0), or before it (N &lt; 0); the start day is not counted.
	 * For N = 0: {@code start} itself if it is a working day, otherwise the next working day. The result is
	 * always a working day, and for a working-day start adding N then −N returns to it.
	 */
	LocalDate addWorkingDays(LocalDate start, int days);

	/**
	 * How many working days lie from {@code from} to {@code to}, the start not counted and the end counted:
	 * the working days in (from, to] when {@code to} is later, minus those in [to, from) when it is earlier.
	 * So {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every n ≠ 0.
	 */
	int workingDaysBetween(LocalDate from, LocalDate to);

	/**
	 * The instant {@code amount} of working time after {@code start} (before it when negative). A start
	 * outside office hours counts from the next opening (the previous closing when going back); Friday 16:00 +
	 * 3 working hours with 09:00–12:00 / 13:30–17:30 is the next working day 10:30.
	 */
	Instant addWorkingTime(Instant start, Duration amount);

	/** Working time between two instants; negative when {@code to} is earlier than {@code from}. */
	Duration workingTimeBetween(Instant from, Instant to);

	/**
	 * When a limit that starts at {@code start} runs out:
	 * <ul>
	 * <li>natural minutes and hours: {@code start} plus the clock time, ignoring the calendar;</li>
	 * <li>natural days: midnight (24:00) closing the Nth calendar day after the start day, ignoring the calendar;</li>
	 * <li>working hours: {@link #addWorkingTime(Instant, Duration)};</li>
	 * <li>working days: the close of office hours of {@link #addWorkingDays(LocalDate, int) the Nth working day}
	 * after the start day: dispatched on Friday at 10:00 or on Saturday, 1 working day is due on Monday at 17:30.
	 * The whole last day is given, since a handler cannot know which hour of it a rule meant.</li>
	 * </ul>
	 */
	Deadline deadline(Instant start, TimeLimit limit);

	/**
	 * How much of a deadline's time is used at {@code at}: 0 at the start, 1 at the due instant, above 1
	 * past it. For working units the time counted is working time, so the fraction stands still outside
	 * office hours (it stays exactly 1 from the close of the last day to the next opening: use
	 * {@link Deadline#overdueAt(Instant)} for "past due"). Never negative. A zero-length limit gives 0 before
	 * its due instant and 1 from it on.
	 */
	double elapsedFraction(Deadline deadline, Instant at);
}
