package org.zhili.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours of a working day that count toward working-hour limits (办公时间): a morning and an afternoon
 * block, with the lunch break between them not counted. Configured under {@code zhili.calendar.office-hours}.
 *
 * @param morningStart the morning block opens (default 09:00)
 * @param morningEnd the morning block closes (default 12:00)
 * @param afternoonStart the afternoon block opens (default 13:30)
 * @param afternoonEnd the afternoon block closes, the close of office hours (default 17:30)
 */
public record OfficeHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
		LocalTime afternoonEnd) {

	public OfficeHours {
		Objects.requireNonNull(morningStart, "morningStart");
		Objects.requireNonNull(morningEnd, "morningEnd");
		Objects.requireNonNull(afternoonStart, "afternoonStart");
		Objects.requireNonNull(afternoonEnd, "afternoonEnd");
		// Equal ends are allowed (no lunch break), overlapping or reversed blocks are not: the arithmetic walks
		// the blocks in order and must never count a minute twice.
		if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
				|| !afternoonStart.isBefore(afternoonEnd)) {
			throw new IllegalArgumentException("office hours must be two ordered blocks, got " + morningStart + "–"
					+ morningEnd + " and " + afternoonStart + "–" + afternoonEnd);
		}
	}

	/** 09:00–12:00 and 13:30–17:30, the usual hours of Tianjin's district offices. */
	public static OfficeHours standard() {
		return new OfficeHours(LocalTime.of(9, 0), LocalTime.of(12, 0), LocalTime.of(13, 30), LocalTime.of(17, 30));
	}

	/** The working time of one full working day (7 hours by default). */
	public Duration perDay() {
		return Duration.between(morningStart, morningEnd).plus(Duration.between(afternoonStart, afternoonEnd));
	}

	/** Whether a time of day lies within a block; a block's opening and closing minutes both count. */
	public boolean contains(LocalTime time) {
		return !time.isBefore(morningStart) && !time.isAfter(morningEnd)
				|| !time.isBefore(afternoonStart) && !time.isAfter(afternoonEnd);
	}
}
