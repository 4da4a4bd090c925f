package org.zhili.inspection.internal.rectification;

import org.zhili.inspection.Rectifications.State;
import org.zhili.process.Labelled;
import org.zhili.process.Workflow;

import static org.zhili.inspection.Rectifications.State.*;
import static org.zhili.inspection.internal.rectification.RectificationWorkflow.Action.*;

/**
 * The life of a rectification, declared on the process kit's {@link Workflow}.
 *
 * <pre>
 * OPEN ─report (the unit)─▶ REPORTED ─recheck passed─▶ CLOSED (销号)
 *  ▲                           │
 *  └──recheck failed (new deadline)┘
 * </pre>
 *
 * A 重大隐患 is re-checked only by someone outside the unit that rectified it, and closed only after a 复查 on site
 * (the service refuses a passing 复查 of one without it: the on-site visit is the request's, not the item's).
 */
public final class RectificationWorkflow {

	public enum Action implements Labelled {
		REPORT("报告整改完成"), RECHECK("复查");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** Who acts, as seen from the rectification. */
	public enum Party implements Labelled {
		/** The unit that rectifies, with INSPECTION_RECTIFY. */
		UNIT("整改单位"),
		/** Who may re-check: the campaign's team, an inspector, the lead department, the supervision office. */
		CHECKER("复查人员"),
		/** A checker who is not of the unit that rectified (and did not report it). */
		INDEPENDENT_CHECKER("整改单位以外的复查人员");

		private final String label;

		Party(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** @param major a 重大隐患 (挂牌督办) */
	public record Facts(State state, boolean major) implements Workflow.Facts<State> {
	}

	/** The deadline: from opening (or a failed 复查) to the unit's report. */
	static final String DEADLINE_CLOCK = "deadline";

	static final Workflow<State, Action, Party, Facts> WORKFLOW = define();

	private static Workflow<State, Action, Party, Facts> define() {
		Workflow.Definition<State, Action, Party, Facts> w = Workflow.define("整改事项", Party.class);
		w.on(REPORT).from(OPEN).by(Party.UNIT).to(REPORTED).requires(Workflow.Input.REASON)
			.clock(DEADLINE_CLOCK, Workflow.ClockEffect.STOP);
		// The result decides: passed → CLOSED, failed → OPEN with the clock started again.
		w.on(RECHECK).from(REPORTED).by(Party.CHECKER).when(f -> !f.major())
			.requires(Workflow.Input.RESULT, Workflow.Input.REASON);
		w.on(RECHECK).from(REPORTED).by(Party.INDEPENDENT_CHECKER).when(Facts::major)
			.requires(Workflow.Input.RESULT, Workflow.Input.REASON);
		return w.build();
	}

	private RectificationWorkflow() {
	}
}
