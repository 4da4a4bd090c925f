package org.zhili.cases;

/** The requester's rating at the follow-up call; UNRATED when they could not be reached. */
public enum Satisfaction {

	SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), UNSATISFIED("不满意"), UNRATED("未评价");

	private final String label;

	Satisfaction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
