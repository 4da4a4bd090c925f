package org.zhili.disputes.internal;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhili.disputes.internal.DisputeWorkflow.Action;
import org.zhili.disputes.internal.DisputeWorkflow.Facts;
import org.zhili.disputes.internal.DisputeWorkflow.Party;
import org.zhili.disputes.internal.DisputeWorkflow.State;
import org.zhili.platform.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhili.disputes.internal.DisputeWorkflow.WORKFLOW;

/** The table of a dispute's life: who may do what in which state, and where it leads. */
class DisputeWorkflowTest {

	@Test
	void theCentreAcceptsOrHandsOnAndOnlyTheNamedMediatorsMediate() {
		assertThat(WORKFLOW.allowed(new Facts(State.REGISTERED), Set.of(Party.CENTRE)))
			.containsExactly(Action.ACCEPT, Action.TRANSFER, Action.WITHDRAW);
		assertThat(WORKFLOW.allowed(new Facts(State.MEDIATING), Set.of(Party.CENTRE)))
			.containsExactly(Action.TRANSFER, Action.WITHDRAW, Action.TERMINATE);
		assertThat(WORKFLOW.allowed(new Facts(State.MEDIATING), Set.of(Party.MEDIATOR)))
			.containsExactly(Action.SESSION, Action.AGREE, Action.FAIL, Action.WITHDRAW, Action.TERMINATE);
		assertThat(WORKFLOW.allowed(new Facts(State.PERFORMING), EnumSet.allOf(Party.class))).containsExactly(Action.FOLLOW_UP);
	}

	@Test
	void anEndedMediationTakesNoMoreStepsAndSaysWhy() {
		for (State ended : EnumSet.of(State.CLOSED, State.FAILED, State.WITHDRAWN, State.TERMINATED)) {
			assertThat(WORKFLOW.allowed(new Facts(ended), EnumSet.allOf(Party.class))).isEmpty();
		}
		assertThatThrownBy(() -> WORKFLOW.check(Action.AGREE, new Facts(State.FAILED), Set.of(Party.MEDIATOR)))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getMessage()).contains("调解不成功").contains("不能调解成功"));
		assertThatThrownBy(() -> WORKFLOW.check(Action.AGREE, new Facts(State.MEDIATING), Set.of(Party.CENTRE)))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getMessage()).contains("承办调解员"));
	}

	@Test
	void theOutcomesLeadWhereTheFiguresCountThem() {
		assertThat(WORKFLOW.target(Action.AGREE)).isEqualTo(State.PERFORMING);
		assertThat(WORKFLOW.target(Action.FAIL)).isEqualTo(State.FAILED);
		assertThat(WORKFLOW.target(Action.FOLLOW_UP)).isEqualTo(State.CLOSED);
		assertThat(EnumSet.allOf(State.class).stream().filter(State::concluded))
			.containsExactlyInAnyOrder(State.PERFORMING, State.CLOSED, State.FAILED, State.WITHDRAWN, State.TERMINATED);
		assertThat(WORKFLOW.clocks(Action.AGREE)).containsKeys(DisputeWorkflow.MEDIATION_CLOCK, DisputeWorkflow.PERFORMANCE_CLOCK);
	}
}
