package org.zhili.urban.cases;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhili.calendar.TimeLimit;
import org.zhili.process.SupervisionLevel;
import org.zhili.urban.internal.cases.UrbanCaseRules;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.State;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loop's rules as data: which stage runs in which state, and which 12345 categories are urban matters. */
class UrbanCaseWorkflowTest {

	@Test
	void everyOpenStateButSuspendedRunsItsOwnStageClockAndEndedOnesNone() {
		assertThat(State.TO_VERIFY.clock()).isEqualTo("verify");
		assertThat(State.TO_REGISTER.clock()).isEqualTo("register");
		assertThat(State.TO_DISPATCH.clock()).isEqualTo("dispatch");
		assertThat(State.HANDLING.clock()).isEqualTo("handle");
		assertThat(State.TO_CHECK.clock()).isEqualTo("check");
		assertThat(State.TO_CLOSE.clock()).isEqualTo("close");
		for (State s : EnumSet.of(State.SUSPENDED, State.CLOSED, State.NOT_VALID, State.VOIDED)) {
			assertThat(s.clock()).as(s.name()).isNull();
		}
		assertThat(EnumSet.allOf(State.class).stream().filter(State::open))
			.containsExactlyInAnyOrder(State.TO_VERIFY, State.TO_REGISTER, State.TO_DISPATCH, State.HANDLING,
					State.TO_CHECK, State.TO_CLOSE, State.SUSPENDED);
	}

	@Test
	void aTwelve345CategoryIsAnUrbanMatterByItsLongestConfiguredPrefix() {
		UrbanCaseRules.Hotline hotline = new UrbanCaseRules.Hotline("120104CGW",
				Map.of("C0102", "EVENT:0107", "C010202", "EVENT:0502"));
		assertThat(hotline.classFor("C01020201")).contains("EVENT:0502");
		assertThat(hotline.classFor("C010209")).contains("EVENT:0107");
		assertThat(hotline.classFor("C0103")).isEmpty();
		assertThat(hotline.classFor(null)).isEmpty();
	}

	@Test
	void stageLimitsAreConfigurationAndAllOfThemAreNeeded() {
		UrbanCaseRules.Stages stages = new UrbanCaseRules.Stages(TimeLimit.valueOf("1wh"), TimeLimit.valueOf("30min"),
				TimeLimit.valueOf("30min"), TimeLimit.valueOf("2wh"), TimeLimit.valueOf("1wh"));
		UrbanCaseRules rules = new UrbanCaseRules(stages, "120104WGZ", 0.8, SupervisionLevel.URGE, null);
		assertThat(rules.stage("register")).isEqualTo(TimeLimit.minutes(30));
		assertThat(rules.stage("check")).isEqualTo(TimeLimit.workingHours(2));
		assertThatThrownBy(() -> rules.stage("handle")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new UrbanCaseRules.Stages(null, TimeLimit.minutes(30), TimeLimit.minutes(30),
				TimeLimit.workingHours(2), TimeLimit.workingHours(1))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new UrbanCaseRules(stages, "120104WGZ", 1.2, SupervisionLevel.URGE, null))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
