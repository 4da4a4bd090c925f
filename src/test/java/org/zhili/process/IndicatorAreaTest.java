package org.zhili.process;

import org.junit.jupiter.api.Test;
import org.zhili.process.Indicator.Area;
import org.zhili.process.Indicator.Grain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which area a loop's figure is counted in when the cockpit asks for a smaller one than its records name. */
class IndicatorAreaTest {

	private static final Area STREET = Area.street("120104001000");
	private static final Area COMMUNITY = new Area("120104001000", "120104001001");

	@Test
	void aCommunityIsCountedInItsStreetWhenTheRecordsNameStreetsOnly() {
		assertThat(COMMUNITY.within(Grain.STREET)).isEqualTo(STREET);
		assertThat(COMMUNITY.within(Grain.COMMUNITY)).isEqualTo(COMMUNITY);
		assertThat(STREET.within(Grain.STREET)).isEqualTo(STREET);
	}

	@Test
	void aDistrictOnlyFigureIsTheDistrictsEverywhere() {
		assertThat(COMMUNITY.within(Grain.DISTRICT)).isEqualTo(Area.DISTRICT);
		assertThat(STREET.within(Grain.DISTRICT).district()).isTrue();
		assertThat(Area.DISTRICT.within(Grain.COMMUNITY)).isEqualTo(Area.DISTRICT);
	}

	@Test
	void aCommunityWithoutItsStreetIsRefused() {
		assertThatThrownBy(() -> new Area(null, "120104001001")).isInstanceOf(IllegalArgumentException.class);
	}
}
