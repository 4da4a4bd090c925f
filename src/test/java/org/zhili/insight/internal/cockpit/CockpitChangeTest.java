package org.zhili.insight.internal.cockpit;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.zhili.cases.CasePlaces;

import static org.assertj.core.api.Assertions.assertThat;

/** The cockpit's 环比 and 同比, and the level an area drills into. */
class CockpitChangeTest {

	@Test
	void aChangeIsInPercentOfWhatCameBeforeAndNothingFromNothing() {
		assertThat(Cockpit.change(110, 100)).isEqualByComparingTo(new BigDecimal("10.0"));
		assertThat(Cockpit.change(90, 100)).isEqualByComparingTo(new BigDecimal("-10.0"));
		assertThat(Cockpit.change(1, 3)).isEqualByComparingTo(new BigDecimal("-66.7"));
		assertThat(Cockpit.change(0, 7)).isEqualByComparingTo(new BigDecimal("-100.0"));
		assertThat(Cockpit.change(5, 0)).as("no base to compare with").isNull();
	}

	@Test
	void anAreaDrillsOneLevelDown() {
		assertThat(CasePlaces.Area.DISTRICT.childLevel()).isEqualTo("STREET");
		assertThat(new CasePlaces.Area("120104001000", null).childLevel()).isEqualTo("COMMUNITY");
		assertThat(new CasePlaces.Area("120104001000", "120104001001").childLevel()).isEqualTo("GRID");
	}
}
