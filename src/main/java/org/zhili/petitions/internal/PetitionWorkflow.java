package org.zhili.petitions.internal;

import java.util.EnumSet;

import org.zhili.petitions.PetitionState;
import org.zhili.process.Labelled;
import org.zhili.process.Workflow;

import static org.zhili.petitions.PetitionState.*;
import static org.zhili.petitions.internal.PetitionWorkflow.Action.*;

/**
 * The life of a petition, declared on the kit's {@link Workflow}.
 *
 * <pre>
 * REGISTERED ─route─▶ HANDLING ─reply (意见书)─▶ REPLIED ─request-review─▶ REVIEWING ─review─▶ REVIEWED
 *     │                 (extend once)              │ window runs out            ─request-re-review─▶ RE_REVIEWING
 *     └─route to a statutory procedure─▶ GUIDED    ▼                                      ─re-review─▶ CLOSED (final)
 *                                               CLOSED
 * </pre>
 *
 * Clocks: {@code register} (15 d, from registration to routing), {@code handle} (60 d + extension), {@code review-window}
 * and {@code re-review-window} (30 d each after a written answer), {@code review} and {@code re-review} (30 d each).
 */
public final class PetitionWorkflow {

	public enum Action implements Labelled {
		ROUTE("分类交办"), NOTE("记录办理情况"), EXTEND("延长办理期限"), REPLY("出具处理意见书"), RATE("评价"),
		REQUEST_REVIEW("申请复查"), REVIEW("复查"), REQUEST_RE_REVIEW("申请复核"), RE_REVIEW("复核"),
		TAKE_LEAD("领导包案"), LEAD_VISIT("包案走访"), LEAD_REPORT("包案结案报告");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	public enum Party implements Labelled {
		OFFICE("信访部门"), UNIT("承办单位"), REVIEWER("复查复核机关"), PETITIONER("信访人"), LEADER("包案领导");

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
	 * @param led whether a leader has taken the petition; {@code leadClosed} whether the leader reported on it
	 * @param rated whether the petitioner rated it
	 */
	public record Facts(PetitionState state, boolean extended, boolean led, boolean leadClosed, boolean rated)
			implements Workflow.Facts<PetitionState> {
	}

	static final String REGISTER_CLOCK = "register", HANDLE_CLOCK = "handle", REVIEW_WINDOW_CLOCK = "review-window",
			REVIEW_CLOCK = "review", RE_REVIEW_WINDOW_CLOCK = "re-review-window", RE_REVIEW_CLOCK = "re-review";

	static final Workflow<PetitionState, Action, Party, Facts> WORKFLOW = define();

	private static Workflow<PetitionState, Action, Party, Facts> define() {
		Workflow.Definition<PetitionState, Action, Party, Facts> w = Workflow.define("信访件", Party.class);
		// The outcome decides: a statutory procedure → GUIDED; otherwise HANDLING by the unit routed to.
		w.on(ROUTE).from(REGISTERED).by(Party.OFFICE).clock(REGISTER_CLOCK, Workflow.ClockEffect.STOP)
			.clock(HANDLE_CLOCK, Workflow.ClockEffect.START);
		w.on(NOTE).from(HANDLING, REVIEWING, RE_REVIEWING).by(Party.UNIT, Party.OFFICE, Party.REVIEWER)
			.requires(Workflow.Input.REASON);
		w.on(EXTEND).from(HANDLING).by(Party.OFFICE).when(f -> !f.extended()).requires(Workflow.Input.REASON)
			.clock(HANDLE_CLOCK, Workflow.ClockEffect.EXTEND);
		w.on(REPLY).from(HANDLING).by(Party.UNIT).to(REPLIED).requires(Workflow.Input.RESULT, Workflow.Input.REASON)
			.clock(HANDLE_CLOCK, Workflow.ClockEffect.STOP).clock(REVIEW_WINDOW_CLOCK, Workflow.ClockEffect.START);
		w.on(RATE).from(REPLIED, REVIEWED, CLOSED).by(Party.PETITIONER).when(f -> !f.rated())
			.requires(Workflow.Input.RESULT);
		w.on(REQUEST_REVIEW).from(REPLIED).by(Party.PETITIONER).to(REVIEWING).requires(Workflow.Input.REASON)
			.clock(REVIEW_WINDOW_CLOCK, Workflow.ClockEffect.STOP).clock(REVIEW_CLOCK, Workflow.ClockEffect.START);
		w.on(REVIEW).from(REVIEWING).by(Party.REVIEWER).to(REVIEWED).requires(Workflow.Input.RESULT, Workflow.Input.REASON)
			.clock(REVIEW_CLOCK, Workflow.ClockEffect.STOP).clock(RE_REVIEW_WINDOW_CLOCK, Workflow.ClockEffect.START);
		w.on(REQUEST_RE_REVIEW).from(REVIEWED).by(Party.PETITIONER).to(RE_REVIEWING).requires(Workflow.Input.REASON)
			.clock(RE_REVIEW_WINDOW_CLOCK, Workflow.ClockEffect.STOP).clock(RE_REVIEW_CLOCK, Workflow.ClockEffect.START);
		w.on(RE_REVIEW).from(RE_REVIEWING).by(Party.REVIEWER).to(CLOSED).requires(Workflow.Input.RESULT, Workflow.Input.REASON)
			.clock(RE_REVIEW_CLOCK, Workflow.ClockEffect.STOP);
		w.on(TAKE_LEAD).from(EnumSet.of(REGISTERED, HANDLING, REPLIED, REVIEWING, REVIEWED, RE_REVIEWING))
			.by(Party.LEADER).when(f -> !f.led()).requires(Workflow.Input.REASON);
		w.on(LEAD_VISIT).from(EnumSet.allOf(PetitionState.class)).by(Party.LEADER).when(f -> f.led() && !f.leadClosed())
			.requires(Workflow.Input.REASON);
		w.on(LEAD_REPORT).from(EnumSet.allOf(PetitionState.class)).by(Party.LEADER).when(f -> f.led() && !f.leadClosed())
			.requires(Workflow.Input.REASON);
		return w.build();
	}

	private PetitionWorkflow() {
	}
}
