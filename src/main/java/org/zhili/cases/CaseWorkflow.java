package org.zhili.cases;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.zhili.cases.CaseAction.*;
import static org.zhili.cases.CaseState.*;

/**
 * The 接诉即办 state machine in one table: which action may be taken in which state, by whom, on what
 * condition, and where it leads. Everything that changes a case goes through {@link #allowed}; the
 * service that performs actions only decides what the action's input chooses (e.g. a review approves or
 * sends back).
 *
 * <pre>
 *  REGISTERED ─dispatch/designate─▶ DISPATCHED ─accept─▶ HANDLING ─reply─▶ REPLIED ─review─▶ CALLBACK ─callback─▶ RATED ─close─▶ CLOSED
 *      ▲                               │   return (approved)    │  ▲ suspend/resume     │ send back              │ unsatisfied
 *      └───────────────────────────────┴────────────────────────┘  SUSPENDED            └─▶ HANDLING             └─redispatch─▶ DISPATCHED
 *  any open state ─void (approved)─▶ VOIDED        REGISTERED/DISPATCHED/HANDLING ─merge─▶ MERGED
 * </pre>
 */
public final class CaseWorkflow {

	/** Who takes an action, as seen from the case. */
	public enum Party {
		/** A hotline operator or grid worker registering cases. */
		INTAKE,
		/** The command centre: routes, approves and reviews. */
		DISPATCHER,
		/** Someone of the unit responsible for the case (主办). */
		LEAD_UNIT,
		/** Someone of a department the street whistled that has not reported in yet. */
		WHISTLED_UNIT,
		/** Someone of any unit involved: lead, co-unit (协办) or whistled. */
		INVOLVED_UNIT,
		/** An operator making the follow-up call (回访). */
		CALLBACK,
		/** The supervision office (督查室) or a leader. */
		SUPERVISOR,
		/** The requester, rating the reply themselves. */
		REQUESTER,
		/** zhili itself: deadline timers. */
		SYSTEM
	}

	/**
	 * What the rules look at.
	 *
	 * @param state the case's state
	 * @param pending a request awaiting approval, or {@code null}
	 * @param designated whether the lead unit was designated (指定) and so cannot return the case
	 * @param returnCount approved returns so far
	 * @param maxReturns returns after which the dispatcher must designate
	 * @param returnWindowOpen whether the lead unit is still within its time to return the case
	 * @param satisfaction the rating, once there is one
	 * @param solved whether the requester said the problem was solved, once asked
	 */
	public record Facts(CaseState state, PendingRequest pending, boolean designated, int returnCount, int maxReturns,
			boolean returnWindowOpen, Satisfaction satisfaction, Boolean solved) {

		boolean noPending() {
			return pending == null;
		}

		boolean dissatisfied() {
			return satisfaction == Satisfaction.UNSATISFIED || Boolean.FALSE.equals(solved);
		}
	}

	/**
	 * One line of the table.
	 *
	 * @param to where the action leads, or {@code null} when the state stays or the input decides
	 */
	record Rule(CaseAction action, Set<CaseState> from, Set<Party> parties, Predicate<Facts> condition, CaseState to) {
	}

	private static final Set<CaseState> OPEN = EnumSet.of(REGISTERED, DISPATCHED, HANDLING, SUSPENDED, REPLIED,
			CaseState.CALLBACK, RATED);
	private static final Set<CaseState> ROUTED = EnumSet.of(DISPATCHED, HANDLING, SUSPENDED, REPLIED, CaseState.CALLBACK,
			RATED);
	private static final Predicate<Facts> ALWAYS = f -> true;

	static final List<Rule> RULES = List.of(
			// routing: after too many returns the dispatcher designates a unit, which cannot return it
			rule(DISPATCH, Set.of(REGISTERED), Party.DISPATCHER, f -> f.returnCount() < f.maxReturns(), DISPATCHED),
			rule(DESIGNATE, Set.of(REGISTERED), Party.DISPATCHER, f -> f.returnCount() >= f.maxReturns(), DISPATCHED),
			// the lead unit signs for the case, or returns it in time when it is not theirs
			rule(ACCEPT, Set.of(DISPATCHED), Party.LEAD_UNIT, Facts::noPending, HANDLING),
			rule(RETURN, Set.of(DISPATCHED, HANDLING), Party.LEAD_UNIT,
					f -> f.noPending() && !f.designated() && f.returnWindowOpen(), null),
			// requests that need the dispatcher: return, extension, suspension, void
			rule(APPROVE, OPEN, Party.DISPATCHER, f -> !f.noPending(), null),
			rule(REJECT, OPEN, Party.DISPATCHER, f -> !f.noPending(), null),
			// handling: the street whistles departments, which report in; everyone involved keeps notes
			rule(WHISTLE, Set.of(HANDLING), Party.LEAD_UNIT, ALWAYS, null),
			rule(REPORT, Set.of(HANDLING, SUSPENDED), Party.WHISTLED_UNIT, ALWAYS, null),
			rule(NOTE, ROUTED, Set.of(Party.INVOLVED_UNIT, Party.DISPATCHER), ALWAYS, null),
			rule(EXTEND, Set.of(HANDLING), Party.LEAD_UNIT, Facts::noPending, null),
			rule(SUSPEND, Set.of(HANDLING), Party.LEAD_UNIT, Facts::noPending, null),
			rule(RESUME, Set.of(SUSPENDED), Set.of(Party.LEAD_UNIT, Party.DISPATCHER), ALWAYS, HANDLING),
			// spam and duplicates: a unit asks, the dispatcher decides (or voids at once); duplicates are merged
			rule(VOID, Set.of(REGISTERED, DISPATCHED, HANDLING, SUSPENDED), Set.of(Party.LEAD_UNIT, Party.DISPATCHER),
					Facts::noPending, null),
			rule(MERGE, Set.of(REGISTERED, DISPATCHED, HANDLING), Party.DISPATCHER, Facts::noPending, MERGED),
			// the reply, reviewed by the dispatcher: approved, or sent back for rework (返工)
			rule(REPLY, Set.of(HANDLING), Party.LEAD_UNIT, Facts::noPending, REPLIED),
			rule(REVIEW, Set.of(REPLIED), Party.DISPATCHER, ALWAYS, null),
			// the follow-up call (回访) or the requester's own rating
			rule(CaseAction.CALLBACK, Set.of(CaseState.CALLBACK), Party.CALLBACK, ALWAYS, null),
			rule(RATE, Set.of(CaseState.CALLBACK), Party.REQUESTER, ALWAYS, RATED),
			// unsatisfied: a new round of the same case (at once when the requester rated it); otherwise close it
			rule(REDISPATCH, Set.of(RATED), Set.of(Party.DISPATCHER, Party.SYSTEM), Facts::dissatisfied, DISPATCHED),
			rule(CLOSE, Set.of(RATED), Party.DISPATCHER, ALWAYS, CLOSED),
			// supervision and reminders
			rule(SUPERVISE, ROUTED, Party.SUPERVISOR, ALWAYS, null),
			rule(REMIND, Set.of(DISPATCHED, HANDLING, CaseState.CALLBACK),
					Set.of(Party.DISPATCHER, Party.SUPERVISOR, Party.SYSTEM), ALWAYS, null),
			rule(ESCALATE, Set.of(DISPATCHED, HANDLING, CaseState.CALLBACK), Party.SYSTEM, ALWAYS, null));

	private CaseWorkflow() {
	}

	/** The actions the given parties may take on a case with these facts, in table order. */
	public static Set<CaseAction> allowed(Facts facts, Set<Party> parties) {
		Set<CaseAction> actions = new LinkedHashSet<>();
		for (Rule rule : RULES) {
			if (rule.from().contains(facts.state()) && rule.condition().test(facts)
					&& rule.parties().stream().anyMatch(parties::contains)) {
				actions.add(rule.action());
			}
		}
		return actions;
	}

	/** Whether {@code action} is allowed to any of the parties. */
	public static boolean allows(CaseAction action, Facts facts, Set<Party> parties) {
		return allowed(facts, parties).contains(action);
	}

	/** The fixed target of an action, or {@code null} when the state stays or the action's input decides. */
	public static CaseState target(CaseAction action) {
		return RULES.stream().filter(r -> r.action() == action).map(Rule::to).findFirst().orElse(null);
	}

	/** The parties an action is meant for (for explaining a refusal). */
	public static Set<Party> partiesOf(CaseAction action) {
		Set<Party> parties = EnumSet.noneOf(Party.class);
		RULES.stream().filter(r -> r.action() == action).forEach(r -> parties.addAll(r.parties()));
		return parties;
	}

	private static Rule rule(CaseAction action, Set<CaseState> from, Party party, Predicate<Facts> condition, CaseState to) {
		return new Rule(action, from, Set.of(party), condition, to);
	}

	private static Rule rule(CaseAction action, Set<CaseState> from, Set<Party> parties, Predicate<Facts> condition,
			CaseState to) {
		return new Rule(action, from, parties, condition, to);
	}
}
