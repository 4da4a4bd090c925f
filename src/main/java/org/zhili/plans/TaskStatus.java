package org.zhili.plans;

/** Where a task stands, computed from its progress, milestones and deadline on the working-day calendar. */
public enum TaskStatus {

	/** Nothing reported yet. */
	NOT_STARTED("未启动"),
	/** Progressing, no milestone overdue. */
	ON_TRACK("正常推进"),
	/** A milestone is overdue (its due day, moved to a working day, has passed unmet). */
	LATE("滞后"),
	/** Reported 100 %. */
	DONE("已完成"),
	/** The deadline passed short of 100 %. */
	UNFINISHED("未完成");

	private final String label;

	TaskStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
