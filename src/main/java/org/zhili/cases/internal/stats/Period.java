package org.zhili.cases.internal.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import org.zhili.platform.ApiProblem;

/**
 * The days a statistic covers, both ends included, in Beijing time: a day, a week (Monday to Sunday), a
 * calendar month, or any range of days.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

	/** How the period was chosen. */
	public enum Kind {
		DAY, WEEK, MONTH, CUSTOM
	}

	public Period {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("a period ends on or after its start: " + from + " – " + to);
		}
	}

	public static Period month(YearMonth month) {
		return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
	}

	/** The period of {@code kind} that contains {@code date}. */
	public static Period containing(Kind kind, LocalDate date) {
		return switch (kind) {
			case DAY -> new Period(kind, date, date);
			case WEEK -> new Period(kind, date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
					date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
			case MONTH -> month(YearMonth.from(date));
			case CUSTOM -> throw new IllegalArgumentException("a custom period has its own from and to");
		};
	}

	/**
	 * The period a request asks for: {@code from} and {@code to} (a custom range), or {@code period} with a
	 * {@code date} in it (default: this month). Input errors name the parameter at fault.
	 *
	 * @param today the default date
	 * @param maxDays the longest range allowed
	 */
	public static Period of(Kind period, LocalDate date, LocalDate from, LocalDate to, LocalDate today, int maxDays) {
		if (from != null || to != null) {
			if (period != null && period != Kind.CUSTOM) {
				throw ApiProblem.badInput("period", "period_conflict",
						"period=" + period.name().toLowerCase() + " 与 from/to 不能同时使用：请只给其中一种");
			}
			if (date != null) {
				throw ApiProblem.badInput("date", "period_conflict", "date 只与 period 一起使用；自定义区间请用 from 和 to");
			}
			if (from == null) {
				throw ApiProblem.badInput("from", "from_required", "自定义区间须同时给出 from 和 to");
			}
			if (to == null) {
				throw ApiProblem.badInput("to", "to_required", "自定义区间须同时给出 from 和 to");
			}
			if (to.isBefore(from)) {
				throw ApiProblem.badInput("to", "reversed_range", "to（" + to + "）不能早于 from（" + from + "）");
			}
			long days = ChronoUnit.DAYS.between(from, to) + 1;
			if (days > maxDays) {
				throw ApiProblem.badInput("to", "range_too_long", "统计区间最长 " + maxDays + " 天，请求的是 " + days + " 天");
			}
			return new Period(Kind.CUSTOM, from, to);
		}
		if (period == Kind.CUSTOM) {
			throw ApiProblem.badInput("from", "from_required", "period=custom 须给出 from 和 to");
		}
		return containing(period == null ? Kind.MONTH : period, date == null ? today : date);
	}

	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}
}
