package org.zhili.cases;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhili.cases.CaseWorkflow.Facts;
import org.zhili.cases.CaseWorkflow.Party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.cases.CaseAction.*;

class CaseWorkflowTest {

	static final Set<Party> EVERYONE = EnumSet.allOf(Party.class);

	static Facts in(CaseState state) {
		return new Facts(state, null, false, 0, 3, true, null, null);
	}

	@Test
	void aNewCaseCanOnlyBeRoutedVoidedOrMerged() {
		assertThat(CaseWorkflow.allowed(in(CaseState.REGISTERED), EVERYONE)).containsExactly(DISPATCH, VOID, MERGE);
	}

	@Test
	void afterThreeReturnsTheDispatcherMustDesignate() {
		Facts returnedThrice = new Facts(CaseState.REGISTERED, null, false, 3, 3, true, null, null);

		assertThat(CaseWorkflow.allowed(returnedThrice, Set.of(Party.DISPATCHER))).contains(DESIGNATE).doesNotContain(DISPATCH);
	}

	@Test
	void aDesignatedUnitCannotReturnAndNobodyReturnsAfterTheWindow() {
		Facts designated = new Facts(CaseState.DISPATCHED, null, true, 3, 3, true, null, null);
		Facts late = new Facts(CaseState.DISPATCHED, null, false, 0, 3, false, null, null);

		assertThat(CaseWorkflow.allowed(designated, Set.of(Party.LEAD_UNIT))).contains(ACCEPT).doesNotContain(RETURN);
		assertThat(CaseWorkflow.allowed(late, Set.of(Party.LEAD_UNIT))).contains(ACCEPT).doesNotContain(RETURN);
	}

	@Test
	void aPendingRequestBlocksTheUnitUntilTheDispatcherDecides() {
		Facts pending = new Facts(CaseState.HANDLING, PendingRequest.EXTENSION, false, 0, 3, true, null, null);

		assertThat(CaseWorkflow.allowed(pending, Set.of(Party.LEAD_UNIT))).doesNotContain(REPLY, EXTEND, SUSPEND, RETURN);
		assertThat(CaseWorkflow.allowed(pending, Set.of(Party.DISPATCHER))).contains(APPROVE, REJECT);
	}

	@Test
	void onlyAnUnsatisfiedOrUnsolvedRatingCanBeRedispatched() {
		Facts satisfied = new Facts(CaseState.RATED, null, false, 0, 3, true, Satisfaction.SATISFIED, true);
		Facts unsatisfied = new Facts(CaseState.RATED, null, false, 0, 3, true, Satisfaction.UNSATISFIED, true);
		Facts unsolved = new Facts(CaseState.RATED, null, false, 0, 3, true, Satisfaction.BASICALLY_SATISFIED, false);

		assertThat(CaseWorkflow.allowed(satisfied, EVERYONE)).contains(CLOSE).doesNotContain(REDISPATCH, VOID);
		assertThat(CaseWorkflow.allowed(unsatisfied, EVERYONE)).contains(REDISPATCH, CLOSE);
		assertThat(CaseWorkflow.allowed(unsolved, EVERYONE)).contains(REDISPATCH);
	}

	@Test
	void endedCasesAllowNothing() {
		for (CaseState state : EnumSet.of(CaseState.CLOSED, CaseState.VOIDED, CaseState.MERGED)) {
			assertThat(CaseWorkflow.allowed(in(state), EVERYONE)).as(state.name()).isEmpty();
		}
	}

	@Test
	void everyStateButTheEndsHasAWayOn() {
		for (CaseState state : CaseState.values()) {
			if (!state.terminal()) {
				assertThat(CaseWorkflow.allowed(in(state), EVERYONE)).as(state.name()).isNotEmpty();
			}
		}
	}

	@Test
	void actionPathsRoundTrip() {
		for (CaseAction action : CaseAction.values()) {
			assertThat(CaseAction.fromPath(action.path())).isEqualTo(action);
		}
		assertThat(REPLY_SHARED.path()).isEqualTo("reply-shared");
	}
}
