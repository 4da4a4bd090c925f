package org.zhili.org.internal;

/** What kind of department a unit of level DEPARTMENT is ({@code org.unit.category}). */
enum DepartmentCategory {

	/** 委局办: a line department that handles cases in its field. */
	LINE_DEPARTMENT("委局办"),
	/** 指挥中心: the district's command centre (区网格化管理中心) that dispatches cases. */
	COMMAND_CENTRE("指挥中心"),
	/** 督查室: the supervision office. */
	SUPERVISION_OFFICE("督查室");

	private final String label;

	DepartmentCategory(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}
}
