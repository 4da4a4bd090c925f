package org.zhili.opinion.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhili.opinion.internal.SignalWorkflow.Action.*;
import static org.zhili.opinion.internal.SignalWorkflow.Party.*;
import static org.zhili.opinion.internal.SignalWorkflow.State.*;
import static org.zhili.opinion.internal.SignalWorkflow.WORKFLOW;

class SignalWorkflowTest {

	@Test
	void theAnalystTriagesAndTheVerifierOnlyVerifies() {
		assertThat(WORKFLOW.allowed(new SignalWorkflow.Facts(NEW), Set.of(ANALYST))).containsExactly(ASSIGN, CLOSE, TO_CASE);
		assertThat(WORKFLOW.allowed(new SignalWorkflow.Facts(VERIFYING), Set.of(VERIFIER))).containsExactly(VERIFY);
		assertThat(WORKFLOW.allowed(new SignalWorkflow.Facts(VERIFYING), Set.of(ANALYST))).isEmpty();
		assertThat(WORKFLOW.allowed(new SignalWorkflow.Facts(VERIFIED), Set.of(ANALYST)))
			.containsExactly(CLOSE, TO_CASE, TO_PETITION, PUBLISH_REPLY);
		assertThat(WORKFLOW.allowed(new SignalWorkflow.Facts(CASE), Set.of(ANALYST))).containsExactly(PUBLISH_REPLY);
	}

	@Test
	void aPetitionNeedsAFindingFirstAndAnEndedSignalStaysEnded() {
		assertThatThrownBy(() -> WORKFLOW.check(TO_PETITION, new SignalWorkflow.Facts(NEW), Set.of(ANALYST)))
			.isInstanceOf(ApiProblem.class)
			.hasMessageContaining("不能转信访");
		for (SignalWorkflow.State ended : new SignalWorkflow.State[] { CLOSED, CASE, PETITION }) {
			assertThat(WORKFLOW.allowed(new SignalWorkflow.Facts(ended), Set.of(ANALYST, VERIFIER))).doesNotContain(CLOSE, TO_CASE,
					TO_PETITION, ASSIGN, VERIFY);
		}
	}

	@Test
	void theTableMovesTheClocks() {
		assertThat(WORKFLOW.clocks(ASSIGN)).containsEntry(SignalWorkflow.TRIAGE_CLOCK, Workflow.ClockEffect.STOP)
			.containsEntry(SignalWorkflow.VERIFY_CLOCK, Workflow.ClockEffect.START);
		assertThat(WORKFLOW.clocks(VERIFY)).containsEntry(SignalWorkflow.VERIFY_CLOCK, Workflow.ClockEffect.STOP);
		assertThat(WORKFLOW.inputs(VERIFY)).containsExactly(Workflow.Input.REASON);
		assertThat(WORKFLOW.inputs(CLOSE)).containsExactly(Workflow.Input.RESULT);
	}
}
