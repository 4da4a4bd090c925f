package org.zhili.cases;

/** Where a case stands. {@link CaseWorkflow} says which actions lead from one to another. */
public enum CaseState implements org.zhili.process.Labelled {

	REGISTERED("待派单"), DISPATCHED("待签收"), HANDLING("办理中"), SUSPENDED("挂账"), REPLIED("待审核"),
	CALLBACK("待回访"), RATED("待结案"), CLOSED("已结案"), VOIDED("已作废"), MERGED("已合并");

	private final String label;

	CaseState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Nothing more happens to the case in this state. */
	public boolean terminal() {
		return this == CLOSED || this == VOIDED || this == MERGED;
	}
}
