package org.zhili.cases;

import java.util.EnumSet;
import java.util.Set;

import org.zhili.org.OrgUnit;
import org.zhili.org.UnitLevel;
import org.zhili.process.Labelled;
import org.zhili.process.Workflow;

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
	public enum Party implements Labelled {
		/** A hotline operator or grid worker registering cases. */
		INTAKE("受理人员"),
		/** The command centre: routes, approves and reviews. */
		DISPATCHER("派遣员"),
		/** Someone of the unit responsible for the case (主办). */
		LEAD_UNIT("承办单位"),
		/** Someone of a department the street whistled that has not reported in yet. */
		WHISTLED_UNIT("被召集的部门"),
		/** Someone of any unit involved: lead, co-unit (协办) or whistled. */
		INVOLVED_UNIT("参与办理的单位"),
		/** An operator making the follow-up call (回访). */
		CALLBACK("回访人员"),
		/** The supervision office (督查室) or a leader. */
		SUPERVISOR("督查人员"),
		/** The requester, rating the reply themselves. */
		REQUESTER("诉求人"),
		/** zhili itself: deadline timers. */
		SYSTEM("系统");

		private final String label;

		Party(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
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
			boolean returnWindowOpen, Satisfaction satisfaction, Boolean solved) implements Workflow.Facts<CaseState> {

		boolean noPending() {
			return pending == null;
		}

		boolean dissatisfied() {
			return satisfaction == Satisfaction.UNSATISFIED || Boolean.FALSE.equals(solved);
		}
	}

	/** The states of a case not yet closed (the case lists' default, the cockpit's open cases). */
	public static final Set<CaseState> OPEN = java.util.Collections.unmodifiableSet(EnumSet.of(REGISTERED, DISPATCHED,
			HANDLING, SUSPENDED, REPLIED, CaseState.CALLBACK, RATED));
	private static final Set<CaseState> ROUTED = EnumSet.of(DISPATCHED, HANDLING, SUSPENDED, REPLIED, CaseState.CALLBACK,
			RATED);

	/** The clocks of a case: acceptance (签收), handling until the reply (办理), the follow-up call, a whistle's report. */
	public static final String ACCEPT_CLOCK = "accept", FEEDBACK_CLOCK = "feedback", CALLBACK_CLOCK = "callback",
			REPORT_IN_CLOCK = "report-in";

	/** The table. An approval's effect on the clocks (extend, pause) depends on the request it approves. */
	public static final Workflow<CaseState, CaseAction, Party, Facts> WORKFLOW = define();

	private static Workflow<CaseState, CaseAction, Party, Facts> define() {
		Workflow.Definition<CaseState, CaseAction, Party, Facts> w = Workflow.define("工单", Party.class);
		// routing: after too many returns the dispatcher designates a unit, which cannot return it
		w.on(DISPATCH).from(REGISTERED).by(Party.DISPATCHER).when(f -> f.returnCount() < f.maxReturns()).to(DISPATCHED)
			.clock(ACCEPT_CLOCK, Workflow.ClockEffect.START).clock(FEEDBACK_CLOCK, Workflow.ClockEffect.START);
		w.on(DESIGNATE).from(REGISTERED).by(Party.DISPATCHER).when(f -> f.returnCount() >= f.maxReturns()).to(DISPATCHED)
			.clock(ACCEPT_CLOCK, Workflow.ClockEffect.START).clock(FEEDBACK_CLOCK, Workflow.ClockEffect.START);
		// the lead unit signs for the case, or returns it in time when it is not theirs
		w.on(ACCEPT).from(DISPATCHED).by(Party.LEAD_UNIT).when(Facts::noPending).to(HANDLING).clock(ACCEPT_CLOCK, Workflow.ClockEffect.STOP);
		w.on(RETURN).from(DISPATCHED, HANDLING).by(Party.LEAD_UNIT)
			.when(f -> f.noPending() && !f.designated() && f.returnWindowOpen())
			.requires(Workflow.Input.REASON);
		// requests that need the dispatcher: return, extension, suspension, void
		w.on(APPROVE).from(OPEN).by(Party.DISPATCHER).when(f -> !f.noPending());
		w.on(REJECT).from(OPEN).by(Party.DISPATCHER).when(f -> !f.noPending()).requires(Workflow.Input.REASON);
		// handling: the street whistles departments, which report in; everyone involved keeps notes
		w.on(WHISTLE).from(HANDLING).by(Party.LEAD_UNIT).clock(REPORT_IN_CLOCK, Workflow.ClockEffect.START);
		w.on(REPORT).from(HANDLING, SUSPENDED).by(Party.WHISTLED_UNIT).requires(Workflow.Input.REASON)
			.clock(REPORT_IN_CLOCK, Workflow.ClockEffect.STOP);
		w.on(NOTE).from(ROUTED).by(Party.INVOLVED_UNIT, Party.DISPATCHER).requires(Workflow.Input.REASON);
		w.on(EXTEND).from(HANDLING).by(Party.LEAD_UNIT).when(Facts::noPending).requires(Workflow.Input.REASON);
		w.on(SUSPEND).from(HANDLING).by(Party.LEAD_UNIT).when(Facts::noPending).requires(Workflow.Input.REASON);
		w.on(RESUME).from(SUSPENDED).by(Party.LEAD_UNIT, Party.DISPATCHER).to(HANDLING).clock(FEEDBACK_CLOCK, Workflow.ClockEffect.RESUME);
		// spam and duplicates: a unit asks, the dispatcher decides (or voids at once); duplicates are merged
		w.on(VOID).from(REGISTERED, DISPATCHED, HANDLING, SUSPENDED).by(Party.LEAD_UNIT, Party.DISPATCHER)
			.when(Facts::noPending).requires(Workflow.Input.REASON);
		w.on(MERGE).from(REGISTERED, DISPATCHED, HANDLING).by(Party.DISPATCHER).when(Facts::noPending).to(MERGED);
		// the reply, reviewed by the dispatcher: approved, or sent back for rework (返工)
		w.on(REPLY).from(HANDLING).by(Party.LEAD_UNIT).when(Facts::noPending).to(REPLIED)
			.requires(Workflow.Input.RESULT, Workflow.Input.REASON).clock(FEEDBACK_CLOCK, Workflow.ClockEffect.STOP);
		w.on(REVIEW).from(REPLIED).by(Party.DISPATCHER);
		// the follow-up call (回访) or the requester's own rating
		w.on(CaseAction.CALLBACK).from(CaseState.CALLBACK).by(Party.CALLBACK);
		w.on(RATE).from(CaseState.CALLBACK).by(Party.REQUESTER).to(RATED).clock(CALLBACK_CLOCK, Workflow.ClockEffect.STOP);
		// unsatisfied: a new round of the same case (at once when the requester rated it); otherwise close it
		w.on(REDISPATCH).from(RATED).by(Party.DISPATCHER, Party.SYSTEM).when(Facts::dissatisfied).to(DISPATCHED)
			.clock(ACCEPT_CLOCK, Workflow.ClockEffect.START).clock(FEEDBACK_CLOCK, Workflow.ClockEffect.START);
		w.on(CLOSE).from(RATED).by(Party.DISPATCHER).to(CLOSED);
		// supervision and reminders
		w.on(SUPERVISE).from(ROUTED).by(Party.SUPERVISOR, Party.SYSTEM).requires(Workflow.Input.REASON);
		w.on(REMIND).from(DISPATCHED, HANDLING, CaseState.CALLBACK).by(Party.DISPATCHER, Party.SUPERVISOR, Party.SYSTEM);
		w.on(ESCALATE).from(DISPATCHED, HANDLING, CaseState.CALLBACK).by(Party.SYSTEM);
		return w.build();
	}

	private CaseWorkflow() {
	}

	/** Whether the unit can lead or co-handle a case: an active street, community or department. */
	public static boolean canHandle(OrgUnit unit) {
		return unit.active() && (unit.level() == UnitLevel.STREET || unit.level() == UnitLevel.COMMUNITY
				|| unit.level() == UnitLevel.DEPARTMENT);
	}

	/** The actions the given parties may take on a case with these facts, in table order. */
	public static Set<CaseAction> allowed(Facts facts, Set<Party> parties) {
		return WORKFLOW.allowed(facts, parties);
	}

	/** Whether {@code action} is allowed to any of the parties. */
	public static boolean allows(CaseAction action, Facts facts, Set<Party> parties) {
		return WORKFLOW.allows(action, facts, parties);
	}

	/** The fixed target of an action, or {@code null} when the state stays or the action's input decides. */
	public static CaseState target(CaseAction action) {
		return WORKFLOW.target(action);
	}

	/** The parties an action is meant for (for explaining a refusal). */
	public static Set<Party> partiesOf(CaseAction action) {
		return WORKFLOW.partiesOf(action);
	}
}
