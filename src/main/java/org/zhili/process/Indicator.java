package org.zhili.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A figure a loop measures live from its own records (12345 解决率, hazards rectified, petitions concluded…), declared
 * as a bean by the module that owns the records, so a plan's target can be bound to it and the value updates itself.
 * The definition is shown beside every value, so nobody has to guess what was counted.
 *
 * @param code stable key a binding stores, {@code module.name} (e.g. {@code cases.resolution})
 * @param name what people call it (12345 解决率)
 * @param unit the unit of its values: {@code %} for a rate
 * @param definition how it is counted, in one sentence a reader can check
 * @param measure the value over a period
 */
public record Indicator(String code, String name, String unit, String definition, Measure measure) {

	/** The value over the days {@code from} to {@code to}, both included (Beijing days); empty when nothing counts. */
	@FunctionalInterface
	public interface Measure {

		Optional<BigDecimal> over(LocalDate from, LocalDate to);
	}

	/** A rate in percent with two decimals; empty when nothing is counted. */
	public static Optional<BigDecimal> percent(long part, long whole) {
		return whole == 0 ? Optional.empty()
				: Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
	}
}
