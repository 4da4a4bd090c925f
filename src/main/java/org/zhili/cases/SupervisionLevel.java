package org.zhili.cases;

/** 督办 by the supervision office, in rising severity. */
public enum SupervisionLevel {

	NORMAL("普通督办"), YELLOW("黄牌督办"), RED("红牌督办");

	private final String label;

	SupervisionLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
