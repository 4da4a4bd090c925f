package org.zhili.urban.internal.gridwork;

import org.zhili.process.Labelled;

/** A visit is planned, then done (or called off); a visit recorded without a plan is done at once. */
public enum VisitState implements Labelled {

	PLANNED("待走访"), DONE("已走访"), CANCELLED("已取消");

	private final String label;

	VisitState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
