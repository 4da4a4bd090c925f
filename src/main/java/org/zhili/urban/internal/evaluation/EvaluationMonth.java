package org.zhili.urban.internal.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import org.zhili.platform.ChinaTime;

/**
 * The evaluated month in China time, and the 统计截止: a case closed up to {@code grace} after the month's end still
 * counts as closed for it (reports come out in the first days of the next month); for a month not yet past its
 * cut-off the figures are as of now, and provisional.
 *
 * @param month the month
 * @param from its first instant
 * @param to the first instant of the next month
 * @param cutoff closures before this instant count
 * @param provisional whether the cut-off is still ahead (the figures may change)
 */
public record EvaluationMonth(YearMonth month, Instant from, Instant to, Instant cutoff, boolean provisional) {

	public static EvaluationMonth of(YearMonth month, Instant now, Duration grace) {
		Instant from = month.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant();
		Instant cutoff = to.plus(grace);
		boolean provisional = now.isBefore(cutoff);
		return new EvaluationMonth(month, from, to, provisional ? now : cutoff, provisional);
	}

	/** Whether the instant lies in the month. */
	public boolean contains(Instant t) {
		return t != null && !t.isBefore(from) && t.isBefore(to);
	}

	/** Whether the instant lies before the cut-off. */
	public boolean byCutoff(Instant t) {
		return t != null && t.isBefore(cutoff);
	}
}
