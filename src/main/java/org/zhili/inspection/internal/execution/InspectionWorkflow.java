package org.zhili.inspection.internal.execution;

import org.zhili.process.Labelled;
import org.zhili.process.Workflow;

import static org.zhili.inspection.internal.execution.InspectionWorkflow.Action.*;
import static org.zhili.inspection.internal.execution.InspectionWorkflow.State.*;

/**
 * The life of one drawn subject's inspection, declared on the process kit's {@link Workflow}: one inspector records
 * what was found, the other confirms it (at least two, 行政处罚法 art. 42), a major enforcement decision waits for
 * 法制审核, and the department publishes the result within the publication limit (谁检查、谁公开).
 *
 * <pre>
 * ASSIGNED ─record─▶ RECORDED ─confirm─▶ COMPLETED ─publish─▶ PUBLISHED
 *                      ▲   │ (major decision)  ▲
 *                      │   └──▶ LEGAL_REVIEW ──┘ approved
 *                      └──────── not approved
 * </pre>
 */
public final class InspectionWorkflow {

	public enum State implements Labelled {
		ASSIGNED("待检查"), RECORDED("待确认"), LEGAL_REVIEW("待法制审核"), COMPLETED("待公示"), PUBLISHED("已公示");

		private final String label;

		State(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	public enum Action implements Labelled {
		RECORD("录入检查结果"), CONFIRM("确认检查结果"), REVIEW("法制审核"), PUBLISH("公示结果");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** Who acts, as seen from the inspection. */
	public enum Party implements Labelled {
		INSPECTOR("检查人员"), OTHER_INSPECTOR("另一名检查人员"), LEGAL_REVIEWER("法制审核人员"), DEPARTMENT("实施部门");

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

	/** From completion to the result's publication: the limit of SS-5. */
	static final String PUBLISH_CLOCK = "publish";

	static final Workflow<State, Action, Party, Facts> WORKFLOW = define();

	private static Workflow<State, Action, Party, Facts> define() {
		Workflow.Definition<State, Action, Party, Facts> w = Workflow.define("双随机抽查", Party.class);
		w.on(RECORD).from(ASSIGNED, RECORDED).by(Party.INSPECTOR).to(RECORDED).requires(Workflow.Input.RESULT);
		w.on(CONFIRM).from(RECORDED).by(Party.OTHER_INSPECTOR);
		w.on(REVIEW).from(LEGAL_REVIEW).by(Party.LEGAL_REVIEWER).requires(Workflow.Input.RESULT, Workflow.Input.REASON);
		w.on(PUBLISH).from(COMPLETED).by(Party.DEPARTMENT).to(PUBLISHED).clock(PUBLISH_CLOCK, Workflow.ClockEffect.STOP);
		return w.build();
	}

	private InspectionWorkflow() {
	}
}
