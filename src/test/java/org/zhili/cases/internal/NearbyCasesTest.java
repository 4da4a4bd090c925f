package org.zhili.cases.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How addresses are compared: pairs of characters, without spaces, punctuation and the city's name. */
class NearbyCasesTest {

	@Test
	void anAddressIsItsDistinctPairsOfCharacters() {
		assertThat(NearbyCases.pairs("天津市南开区 光明路12号，3门")).containsExactly("光明", "明路", "路1", "12", "2号", "号3", "3门");
		assertThat(NearbyCases.pairs("光光光")).containsExactly("光光");
		assertThat(NearbyCases.pairs("路")).isEmpty();
		assertThat(NearbyCases.pairs(null)).isEmpty();
		assertThat(NearbyCases.pairs("长".repeat(500) + "短".repeat(500))).hasSizeLessThanOrEqualTo(40);
	}
}
