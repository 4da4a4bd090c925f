package org.zhili.cases.internal.stats;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the 三率 are weighed (zhili.stats.*). Defaults: 综合成绩 = 响应率×10% + 解决率×50% + 满意率×40%, the
 * weights of a Beijing-district practice (domain rules HL-12; they have changed over the years, so they are
 * configuration); 基本满意 counts fully in 满意率 (DESIGN.md §4; HL-12 counts it ×0.9).
 *
 * @param weights the weights of the composite score, summing to 1
 * @param basicallySatisfiedWeight how much a 基本满意 counts in 满意率, between 0 and 1
 * @param maxDays the longest period one request may cover, in days
 * @param maxSeriesPoints the most buckets a time series may have
 */
@ConfigurationProperties("zhili.stats")
public record StatsProperties(@DefaultValue Weights weights, @DefaultValue("1") BigDecimal basicallySatisfiedWeight,
		@DefaultValue("1096") int maxDays, @DefaultValue("400") int maxSeriesPoints) {

	public StatsProperties {
		if (basicallySatisfiedWeight.signum() < 0 || basicallySatisfiedWeight.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("zhili.stats.basically-satisfied-weight must lie between 0 and 1");
		}
		if (maxDays < 31) {
			throw new IllegalArgumentException("zhili.stats.max-days must be at least 31 (a month)");
		}
		if (maxSeriesPoints < 12) {
			throw new IllegalArgumentException("zhili.stats.max-series-points must be at least 12");
		}
	}

	/**
	 * The weights of the composite score (综合成绩).
	 *
	 * @param response of 响应率
	 * @param resolution of 解决率
	 * @param satisfaction of 满意率
	 */
	public record Weights(@DefaultValue("0.10") BigDecimal response, @DefaultValue("0.50") BigDecimal resolution,
			@DefaultValue("0.40") BigDecimal satisfaction) {

		public Weights {
			if (response.signum() < 0 || resolution.signum() < 0 || satisfaction.signum() < 0) {
				throw new IllegalArgumentException("zhili.stats.weights must not be negative");
			}
			if (response.add(resolution).add(satisfaction).compareTo(BigDecimal.ONE) != 0) {
				throw new IllegalArgumentException("zhili.stats.weights must sum to 1, not "
						+ response.add(resolution).add(satisfaction));
			}
		}
	}

	/** The defaults, as documented above. */
	public static StatsProperties defaults() {
		return new StatsProperties(new Weights(new BigDecimal("0.10"), new BigDecimal("0.50"), new BigDecimal("0.40")),
				BigDecimal.ONE, 1096, 400);
	}
}
