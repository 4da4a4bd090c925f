package org.zhili.plans.internal.ingestion;

import org.zhili.process.Labelled;

/** What a reviewer did with a proposed item. */
public enum ReviewDecision implements Labelled {

	ACCEPTED("采纳"), EDITED("修改后采纳"), DROPPED("删除");

	private final String label;

	ReviewDecision(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
