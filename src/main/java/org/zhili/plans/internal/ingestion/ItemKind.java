package org.zhili.plans.internal.ingestion;

import org.zhili.process.Labelled;

/** What a proposed item of a draft is: a target (预期性 or 约束性), a task, or a reported result. */
public enum ItemKind implements Labelled {

	EXPECTED_TARGET("预期性指标"), BINDING_TARGET("约束性指标"), TASK("任务"), ACTUAL("实绩");

	private final String label;

	ItemKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	boolean isTarget() {
		return this == EXPECTED_TARGET || this == BINDING_TARGET;
	}
}
