package org.zhili.petitions.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhili.petitions.PetitionState;
import org.zhili.petitions.internal.PetitionWorkflow.Action;
import org.zhili.petitions.internal.PetitionWorkflow.Facts;
import org.zhili.petitions.internal.PetitionWorkflow.Party;
import org.zhili.platform.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhili.petitions.internal.PetitionWorkflow.WORKFLOW;

/** The petition's table: who may do what when, and where it leads. */
class PetitionWorkflowTest {

	private static Facts facts(PetitionState state) {
		return new Facts(state, false, false, false, false);
	}

	@Test
	void onlyTheOfficeRoutesAndOnlyTheUnitAnswers() {
		assertThat(WORKFLOW.allowed(facts(PetitionState.REGISTERED), Set.of(Party.OFFICE))).contains(Action.ROUTE);
		assertThat(WORKFLOW.allowed(facts(PetitionState.REGISTERED), Set.of(Party.UNIT))).doesNotContain(Action.ROUTE);
		assertThat(WORKFLOW.allowed(facts(PetitionState.HANDLING), Set.of(Party.UNIT))).contains(Action.REPLY, Action.NOTE);
		assertThatThrownBy(() -> WORKFLOW.check(Action.REPLY, facts(PetitionState.HANDLING), Set.of(Party.OFFICE)))
			.isInstanceOf(ApiProblem.class).hasMessageContaining("承办单位");
		assertThat(WORKFLOW.target(Action.REPLY)).isEqualTo(PetitionState.REPLIED);
	}

	@Test
	void theHandlingLimitIsExtendedOnceAndAReviewFollowsAReplyThenAReReviewEndsIt() {
		assertThat(WORKFLOW.allows(Action.EXTEND, facts(PetitionState.HANDLING), Set.of(Party.OFFICE))).isTrue();
		assertThat(WORKFLOW.allows(Action.EXTEND, new Facts(PetitionState.HANDLING, true, false, false, false),
				Set.of(Party.OFFICE))).isFalse();
		assertThat(WORKFLOW.allows(Action.REQUEST_REVIEW, facts(PetitionState.REPLIED), Set.of(Party.PETITIONER))).isTrue();
		assertThat(WORKFLOW.allows(Action.REQUEST_REVIEW, facts(PetitionState.HANDLING), Set.of(Party.PETITIONER))).isFalse();
		assertThat(WORKFLOW.target(Action.REVIEW)).isEqualTo(PetitionState.REVIEWED);
		assertThat(WORKFLOW.target(Action.RE_REVIEW)).isEqualTo(PetitionState.CLOSED);
		assertThat(WORKFLOW.allowed(facts(PetitionState.CLOSED), Set.of(Party.PETITIONER)))
			.doesNotContain(Action.REQUEST_REVIEW, Action.REQUEST_RE_REVIEW);
	}

	@Test
	void aPetitionIsRatedOnceAndTakenByOneLeader() {
		assertThat(WORKFLOW.allows(Action.RATE, facts(PetitionState.REPLIED), Set.of(Party.PETITIONER))).isTrue();
		assertThat(WORKFLOW.allows(Action.RATE, new Facts(PetitionState.REPLIED, false, false, false, true),
				Set.of(Party.PETITIONER))).isFalse();
		assertThat(WORKFLOW.allows(Action.TAKE_LEAD, new Facts(PetitionState.HANDLING, false, true, false, false),
				Set.of(Party.LEADER))).isFalse();
		assertThat(WORKFLOW.allows(Action.LEAD_VISIT, new Facts(PetitionState.HANDLING, false, true, false, false),
				Set.of(Party.LEADER))).isTrue();
	}
}
