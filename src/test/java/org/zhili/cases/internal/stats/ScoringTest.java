package org.zhili.cases.internal.stats;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rates and the composite score from counters, with the default and with configured weights. */
class ScoringTest {

	private static final Scoring DEFAULTS = new Scoring(StatsProperties.defaults());

	/** 20 dispatched, 18 accepted on time; 10 rated: 8 solved, 6 satisfied, 3 basically, 1 unsatisfied. */
	private static Counts sample() {
		return new Counts(25, 1, 20, 19, 18, 2, 12, 10, 3, 10, 8, 6, 3, 1, 1, 9, 7, 9 * 36_000, 1, 4);
	}

	@Test
	void ratesFollowTheirDefinitions() {
		Rates r = DEFAULTS.rates(sample());

		assertThat(r.response()).isEqualByComparingTo("90.00"); // 18 / 20
		assertThat(r.resolution()).isEqualByComparingTo("80.00"); // 8 / 10
		assertThat(r.satisfaction()).isEqualByComparingTo("90.00"); // (6 + 3) / 10: 基本满意 counted fully
		assertThat(r.onTime()).isEqualByComparingTo("77.78"); // 7 / 9
		assertThat(r.returns()).isEqualByComparingTo("10.00"); // 2 / 20
		assertThat(r.rework()).isEqualByComparingTo("20.00"); // 3 / (12 + 3)
		assertThat(r.duplicates()).isEqualByComparingTo("4.00"); // 1 / 25
		assertThat(r.avgHandlingHours()).isEqualByComparingTo("10.0"); // 9 × 10 h / 9
		// 90 × 10% + 80 × 50% + 90 × 40% = 9 + 40 + 36
		assertThat(r.composite()).isEqualByComparingTo("85.00");
	}

	@Test
	void basicallySatisfiedCanCountLess() {
		Scoring beijing = new Scoring(new StatsProperties(StatsProperties.defaults().weights(), new BigDecimal("0.9"), 1096, 400));

		Rates r = beijing.rates(sample());

		assertThat(r.satisfaction()).isEqualByComparingTo("87.00"); // (6 + 0.9 × 3) / 10
		assertThat(r.composite()).isEqualByComparingTo("83.80"); // 9 + 40 + 34.8
	}

	@Test
	void weightsAreConfiguration() {
		Scoring even = new Scoring(new StatsProperties(new StatsProperties.Weights(new BigDecimal("0.2"),
				new BigDecimal("0.4"), new BigDecimal("0.4")), BigDecimal.ONE, 1096, 400));

		assertThat(even.rates(sample()).composite()).isEqualByComparingTo("86.00"); // 18 + 32 + 36
	}

	@Test
	void nothingToRateGivesNoRateRatherThanZero() {
		Rates r = DEFAULTS.rates(Counts.ZERO);

		assertThat(r.response()).isNull();
		assertThat(r.resolution()).isNull();
		assertThat(r.satisfaction()).isNull();
		assertThat(r.onTime()).isNull();
		assertThat(r.returns()).isNull();
		assertThat(r.rework()).isNull();
		assertThat(r.duplicates()).isNull();
		assertThat(r.avgHandlingHours()).isNull();
		assertThat(r.composite()).isNull();
	}

	@Test
	void aCompositeNeedsEveryWeighedRate() {
		// dispatched but nothing rated yet: 响应率 only
		Counts dispatchedOnly = new Counts(0, 0, 4, 4, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		assertThat(DEFAULTS.rates(dispatchedOnly).response()).isEqualByComparingTo("75.00");
		assertThat(DEFAULTS.rates(dispatchedOnly).composite()).isNull();

		// with no weight on 解决率 and 满意率, 响应率 alone makes the score
		Scoring responseOnly = new Scoring(new StatsProperties(new StatsProperties.Weights(BigDecimal.ONE,
				BigDecimal.ZERO, BigDecimal.ZERO), BigDecimal.ONE, 1096, 400));
		assertThat(responseOnly.rates(dispatchedOnly).composite()).isEqualByComparingTo("75.00");
	}

	@Test
	void roundingIsHalfUpOnceAtTheEnd() {
		// 2 / 3 = 66.666…% → 66.67; the composite uses the unrounded rates: 0.1 × 66.666… + 0.5 × 100 + 0.4 × 100
		Counts c = new Counts(0, 0, 3, 2, 2, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
		Rates r = DEFAULTS.rates(c);

		assertThat(r.response()).isEqualByComparingTo("66.67");
		assertThat(r.composite()).isEqualByComparingTo("96.67");
		assertThat(r.response().scale()).isEqualTo(2);
	}
}
