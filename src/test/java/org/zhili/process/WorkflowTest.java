package org.zhili.process;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhili.platform.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A small loop declared on the kit: a work order that the office may send back for 复核 (re-check). */
class WorkflowTest {

	enum State implements Labelled {
		OPEN("办理中"), DONE("待复核"), CLOSED("已办结");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	enum Action implements Labelled {
		FINISH("办结"), RECHECK("复核退回"), CLOSE("结案");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	enum Party implements Labelled {
		UNIT("承办单位"), OFFICE("督查室");

		private final String label;

		Party(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	record Facts(State state, int rechecks) implements Workflow.Facts<State> {
	}

	static final Workflow<State, Action, Party, Facts> ORDER = define();

	static Workflow<State, Action, Party, Facts> define() {
		Workflow.Definition<State, Action, Party, Facts> w = Workflow.define("工单", Party.class);
		w.on(Action.FINISH).from(State.OPEN).by(Party.UNIT).to(State.DONE).requires(Workflow.Input.RESULT)
			.clock("handle", Workflow.ClockEffect.STOP);
		w.on(Action.RECHECK).from(State.DONE).by(Party.OFFICE).when(f -> f.rechecks() < 2).to(State.OPEN)
			.requires(Workflow.Input.REASON).clock("handle", Workflow.ClockEffect.START);
		w.on(Action.CLOSE).from(State.DONE).by(Party.OFFICE).to(State.CLOSED);
		return w.build();
	}

	@Test
	void answersWhichActionsAPartyMayTakeNow() {
		assertThat(ORDER.allowed(new Facts(State.DONE, 0), Set.of(Party.OFFICE))).containsExactly(Action.RECHECK,
				Action.CLOSE);
		assertThat(ORDER.allowed(new Facts(State.DONE, 2), Set.of(Party.OFFICE))).containsExactly(Action.CLOSE);
		assertThat(ORDER.allowed(new Facts(State.DONE, 0), Set.of(Party.UNIT))).isEmpty();
		assertThat(ORDER.allowed(new Facts(State.CLOSED, 0), Set.of(Party.UNIT, Party.OFFICE))).isEmpty();
	}

	@Test
	void namesTargetsInputsAndClocksFromTheTable() {
		assertThat(ORDER.target(Action.RECHECK)).isEqualTo(State.OPEN);
		assertThat(ORDER.inputs(Action.FINISH)).containsExactly(Workflow.Input.RESULT);
		assertThat(ORDER.clocks(Action.RECHECK)).containsEntry("handle", Workflow.ClockEffect.START);
		assertThat(ORDER.partiesOf(Action.CLOSE)).containsExactly(Party.OFFICE);
	}

	@Test
	void refusesWithAConflictWhenTheStateDoesNotAllowItAndForbiddenWhenItIsSomeoneElses() {
		assertThatThrownBy(() -> ORDER.check(Action.CLOSE, new Facts(State.OPEN, 0), Set.of(Party.UNIT)))
			.isInstanceOfSatisfying(ApiProblem.class, p -> {
				assertThat(p.code()).isEqualTo("action_not_allowed");
				assertThat(p.getMessage()).contains("工单当前为“办理中”，不能结案；可执行：finish");
			});
		assertThatThrownBy(() -> ORDER.check(Action.CLOSE, new Facts(State.DONE, 0), Set.of(Party.UNIT)))
			.isInstanceOfSatisfying(ApiProblem.class, p -> {
				assertThat(p.code()).isEqualTo("not_your_action");
				assertThat(p.getMessage()).isEqualTo("结案须由督查室执行");
			});
	}

	@Test
	void anActionWithoutWhatTheTableRequiresIsABadRequestNamingTheLoopsField() {
		assertThatThrownBy(() -> ORDER.checkInputs(Action.RECHECK, List.of(Workflow.Given.of(Workflow.Input.REASON, "note", " "))))
			.isInstanceOfSatisfying(ApiProblem.class, p -> {
				assertThat(p.code()).isEqualTo("note_required");
				assertThat(p.getMessage()).isEqualTo("请填写理由或说明（复核退回）");
			});
		assertThatThrownBy(() -> ORDER.checkInputs(Action.FINISH, List.of()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.code()).isEqualTo("result_required"));
		ORDER.checkInputs(Action.RECHECK, List.of(Workflow.Given.of(Workflow.Input.REASON, "note", "照片不清楚")));
		ORDER.checkInputs(Action.CLOSE, List.of());
	}

	@Test
	void aRuleWithoutStatesOrPartiesIsADefinitionError() {
		Workflow.Definition<State, Action, Party, Facts> w = Workflow.define("工单", Party.class);
		w.on(Action.CLOSE).by(Party.OFFICE);
		assertThatThrownBy(w::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("CLOSE");
	}
}
