package org.zhili.cases.internal.record;

import org.zhili.cases.CaseWorkflow;

/** The timed stages of a case: each has a limit per urgency and category. */
public enum Stage {

	/** From dispatch to 签收. */
	ACCEPT("签收", CaseWorkflow.ACCEPT_CLOCK),
	/** From dispatch to the reply (答复). */
	FEEDBACK("办理答复", CaseWorkflow.FEEDBACK_CLOCK),
	/** From a whistle to the department's 报到. */
	REPORT_IN("报到", CaseWorkflow.REPORT_IN_CLOCK),
	/** From the approved reply to the follow-up call (回访). */
	CALLBACK("回访", CaseWorkflow.CALLBACK_CLOCK);

	private final String label;
	private final String clock;

	Stage(String label, String clock) {
		this.label = label;
		this.clock = clock;
	}

	/** The name of the stage's clock in the process kit (and in {@link CaseWorkflow}'s table). */
	public String clock() {
		return clock;
	}

	public String label() {
		return label;
	}
}
