package org.zhili.cases.internal.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How addresses are compared: pairs of characters, without spaces, punctuation and the city's name. */
class NearbyCasesTest {

	/** What {@code District.addressPrefixes()} gives for the demo district. */
	private static final List<String> PREFIXES = List.of("天津市", "天津", "南开区");

	@Test
	void anAddressIsItsDistinctPairsOfCharacters() {
		assertThat(NearbyCases.pairs("天津市南开区 光明路12号，3门", PREFIXES)).containsExactly("光明", "明路", "路1", "12", "2号", "号3", "3门");
		assertThat(NearbyCases.pairs("光光光", PREFIXES)).containsExactly("光光");
		assertThat(NearbyCases.pairs("路", PREFIXES)).isEmpty();
		assertThat(NearbyCases.pairs(null, PREFIXES)).isEmpty();
		assertThat(NearbyCases.pairs("长".repeat(500) + "短".repeat(500), PREFIXES)).hasSizeLessThanOrEqualTo(40);
	}
}
