package org.zhili.plans.internal;

import java.util.List;
import java.util.Set;

/**
 * The life of a deputy's suggestion or a CPPCC proposal, as one table (like the cases module's
 * {@code CaseWorkflow}): which action is allowed in which state, by whom, and where it leads.
 *
 * <pre>
 * REGISTERED ─assign─▶ ASSIGNED ─reply (all co-units' opinions in)─▶ REPLIED ─feedback─▶ CLOSED
 *                        ▲  └─opinion (co-unit)                         │ unsatisfied
 *                        └────────────────redo (2 months)───────────────┘
 * </pre>
 */
final class SuggestionWorkflow {

	enum State {
		REGISTERED("待交办"), ASSIGNED("办理中"), REPLIED("待反馈"), CLOSED("已办结");

		final String label;

		State(String label) {
			this.label = label;
		}
	}

	enum Action {
		ASSIGN, OPINION, REPLY, FEEDBACK
	}

	/** Who acts: the supervision office (交办 and recording the submitter's feedback), the lead unit, a co-unit. */
	enum Party {
		OFFICE, LEAD_UNIT, CO_UNIT
	}

	record Rule(Action action, Set<State> from, Party party) {
	}

	static final List<Rule> RULES = List.of(
			new Rule(Action.ASSIGN, Set.of(State.REGISTERED, State.ASSIGNED), Party.OFFICE),
			new Rule(Action.OPINION, Set.of(State.ASSIGNED), Party.CO_UNIT),
			new Rule(Action.REPLY, Set.of(State.ASSIGNED), Party.LEAD_UNIT),
			new Rule(Action.FEEDBACK, Set.of(State.REPLIED), Party.OFFICE));

	private SuggestionWorkflow() {
	}

	static boolean allowed(Action action, State state, Set<Party> parties) {
		return RULES.stream().anyMatch(r -> r.action() == action && r.from().contains(state) && parties.contains(r.party()));
	}

	static List<Action> actions(State state, Set<Party> parties) {
		return RULES.stream().filter(r -> r.from().contains(state) && parties.contains(r.party())).map(Rule::action).toList();
	}
}
