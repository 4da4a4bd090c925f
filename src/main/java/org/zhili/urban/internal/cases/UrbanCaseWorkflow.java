package org.zhili.urban.internal.cases;

import java.util.EnumSet;
import java.util.Set;

import org.zhili.process.Labelled;
import org.zhili.process.Workflow;

import static org.zhili.urban.internal.cases.UrbanCaseWorkflow.Action.*;
import static org.zhili.urban.internal.cases.UrbanCaseWorkflow.State.*;

/**
 * The urban-management case (GB/T 30428.8) declared on the process kit's {@link Workflow}. A 监督员's own report
 * waits for 立案; a public report is first 核实ed on site by a 监督员 (a false one ends as not valid). The 值班长
 * registers it against the 小类's 立案条件 (or declines it), the 派遣员 dispatches it to the 专业部门, which reports
 * it done with a photo; a 监督员 checks it on site (failed: back to 处置) and the 值班长 closes it against the
 * 结案条件. 延期, 回退, 挂账 and 作废 are requested and take effect only when the 值班长 approves.
 *
 * <pre>
 * TO_VERIFY ─verify─▶ TO_REGISTER ─register─▶ TO_DISPATCH ─dispatch─▶ HANDLING ─feedback─▶ TO_CHECK ─check ok─▶ TO_CLOSE ─close─▶ CLOSED
 *    └─(false)─▶ NOT_VALID ◀─decline─┘            ▲ 回退 (approved)      │  ▲ └─ check failed ──┘
 *                                                 └─────────────────────┘  │ 挂账 (approved) ─▶ SUSPENDED ─resume─▶ HANDLING
 *                                      any open state ─ 作废 (approved) ─▶ VOIDED
 * </pre>
 */
public final class UrbanCaseWorkflow {

	public enum State implements Labelled {
		TO_VERIFY("待核实"), TO_REGISTER("待立案"), TO_DISPATCH("待派遣"), HANDLING("处置中"), TO_CHECK("待核查"),
		TO_CLOSE("待结案"), SUSPENDED("挂账"), CLOSED("已结案"), NOT_VALID("不予立案"), VOIDED("已作废");

		private final String label;

		State(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}

		public boolean open() {
			return this != CLOSED && this != NOT_VALID && this != VOIDED;
		}

		/** The stage clock that runs in this state, or {@code null} (挂账 pauses the 处置 clock; ended cases have none). */
		public String clock() {
			return switch (this) {
				case TO_VERIFY -> VERIFY_CLOCK;
				case TO_REGISTER -> REGISTER_CLOCK;
				case TO_DISPATCH -> DISPATCH_CLOCK;
				case HANDLING -> HANDLE_CLOCK;
				case TO_CHECK -> CHECK_CLOCK;
				case TO_CLOSE -> CLOSE_CLOCK;
				default -> null;
			};
		}
	}

	public enum Action implements Labelled {
		VERIFY("核实"), REGISTER("立案"), DECLINE("不予立案"), DISPATCH("派遣"), FEEDBACK("处理反馈"), CHECK("核查"),
		CLOSE("结案"), REQUEST("申请延期、回退、挂账或作废"), APPROVE("批准申请"), REFUSE("不批准申请"), RESUME("恢复处置");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** Who acts, as seen from the case. */
	public enum Party implements Labelled {
		PATROLLER("负责该区域的监督员"), CHIEF("值班长"), DISPATCHER("派遣员"), HANDLER("承办的专业部门");

		private final String label;

		Party(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** A request that needs the 值班长's approval. */
	public enum RequestKind implements Labelled {
		POSTPONE("延期"), RETURN("回退"), SUSPEND("挂账"), VOID("作废");

		private final String label;

		RequestKind(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** @param pending the open request's kind, or {@code null} */
	record Facts(State state, RequestKind pending) implements Workflow.Facts<State> {
	}

	static final String VERIFY_CLOCK = "verify", REGISTER_CLOCK = "register", DISPATCH_CLOCK = "dispatch",
			HANDLE_CLOCK = "handle", CHECK_CLOCK = "check", CLOSE_CLOCK = "close";

	static final Set<State> OPEN = EnumSet.of(TO_VERIFY, TO_REGISTER, TO_DISPATCH, HANDLING, TO_CHECK, TO_CLOSE, SUSPENDED);

	static final Workflow<State, Action, Party, Facts> WORKFLOW = define();

	private static Workflow<State, Action, Party, Facts> define() {
		Workflow.Definition<State, Action, Party, Facts> w = Workflow.define("案卷", Party.class);
		// the outcome (true: 属实, false: not) decides between TO_REGISTER and NOT_VALID
		w.on(VERIFY).from(TO_VERIFY).by(Party.PATROLLER).requires(Workflow.Input.RESULT)
			.clock(VERIFY_CLOCK, Workflow.ClockEffect.STOP);
		w.on(REGISTER).from(TO_REGISTER).by(Party.CHIEF).to(TO_DISPATCH)
			.clock(REGISTER_CLOCK, Workflow.ClockEffect.STOP).clock(DISPATCH_CLOCK, Workflow.ClockEffect.START);
		w.on(DECLINE).from(TO_REGISTER).by(Party.CHIEF).to(NOT_VALID).requires(Workflow.Input.REASON)
			.clock(REGISTER_CLOCK, Workflow.ClockEffect.STOP);
		w.on(DISPATCH).from(TO_DISPATCH).by(Party.DISPATCHER).to(HANDLING)
			.clock(DISPATCH_CLOCK, Workflow.ClockEffect.STOP).clock(HANDLE_CLOCK, Workflow.ClockEffect.START);
		w.on(FEEDBACK).from(HANDLING).by(Party.HANDLER).when(f -> f.pending() == null).to(TO_CHECK)
			.requires(Workflow.Input.ATTACHMENT)
			.clock(HANDLE_CLOCK, Workflow.ClockEffect.STOP).clock(CHECK_CLOCK, Workflow.ClockEffect.START);
		// passed: TO_CLOSE; failed: back to HANDLING with a new 处置 clock
		w.on(CHECK).from(TO_CHECK).by(Party.PATROLLER).requires(Workflow.Input.RESULT, Workflow.Input.ATTACHMENT)
			.clock(CHECK_CLOCK, Workflow.ClockEffect.STOP);
		w.on(CLOSE).from(TO_CLOSE).by(Party.CHIEF).to(CLOSED).clock(CLOSE_CLOCK, Workflow.ClockEffect.STOP);
		w.on(REQUEST).from(HANDLING).by(Party.HANDLER).when(f -> f.pending() == null).requires(Workflow.Input.REASON);
		w.on(REQUEST).from(OPEN).by(Party.PATROLLER, Party.DISPATCHER).when(f -> f.pending() == null)
			.requires(Workflow.Input.REASON);
		w.on(APPROVE).from(OPEN).by(Party.CHIEF).when(f -> f.pending() != null);
		w.on(REFUSE).from(OPEN).by(Party.CHIEF).when(f -> f.pending() != null).requires(Workflow.Input.REASON);
		w.on(RESUME).from(SUSPENDED).by(Party.CHIEF).when(f -> f.pending() == null).to(HANDLING)
			.clock(HANDLE_CLOCK, Workflow.ClockEffect.RESUME);
		return w.build();
	}

	/** Which requests each party may make: the unit handling it all four, the centre's people only 作废. */
	static Set<RequestKind> requestsOf(Set<Party> parties, State state) {
		Set<RequestKind> kinds = EnumSet.noneOf(RequestKind.class);
		if (parties.contains(Party.HANDLER) && state == HANDLING) {
			kinds.addAll(EnumSet.allOf(RequestKind.class));
		}
		if (parties.contains(Party.PATROLLER) || parties.contains(Party.DISPATCHER)) {
			kinds.add(RequestKind.VOID);
		}
		return kinds;
	}

	private UrbanCaseWorkflow() {
	}
}
