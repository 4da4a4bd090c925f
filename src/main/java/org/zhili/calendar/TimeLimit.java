package org.zhili.calendar;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as the rules state it: an amount and a unit, e.g. 15 minutes to accept an urgent case,
 * 1 working day to accept an ordinary one, 15 working days to reply, 60 days to handle a petition.
 * Natural units ignore the calendar; working units count only working days and office hours.
 *
 * <p>Its text form, used in configuration ({@code accept: 15min}) and by {@link #toString()}, is the
 * amount followed by the unit's symbol: {@code 15min}, {@code 24h}, {@code 60d}, {@code 2wh}, {@code 7wd}.
 * Spring binds configuration values through {@link #valueOf(String)}.
 *
 * @param amount how many units, zero or more
 * @param unit the unit
 */
public record TimeLimit(int amount, Unit unit) {

	public enum Unit {
		/** Clock minutes, around the clock (e.g. 15 min to accept a case endangering life or property). */
		NATURAL_MINUTES("min", false),
		/** Clock hours, around the clock (e.g. feedback within 2 h). */
		NATURAL_HOURS("h", false),
		/**
		 * Calendar days (日); the limit ends at midnight (24:00) closing the Nth day after the start day, or, when that
		 * day is a holiday or rest day, closing the first working day after it.
		 */
		NATURAL_DAYS("d", false),
		/** Hours within office hours on working days (工作时). */
		WORKING_HOURS("wh", true),
		/** Working days (工作日); the limit ends at the close of office hours of the Nth working day. */
		WORKING_DAYS("wd", true);

		private final String symbol;
		private final boolean working;

		Unit(String symbol, boolean working) {
			this.symbol = symbol;
			this.working = working;
		}

		/** The symbol in the text form, e.g. {@code wd}. */
		public String symbol() {
			return symbol;
		}

		/** Whether the unit follows the working-day calendar. */
		public boolean working() {
			return working;
		}
	}

	private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,9})\\s*([a-zA-Z]+)\\s*");

	public TimeLimit {
		Objects.requireNonNull(unit, "unit");
		if (amount < 0) {
			throw new IllegalArgumentException("a time limit cannot be negative: " + amount);
		}
	}

	public static TimeLimit minutes(int amount) {
		return new TimeLimit(amount, Unit.NATURAL_MINUTES);
	}

	public static TimeLimit hours(int amount) {
		return new TimeLimit(amount, Unit.NATURAL_HOURS);
	}

	public static TimeLimit days(int amount) {
		return new TimeLimit(amount, Unit.NATURAL_DAYS);
	}

	public static TimeLimit workingHours(int amount) {
		return new TimeLimit(amount, Unit.WORKING_HOURS);
	}

	public static TimeLimit workingDays(int amount) {
		return new TimeLimit(amount, Unit.WORKING_DAYS);
	}

	/**
	 * Reads the text form, e.g. {@code 7wd} or {@code 15 min}.
	 *
	 * @throws IllegalArgumentException naming the accepted units when the text is not a time limit
	 */
	public static TimeLimit valueOf(String text) {
		Matcher m = TEXT.matcher(text == null ? "" : text);
		if (m.matches()) {
			String symbol = m.group(2).toLowerCase(Locale.ROOT);
			for (Unit unit : Unit.values()) {
				if (unit.symbol.equals(symbol)) {
					return new TimeLimit(Integer.parseInt(m.group(1)), unit);
				}
			}
		}
		throw new IllegalArgumentException("'" + text + "' is not a time limit; write an amount and one of "
				+ "min, h, d, wh, wd (e.g. 15min, 24h, 60d, 2wh, 7wd)");
	}

	@Override
	public String toString() {
		return amount + unit.symbol;
	}
}
