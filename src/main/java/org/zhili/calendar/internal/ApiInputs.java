package org.zhili.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;
import org.zhili.calendar.TimeLimit;
import org.zhili.platform.ApiProblem;

/**
 * Reads and bounds what clients send, answering a 400 that names the parameter. Dates and times are read as
 * text here rather than by Spring so that the answer can say exactly what was expected.
 */
@Component
class ApiInputs {

	private final CalendarProperties.Limits limits;

	ApiInputs(CalendarProperties properties) {
		this.limits = properties.limits();
	}

	int year(String field, int year) {
		if (!limits.yearInRange(year)) {
			throw ApiProblem.badInput(field, "year_out_of_range",
					"年份应在 " + limits.firstYear() + "–" + limits.lastYear() + " 之间");
		}
		return year;
	}

	/** An ISO date ({@code 2026-02-13}) within the configured years. */
	LocalDate date(String field, String text) {
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw ApiProblem.badInput(field, "invalid_date", "参数 " + field + " 的值 '" + cut(text)
					+ "' 不是有效日期，应为 yyyy-MM-dd（如 2026-02-13）");
		}
		year(field, date.getYear());
		return date;
	}

	/**
	 * A date and time: with an offset ({@code 2026-02-13T16:00+08:00}, {@code …Z}) or without, then read in the
	 * district's time zone ({@code 2026-02-13T16:00} or {@code 2026-02-13 16:00}).
	 */
	Instant instant(String field, String text, ZoneId zone) {
		String iso = text.strip().replaceFirst(" ", "T");
		Instant instant;
		try {
			instant = OffsetDateTime.parse(iso).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				instant = LocalDateTime.parse(iso).atZone(zone).toInstant();
			}
			catch (DateTimeParseException e) {
				throw ApiProblem.badInput(field, "invalid_date_time", "参数 " + field + " 的值 '" + cut(text)
						+ "' 不是有效时间，应为 yyyy-MM-ddTHH:mm（北京时间，如 2026-02-13T16:00），或带时区如 "
						+ "2026-02-13T16:00+08:00（在网址中 + 写作 %2B）");
			}
		}
		year(field, LocalDate.ofInstant(instant, zone).getYear());
		return instant;
	}

	int workingDays(String field, int days) {
		if (Math.abs((long) days) > limits.maxWorkingDays()) {
			throw ApiProblem.badInput(field, "too_many_working_days",
					"工作日数最多 " + limits.maxWorkingDays() + " 天（可正可负）");
		}
		return days;
	}

	Duration workingTime(String field, long minutes) {
		if (Math.abs(minutes) > limits.maxWorkingHours() * 60L) {
			throw ApiProblem.badInput(field, "too_many_working_hours",
					"工作时长最多 " + limits.maxWorkingHours() + " 小时（可正可负）");
		}
		return Duration.ofMinutes(minutes);
	}

	void span(String field, LocalDate from, LocalDate to) {
		if (Math.abs(ChronoUnit.DAYS.between(from, to)) > limits.maxSpanDays()) {
			throw ApiProblem.badInput(field, "span_too_long", "起止日期相隔最多 " + limits.maxSpanDays() + " 天");
		}
	}

	TimeLimit limit(int amount, TimeLimit.Unit unit) {
		if (amount < 0) {
			throw ApiProblem.badInput("amount", "negative_limit", "时限不能为负数");
		}
		long days = switch (unit) {
			case WORKING_DAYS -> workingDays("amount", amount);
			case WORKING_HOURS -> workingTime("amount", amount * 60L).toDays();
			case NATURAL_MINUTES -> amount / (24 * 60);
			case NATURAL_HOURS -> amount / 24;
			case NATURAL_DAYS -> amount;
		};
		if (!unit.working() && days > limits.maxNaturalDays()) {
			throw ApiProblem.badInput("amount", "limit_too_long", "自然时限最长 " + limits.maxNaturalDays() + " 天");
		}
		return new TimeLimit(amount, unit);
	}

	private static String cut(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}
}
