package org.zhili.cases.internal;

/** The timed stages of a case: each has a limit per urgency and category. */
enum Stage {

	/** From dispatch to 签收. */
	ACCEPT("签收"),
	/** From dispatch to the reply (答复). */
	FEEDBACK("办理答复"),
	/** From a whistle to the department's 报到. */
	REPORT_IN("报到"),
	/** From the approved reply to the follow-up call (回访). */
	CALLBACK("回访");

	private final String label;

	Stage(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}
}
