package org.zhili.cases.internal.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseWorkflow;
import org.zhili.cases.internal.handling.CaseSteps;

import static org.assertj.core.api.Assertions.assertThat;

/** Every step a person takes on the case page has a form asking what {@link CaseSteps} needs. */
class ActionFormsTest {

	/** Steps nobody takes from the case page: intake, the requester's own rating, zhili's timers and calendar corrections, merges' echoes. */
	private static final Set<CaseAction> NOT_ON_THE_PAGE = EnumSet.of(CaseAction.REGISTER, CaseAction.ANSWER,
			CaseAction.RATE, CaseAction.ESCALATE, CaseAction.REPLY_SHARED, CaseAction.RECOMPUTE);

	@Test
	void everyStepAPersonTakesHasAForm() {
		List<String> all = Arrays.stream(CaseAction.values())
			.filter(a -> !NOT_ON_THE_PAGE.contains(a))
			.map(CaseAction::path)
			.toList();
		assertThat(ActionForms.of(all)).extracting(ActionForms.Form::action).containsExactlyElementsOf(all);
	}

	@Test
	void stepsThatNeedAReasonAskForIt() {
		assertThat(form("return").fields()).containsExactly("note");
		assertThat(form("extend").fields()).containsExactly("limit", "note");
		assertThat(form("reply").fields()).containsExactly("result", "note");
		assertThat(form("review").fields()).containsExactly("approved", "reviewNote");
		assertThat(form("callback").fields()).contains("reached", "solved", "satisfaction");
		assertThat(form("supervise").fields()).containsExactly("level", "note");
		assertThat(form("whistle").fields()).contains("departments");
		assertThat(form("accept").fields()).containsExactly("remark");
	}

	@Test
	void theFormsFollowTheWorkflowsChoiceAndLeaveOutStepsWithoutOne() {
		Set<CaseWorkflow.Party> street = EnumSet.of(CaseWorkflow.Party.LEAD_UNIT, CaseWorkflow.Party.INVOLVED_UNIT);
		List<String> allowed = CaseWorkflow
			.allowed(new CaseWorkflow.Facts(org.zhili.cases.CaseState.DISPATCHED, null, false, 0, 3, true, null, null), street)
			.stream()
			.map(CaseAction::path)
			.toList();
		assertThat(ActionForms.of(allowed)).extracting(ActionForms.Form::action).containsExactlyElementsOf(allowed)
			.contains("accept", "return");
		assertThat(ActionForms.of(List.of("escalate", "accept"))).extracting(ActionForms.Form::action)
			.containsExactly("accept");
	}

	private static ActionForms.Form form(String action) {
		return ActionForms.of(List.of(action)).get(0);
	}
}
