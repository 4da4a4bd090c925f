package org.zhili.disputes.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhili.calendar.TimeLimit;
import org.zhili.disputes.Disputes.Risk;
import org.zhili.disputes.internal.DisputeWorkflow.State;
import org.zhili.process.SupervisionLevel;

import static org.assertj.core.api.Assertions.assertThat;

/** The rate and the days are read from the same concluded disputes; withdrawals are counted but not rated. */
class DisputeFiguresTest {

	static final Instant T = Instant.parse("2026-03-01T02:00:00Z");

	@Test
	void theRateIsAgreementsOverOutcomesAndWithdrawalsStayOut() {
		List<DisputeStore.Concluded> rows = List.of(concluded(State.PERFORMING, 4), concluded(State.CLOSED, 10),
				concluded(State.CLOSED, 6), concluded(State.FAILED, 30), concluded(State.WITHDRAWN, 100));
		DisputeFigures.Line line = DisputeFigures.line("X", "长虹街道矛调中心", rows);
		assertThat(line.concluded()).isEqualTo(5);
		assertThat(line.agreed()).isEqualTo(3);
		assertThat(line.failed()).isEqualTo(1);
		assertThat(line.withdrawn()).isEqualTo(1);
		assertThat(line.successRate()).isEqualByComparingTo(new BigDecimal("75.0"));
		assertThat(line.averageDays()).isEqualByComparingTo(new BigDecimal("12.5"));
	}

	@Test
	void aPeriodWithOnlyWithdrawalsHasNoRateRatherThanZero() {
		DisputeFigures.Line line = DisputeFigures.line("X", "x", List.of(concluded(State.WITHDRAWN, 3)));
		assertThat(line.successRate()).isNull();
		assertThat(line.averageDays()).isNull();
	}

	@Test
	void highRiskCrossStreetAndListedTypesGoToTheDistrictCentre() {
		DisputeRules rules = new DisputeRules(List.of(new DisputeRules.Type("NEIGHBOUR", "邻里纠纷"),
				new DisputeRules.Type("MEDICAL", "医疗纠纷")), "120104MTZ", Set.of(Risk.HIGH), Set.of("MEDICAL"),
				TimeLimit.days(30), 5, 3, SupervisionLevel.URGE, Set.of());
		assertThat(rules.forDistrict(Risk.LOW, false, "NEIGHBOUR")).isFalse();
		assertThat(rules.forDistrict(Risk.HIGH, false, "NEIGHBOUR")).isTrue();
		assertThat(rules.forDistrict(Risk.LOW, true, "NEIGHBOUR")).isTrue();
		assertThat(rules.forDistrict(Risk.MEDIUM, false, "MEDICAL")).isTrue();
	}

	private static DisputeStore.Concluded concluded(State state, int days) {
		return new DisputeStore.Concluded("X", "NEIGHBOUR", state, T, T.plus(Duration.ofDays(days)));
	}
}
