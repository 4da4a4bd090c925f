package org.zhili.cases.internal.stats;

/** Which units a table of the statistics lists. */
public enum StatsLevel {

	/** The 12 streets (街道); a community's figures count for its street. */
	STREET("街道"),
	/** The departments (委局办) that handle cases. */
	DEPARTMENT("部门");

	private final String label;

	StatsLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
