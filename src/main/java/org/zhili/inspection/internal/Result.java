package org.zhili.inspection.internal;

import org.zhili.process.Labelled;

/** What an inspection found (检查结果), as published. */
public enum Result implements Labelled {
	NO_PROBLEM("未发现问题"), RECTIFY("责令整改"), PENALTY("立案查处"), TRANSFER("移送有关部门");

	private final String label;

	Result(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
