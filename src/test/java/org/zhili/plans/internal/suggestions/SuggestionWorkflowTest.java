package org.zhili.plans.internal.suggestions;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.zhili.platform.ApiProblem;
import org.zhili.plans.internal.suggestions.SuggestionWorkflow.Facts;
import org.zhili.plans.internal.suggestions.SuggestionWorkflow.Party;
import org.zhili.plans.internal.suggestions.SuggestionWorkflow.State;
import org.zhili.process.Workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.zhili.plans.internal.suggestions.SuggestionWorkflow.Action.*;
import static org.zhili.plans.internal.suggestions.SuggestionWorkflow.WORKFLOW;

/** Which party may take which action on a suggestion in which state: the table, read through the process kit. */
class SuggestionWorkflowTest {

	static final Set<Party> EVERYONE = EnumSet.allOf(Party.class);

	static Facts in(State state) {
		return new Facts(state);
	}

	@Test
	void aRegisteredSuggestionCanOnlyBeAssignedByTheOffice() {
		assertThat(WORKFLOW.allowed(in(State.REGISTERED), EVERYONE)).containsExactly(ASSIGN);
		assertThat(WORKFLOW.allowed(in(State.REGISTERED), Set.of(Party.LEAD_UNIT, Party.CO_UNIT))).isEmpty();
		assertThat(WORKFLOW.partiesOf(ASSIGN)).containsExactly(Party.OFFICE);
	}

	@Test
	void whileAssignedTheCoUnitsGiveOpinionsAndTheLeadUnitReplies() {
		assertThat(WORKFLOW.allowed(in(State.ASSIGNED), Set.of(Party.CO_UNIT))).containsExactly(OPINION);
		assertThat(WORKFLOW.allowed(in(State.ASSIGNED), Set.of(Party.LEAD_UNIT))).containsExactly(REPLY);
		assertThat(WORKFLOW.allowed(in(State.ASSIGNED), Set.of(Party.OFFICE))).containsExactly(ASSIGN);
		assertThat(WORKFLOW.allowed(in(State.ASSIGNED), EVERYONE)).doesNotContain(FEEDBACK);
	}

	@Test
	void onlyTheOfficeRecordsTheSubmittersFeedbackOnAReply() {
		assertThat(WORKFLOW.allowed(in(State.REPLIED), EVERYONE)).containsExactly(FEEDBACK);
		assertThat(WORKFLOW.allowed(in(State.REPLIED), Set.of(Party.LEAD_UNIT, Party.CO_UNIT))).isEmpty();
	}

	@Test
	void aClosedSuggestionAllowsNothingAndEveryOtherStateHasAWayOn() {
		assertThat(WORKFLOW.allowed(in(State.CLOSED), EVERYONE)).isEmpty();
		for (State state : EnumSet.complementOf(EnumSet.of(State.CLOSED))) {
			assertThat(WORKFLOW.allowed(in(state), EVERYONE)).as(state.name()).isNotEmpty();
		}
	}

	@Test
	void assigningAndReplyingLeadOnwardsWhileFeedbackDependsOnTheRating() {
		assertThat(WORKFLOW.target(ASSIGN)).isEqualTo(State.ASSIGNED);
		assertThat(WORKFLOW.target(REPLY)).isEqualTo(State.REPLIED);
		// an opinion leaves the state as it is; feedback closes, or sends back to ASSIGNED for a redo
		assertThat(WORKFLOW.rules()).filteredOn(r -> r.action() == OPINION || r.action() == FEEDBACK)
			.isNotEmpty().allSatisfy(r -> assertThat(r.to()).isNull());
	}

	@Test
	void theAnswerClockRunsFromAssignmentToTheReply() {
		assertThat(WORKFLOW.clocks(ASSIGN)).containsEntry(SuggestionWorkflow.ANSWER_CLOCK, Workflow.ClockEffect.START);
		assertThat(WORKFLOW.clocks(REPLY)).containsEntry(SuggestionWorkflow.ANSWER_CLOCK, Workflow.ClockEffect.STOP);
		assertThat(WORKFLOW.clocks(OPINION)).isEmpty();
		assertThat(WORKFLOW.inputs(REPLY)).contains(Workflow.Input.RESULT);
	}

	@Test
	void aRefusalSaysWhetherTheStateOrTheWrongPartyStandsInTheWay() {
		ApiProblem wrongState = catchThrowableOfType(ApiProblem.class,
				() -> WORKFLOW.check(REPLY, in(State.REPLIED), Set.of(Party.LEAD_UNIT)));
		assertThat(wrongState).isNotNull();
		assertThat(wrongState.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(wrongState.code()).isEqualTo("action_not_allowed");

		ApiProblem wrongParty = catchThrowableOfType(ApiProblem.class,
				() -> WORKFLOW.check(REPLY, in(State.ASSIGNED), Set.of(Party.CO_UNIT)));
		assertThat(wrongParty).isNotNull();
		assertThat(wrongParty.status()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(wrongParty.code()).isEqualTo("not_your_action");
		assertThat(wrongParty.getMessage()).contains(Party.LEAD_UNIT.label());

		WORKFLOW.check(REPLY, in(State.ASSIGNED), Set.of(Party.LEAD_UNIT)); // allowed: no exception
	}
}
