package org.zhili.org;

/** Where a unit sits in the tree. Territorial levels nest; departments hang off the district. */
public enum UnitLevel {

	DISTRICT("区"), STREET("街道"), COMMUNITY("社区"), GRID("网格"), DEPARTMENT("部门");

	private final String label;

	UnitLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
