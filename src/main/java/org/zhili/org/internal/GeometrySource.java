package org.zhili.org.internal;

/** Where a unit's polygon comes from. */
enum GeometrySource {

	/** A real layer loaded by an administrator, or the published district outline. */
	IMPORTED("导入"),
	/** Demo geometry generated where no public boundaries exist; shown as 示意（生成）. */
	GENERATED("示意（生成）");

	private final String label;

	GeometrySource(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}
}
