package org.zhili.inspection.internal.rectification;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.zhili.inspection.Rectifications.State;
import org.zhili.inspection.internal.rectification.RectificationWorkflow.Facts;
import org.zhili.inspection.internal.rectification.RectificationWorkflow.Party;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.zhili.inspection.internal.rectification.RectificationWorkflow.Action.RECHECK;
import static org.zhili.inspection.internal.rectification.RectificationWorkflow.Action.REPORT;
import static org.zhili.inspection.internal.rectification.RectificationWorkflow.WORKFLOW;

/** Who may do what when on a rectification: the table, read through the process kit. */
class RectificationWorkflowTest {

	static final Set<Party> EVERYONE = EnumSet.allOf(Party.class);
	static final Set<Party> UNIT = EnumSet.of(Party.UNIT);
	/** A checker of the unit itself (a department re-checking what it had rectified). */
	static final Set<Party> OWN_CHECKER = EnumSet.of(Party.UNIT, Party.CHECKER);
	static final Set<Party> OUTSIDE_CHECKER = EnumSet.of(Party.CHECKER, Party.INDEPENDENT_CHECKER);

	static Facts general(State state) {
		return new Facts(state, false);
	}

	static Facts major(State state) {
		return new Facts(state, true);
	}

	@Test
	void whileOpenOnlyTheUnitActsAndOnlyByReportingItDone() {
		assertThat(WORKFLOW.allowed(general(State.OPEN), UNIT)).containsExactly(REPORT);
		assertThat(WORKFLOW.allowed(major(State.OPEN), UNIT)).containsExactly(REPORT);
		assertThat(WORKFLOW.allowed(general(State.OPEN), OUTSIDE_CHECKER)).isEmpty();
		assertThat(WORKFLOW.target(REPORT)).isEqualTo(State.REPORTED);
		assertThat(WORKFLOW.clocks(REPORT)).containsEntry(RectificationWorkflow.DEADLINE_CLOCK, Workflow.ClockEffect.STOP);

		// Re-checking what was not reported done is refused for everyone, naming what may be done instead.
		ApiProblem early = catchThrowableOfType(ApiProblem.class,
				() -> WORKFLOW.check(RECHECK, general(State.OPEN), OUTSIDE_CHECKER));
		assertThat(early.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(early.code()).isEqualTo("action_not_allowed");
		assertThat(early.getMessage()).contains("整改中", "复查");
		// Someone else's report is someone else's action.
		ApiProblem notTheirs = catchThrowableOfType(ApiProblem.class,
				() -> WORKFLOW.check(REPORT, general(State.OPEN), OUTSIDE_CHECKER));
		assertThat(notTheirs.status()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(notTheirs.getMessage()).contains("整改单位");
	}

	@Test
	void aReportedGeneralHazardIsReCheckedByAnyCheckerButNotByTheUnitAlone() {
		assertThat(WORKFLOW.allowed(general(State.REPORTED), OUTSIDE_CHECKER)).containsExactly(RECHECK);
		assertThat(WORKFLOW.allowed(general(State.REPORTED), OWN_CHECKER)).containsExactly(RECHECK);
		assertThat(WORKFLOW.allowed(general(State.REPORTED), UNIT)).isEmpty();
		ApiProblem unit = catchThrowableOfType(ApiProblem.class, () -> WORKFLOW.check(RECHECK, general(State.REPORTED), UNIT));
		assertThat(unit.status()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(unit.code()).isEqualTo("not_your_action");
		// Reported once is reported: a second report waits for the 复查.
		assertThat(catchThrowableOfType(ApiProblem.class, () -> WORKFLOW.check(REPORT, general(State.REPORTED), UNIT)).status())
			.isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void aReportedMajorHazardIsReCheckedOnlyFromOutsideTheUnitThatRectifiedIt() {
		assertThat(WORKFLOW.allowed(major(State.REPORTED), OUTSIDE_CHECKER)).containsExactly(RECHECK);
		assertThat(WORKFLOW.allowed(major(State.REPORTED), OWN_CHECKER)).isEmpty();
		ApiProblem own = catchThrowableOfType(ApiProblem.class, () -> WORKFLOW.check(RECHECK, major(State.REPORTED), OWN_CHECKER));
		assertThat(own.status()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(own.getMessage()).contains("整改单位以外的复查人员");
	}

	@Test
	void aClosedRectificationAllowsNothingAndEveryOtherStateHasAWayOn() {
		assertThat(WORKFLOW.allowed(general(State.CLOSED), EVERYONE)).isEmpty();
		assertThat(WORKFLOW.allowed(major(State.CLOSED), EVERYONE)).isEmpty();
		for (State state : EnumSet.complementOf(EnumSet.of(State.CLOSED))) {
			assertThat(WORKFLOW.allowed(general(state), EVERYONE)).as(state.name()).isNotEmpty();
			assertThat(WORKFLOW.allowed(major(state), EVERYONE)).as(state.name()).isNotEmpty();
		}
		// The 复查's result decides where it leads: 销号 or back to the unit.
		assertThat(WORKFLOW.target(RECHECK)).isNull();
	}

	@Test
	void aReportSaysWhatWasDoneAndAReCheckItsResultAndFindings() {
		ApiProblem blank = catchThrowableOfType(ApiProblem.class,
				() -> WORKFLOW.checkInputs(REPORT, List.of(Workflow.Given.of(Workflow.Input.REASON, "note", " "))));
		assertThat(blank.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(blank.code()).isEqualTo("note_required");
		ApiProblem noResult = catchThrowableOfType(ApiProblem.class, () -> WORKFLOW.checkInputs(RECHECK,
				List.of(Workflow.Given.of(Workflow.Input.RESULT, "passed", null),
						Workflow.Given.of(Workflow.Input.REASON, "note", "已清理"))));
		assertThat(noResult.code()).isEqualTo("passed_required");
	}
}
