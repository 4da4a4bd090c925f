package org.zhili.cases.internal.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Turns counters into rates and the composite score, with the configured weights. Rates are computed
 * exactly (decimal, not binary floating point) and rounded once, half up, at the end; the composite is
 * weighed from the unrounded rates.
 */
public final class Scoring {

	private static final MathContext EXACT = MathContext.DECIMAL64;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

	private final StatsProperties properties;

	public Scoring(StatsProperties properties) {
		this.properties = properties;
	}

	public StatsProperties properties() {
		return properties;
	}

	public Rates rates(Counts c) {
		BigDecimal response = ratio(c.acceptedOnTime(), c.dispatched());
		BigDecimal resolution = ratio(c.solved(), c.rated());
		BigDecimal satisfaction = c.rated() == 0 ? null
				: BigDecimal.valueOf(c.satisfied())
					.add(properties.basicallySatisfiedWeight().multiply(BigDecimal.valueOf(c.basicallySatisfied())))
					.divide(BigDecimal.valueOf(c.rated()), EXACT);
		BigDecimal avgHours = c.closed() == 0 ? null
				: BigDecimal.valueOf(c.handlingSeconds())
					.divide(BigDecimal.valueOf(c.closed()).multiply(SECONDS_PER_HOUR), EXACT)
					.setScale(1, RoundingMode.HALF_UP);
		return new Rates(percent(response), percent(resolution), percent(satisfaction),
				percent(ratio(c.closedOnTime(), c.closed())), percent(ratio(c.returned(), c.dispatched())),
				percent(ratio(c.reworked(), c.replied() + c.reworked())), percent(ratio(c.duplicates(), c.received())),
				percent(composite(response, resolution, satisfaction)), avgHours);
	}

	/**
	 * The weighted sum of the three rates (fractions), or {@code null} when a rate with a weight above 0 is
	 * undefined. A rate weighed 0 does not matter, defined or not.
	 */
	BigDecimal composite(BigDecimal response, BigDecimal resolution, BigDecimal satisfaction) {
		StatsProperties.Weights w = properties.weights();
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal[][] terms = { { w.response(), response }, { w.resolution(), resolution },
				{ w.satisfaction(), satisfaction } };
		for (BigDecimal[] term : terms) {
			if (term[0].signum() == 0) {
				continue;
			}
			if (term[1] == null) {
				return null;
			}
			sum = sum.add(term[0].multiply(term[1], EXACT), EXACT);
		}
		return sum;
	}

	static BigDecimal ratio(long numerator, long denominator) {
		return denominator == 0 ? null : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), EXACT);
	}

	static BigDecimal percent(BigDecimal fraction) {
		return fraction == null ? null : fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
	}
}
