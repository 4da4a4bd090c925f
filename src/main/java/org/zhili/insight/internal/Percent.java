package org.zhili.insight.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the insight pages show them: one decimal, rounded half up. */
public final class Percent {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Percent() {
	}

	/** The change from {@code before} to {@code after} in percent of {@code before}; {@code null} from nothing. */
	public static BigDecimal change(BigDecimal before, BigDecimal after) {
		return before == null || after == null || before.signum() == 0 ? null
				: after.subtract(before).multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP);
	}

	/** {@code part} in percent of {@code whole}; {@code null} of nothing. */
	public static BigDecimal share(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}
}
