package org.zhili.cases.internal.record;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.zhili.platform.ChinaTime;

/**
 * A case's tracking number: the district's prefix, the month it was registered (yyMM, China time) and a value of
 * {@code cases.tracking_seq}, at least 7 digits, e.g. {@code NK26110001234}.
 */
public final class TrackingNumbers {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyMM").withZone(ChinaTime.ZONE);

	private TrackingNumbers() {
	}

	/** Built without a format string: parsing one would cost more than the rest, once per case registered. */
	public static String of(String prefix, Instant registeredAt, long number) {
		String digits = Long.toString(number);
		return prefix + MONTH.format(registeredAt) + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
	}
}
