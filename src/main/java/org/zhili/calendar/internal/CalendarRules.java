package org.zhili.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.zhili.calendar.DayStatus;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.OfficeHours;
import org.zhili.calendar.TimeLimit;
import org.zhili.calendar.WorkingCalendar;

/**
 * One immutable state of the calendar and all its arithmetic. A change of the holiday data builds a new
 * instance, so a computation never sees half of an update.
 */
final class CalendarRules implements WorkingCalendar {

	/**
	 * A guard against runaway loops, far beyond any real limit (the configured API limits are much lower).
	 * Every operation walks day by day, which is fast for the spans deadlines have.
	 */
	static final int MAX_DAYS_WALKED = 200_000;

	private final Map<LocalDate, SpecialDay> specialDays;
	private final Set<Integer> publishedYears;
	private final OfficeHours hours;
	private final ZoneId zone;

	/**
	 * @param days the special days of every loaded notice; where two notices name the same date (around New
	 *        Year) the later one in iteration order wins, as the later notice arranged it
	 * @param publishedYears the years whose notice is loaded
	 */
	CalendarRules(Collection<SpecialDay> days, Set<Integer> publishedYears, OfficeHours hours, ZoneId zone) {
		Map<LocalDate, SpecialDay> byDate = new HashMap<>();
		days.forEach(d -> byDate.put(d.date(), d));
		this.specialDays = Map.copyOf(byDate);
		this.publishedYears = Set.copyOf(publishedYears);
		this.hours = hours;
		this.zone = zone;
	}

	/** The rules of the given arrangements; a later year's notice wins where two name the same date. */
	static CalendarRules of(Collection<HolidayArrangement> arrangements, OfficeHours hours, ZoneId zone) {
		List<HolidayArrangement> inYearOrder = arrangements.stream()
			.sorted(Comparator.comparingInt(HolidayArrangement::year))
			.toList();
		return new CalendarRules(inYearOrder.stream().flatMap(a -> a.days().stream()).toList(),
				inYearOrder.stream().map(HolidayArrangement::year).collect(Collectors.toSet()), hours, zone);
	}

	@Override
	public ZoneId zone() {
		return zone;
	}

	@Override
	public OfficeHours officeHours() {
		return hours;
	}

	@Override
	public boolean isPublished(int year) {
		return publishedYears.contains(year);
	}

	@Override
	public DayStatus day(LocalDate date) {
		SpecialDay special = specialDays.get(date);
		if (special != null) {
			return new DayStatus(date, special.offDay() ? DayStatus.Kind.HOLIDAY : DayStatus.Kind.ADJUSTED_WORKING_DAY,
					special.name(), true);
		}
		return new DayStatus(date, SpecialDay.weekend(date) ? DayStatus.Kind.WEEKEND : DayStatus.Kind.WORKDAY, null,
				isPublished(date.getYear()));
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		SpecialDay special = specialDays.get(date);
		return special != null ? !special.offDay() : !SpecialDay.weekend(date);
	}

	@Override
	public LocalDate nextWorkingDay(LocalDate date) {
		return step(date, 1);
	}

	@Override
	public LocalDate previousWorkingDay(LocalDate date) {
		return step(date, -1);
	}

	private LocalDate step(LocalDate date, int direction) {
		LocalDate d = date.plusDays(direction);
		for (int walked = 1; !isWorkingDay(d); walked++) {
			guard(walked);
			d = d.plusDays(direction);
		}
		return d;
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int days) {
		guard(Math.abs((long) days));
		if (days == 0) {
			return isWorkingDay(start) ? start : nextWorkingDay(start);
		}
		LocalDate d = start;
		for (int i = 0; i < Math.abs(days); i++) {
			d = days > 0 ? nextWorkingDay(d) : previousWorkingDay(d);
		}
		return d;
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -countWorkingDays(to, from); // [to, from): the earlier end counts, the start does not
		}
		return countWorkingDays(from.plusDays(1), to.plusDays(1)); // (from, to]
	}

	/** Working days in [first, end). */
	private int countWorkingDays(LocalDate first, LocalDate end) {
		guard(end.toEpochDay() - first.toEpochDay());
		int count = 0;
		for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				count++;
			}
		}
		return count;
	}

	@Override
	public Instant addWorkingTime(Instant start, Duration amount) {
		LocalDateTime at = LocalDateTime.ofInstant(start, zone);
		LocalDateTime result = amount.isNegative() ? back(at, amount.negated()) : forward(at, amount);
		return result.atZone(zone).toInstant();
	}

	private LocalDateTime forward(LocalDateTime from, Duration amount) {
		Duration remaining = amount;
		LocalDate date = from.toLocalDate();
		for (int walked = 0;; walked++) {
			guard(walked);
			if (isWorkingDay(date)) {
				for (Block block : blocks(date)) {
					if (block.end.isBefore(from)) {
						continue;
					}
					LocalDateTime begin = later(from, block.start);
					Duration available = Duration.between(begin, block.end);
					if (remaining.compareTo(available) <= 0) {
						return begin.plus(remaining);
					}
					remaining = remaining.minus(available);
				}
			}
			date = date.plusDays(1);
		}
	}

	private LocalDateTime back(LocalDateTime from, Duration amount) {
		Duration remaining = amount;
		LocalDate date = from.toLocalDate();
		for (int walked = 0;; walked++) {
			guard(walked);
			if (isWorkingDay(date)) {
				Block[] blocks = blocks(date);
				for (int i = blocks.length - 1; i >= 0; i--) {
					Block block = blocks[i];
					if (block.start.isAfter(from)) {
						continue;
					}
					LocalDateTime end = earlier(from, block.end);
					Duration available = Duration.between(block.start, end);
					if (remaining.compareTo(available) <= 0) {
						return end.minus(remaining);
					}
					remaining = remaining.minus(available);
				}
			}
			date = date.minusDays(1);
		}
	}

	@Override
	public Duration workingTimeBetween(Instant from, Instant to) {
		if (to.isBefore(from)) {
			return workingTimeBetween(to, from).negated();
		}
		LocalDateTime start = LocalDateTime.ofInstant(from, zone);
		LocalDateTime end = LocalDateTime.ofInstant(to, zone);
		guard(end.toLocalDate().toEpochDay() - start.toLocalDate().toEpochDay());
		Duration total = Duration.ZERO;
		for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
			if (!isWorkingDay(date)) {
				continue;
			}
			for (Block block : blocks(date)) {
				LocalDateTime begin = later(start, block.start);
				LocalDateTime finish = earlier(end, block.end);
				if (begin.isBefore(finish)) {
					total = total.plus(Duration.between(begin, finish));
				}
			}
		}
		return total;
	}

	@Override
	public Deadline deadline(Instant start, TimeLimit limit) {
		int n = limit.amount();
		Instant due = switch (limit.unit()) {
			case NATURAL_MINUTES -> start.plus(Duration.ofMinutes(n));
			case NATURAL_HOURS -> start.plus(Duration.ofHours(n));
			case NATURAL_DAYS -> lastDayOfPeriod(LocalDate.ofInstant(start, zone).plusDays(n)).plusDays(1)
				.atStartOfDay(zone)
				.toInstant();
			case WORKING_HOURS -> addWorkingTime(start, Duration.ofHours(n));
			case WORKING_DAYS -> latest(start, addWorkingDays(LocalDate.ofInstant(start, zone), n)
				.atTime(hours.afternoonEnd())
				.atZone(zone)
				.toInstant());
		};
		return new Deadline(start, limit, due);
	}

	/**
	 * A period counted in days ends with its last day, or, when that day is a holiday or a rest day, with the first
	 * working day after it — the rule of Chinese procedure law for periods in 日 (a petition's 15 and 60 days).
	 */
	private LocalDate lastDayOfPeriod(LocalDate day) {
		return isWorkingDay(day) ? day : nextWorkingDay(day);
	}

	@Override
	public double elapsedFraction(Deadline deadline, Instant at) {
		boolean working = deadline.limit().unit().working();
		Duration total = working ? workingTimeBetween(deadline.start(), deadline.due())
				: Duration.between(deadline.start(), deadline.due());
		if (total.isZero()) {
			return at.isBefore(deadline.due()) ? 0 : 1;
		}
		if (!at.isAfter(deadline.start())) {
			return 0;
		}
		Duration used = working ? workingTimeBetween(deadline.start(), at) : Duration.between(deadline.start(), at);
		return (double) used.toMillis() / total.toMillis();
	}

	/** A block of office hours on one date. */
	private record Block(LocalDateTime start, LocalDateTime end) {
	}

	private Block[] blocks(LocalDate date) {
		return new Block[] { new Block(date.atTime(hours.morningStart()), date.atTime(hours.morningEnd())),
				new Block(date.atTime(hours.afternoonStart()), date.atTime(hours.afternoonEnd())) };
	}

	private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static void guard(long days) {
		if (days > MAX_DAYS_WALKED) {
			throw new IllegalArgumentException("span too long for the working calendar: " + days + " days");
		}
	}
}
