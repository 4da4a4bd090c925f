package org.zhili.cases.internal.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The category a case is counted under in the per-place counters: its second level, as the hot categories. */
class PlaceStatsTest {

	@Test
	void aCaseCountsUnderItsSecondLevelCategory() {
		assertThat(PlaceStats.category("C010203")).isEqualTo("C0102");
		assertThat(PlaceStats.category("C0102")).isEqualTo("C0102");
		assertThat(PlaceStats.category("C01")).as("a top-level category as registered").isEqualTo("C01");
		assertThat(PlaceStats.category(null)).isEmpty();
	}
}
