package org.zhili.plans.internal.suggestions;

import org.zhili.process.Labelled;
import org.zhili.process.Workflow;

import static org.zhili.plans.internal.suggestions.SuggestionWorkflow.Action.*;
import static org.zhili.plans.internal.suggestions.SuggestionWorkflow.State.*;

/**
 * The life of a deputy's suggestion or a CPPCC proposal, declared on the process kit's {@link Workflow}: which
 * action is allowed in which state, by whom, and where it leads.
 *
 * <pre>
 * REGISTERED ─assign─▶ ASSIGNED ─reply (all co-units' opinions in)─▶ REPLIED ─feedback─▶ CLOSED
 *                        ▲  └─opinion (co-unit)                         │ unsatisfied
 *                        └────────────────redo (2 months)───────────────┘
 * </pre>
 */
final class SuggestionWorkflow {

	enum State implements Labelled {
		REGISTERED("待交办"), ASSIGNED("办理中"), REPLIED("待反馈"), CLOSED("已办结");

		private final String label;

		State(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	enum Action implements Labelled {
		ASSIGN("交办"), OPINION("协办意见"), REPLY("答复"), FEEDBACK("反馈");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** Who acts: the supervision office (交办 and recording the submitter's feedback), the lead unit, a co-unit. */
	enum Party implements Labelled {
		OFFICE("督查室"), LEAD_UNIT("主办单位"), CO_UNIT("协办单位");

		private final String label;

		Party(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	record Facts(State state) implements Workflow.Facts<State> {
	}

	/** The answer clock runs from 交办 to the reply; an unsatisfied submitter's feedback starts it again (redo). */
	static final String ANSWER_CLOCK = "answer";

	/** Feedback leads to CLOSED, or back to ASSIGNED for a redo when the submitter is unsatisfied. */
	static final Workflow<State, Action, Party, Facts> WORKFLOW = define();

	private static Workflow<State, Action, Party, Facts> define() {
		Workflow.Definition<State, Action, Party, Facts> w = Workflow.define("建议提案", Party.class);
		w.on(ASSIGN).from(REGISTERED, ASSIGNED).by(Party.OFFICE).to(ASSIGNED)
			.clock(ANSWER_CLOCK, Workflow.ClockEffect.START);
		w.on(OPINION).from(ASSIGNED).by(Party.CO_UNIT).requires(Workflow.Input.REASON);
		w.on(REPLY).from(ASSIGNED).by(Party.LEAD_UNIT).to(REPLIED).requires(Workflow.Input.RESULT, Workflow.Input.REASON)
			.clock(ANSWER_CLOCK, Workflow.ClockEffect.STOP);
		w.on(FEEDBACK).from(REPLIED).by(Party.OFFICE).requires(Workflow.Input.RESULT);
		return w.build();
	}

	private SuggestionWorkflow() {
	}
}
