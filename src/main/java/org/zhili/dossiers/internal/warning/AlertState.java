package org.zhili.dossiers.internal.warning;

import org.zhili.process.Labelled;

/** An alert's handling by its street: 待处理 → 已签收 → 已处置 (or straight to 已处置). */
enum AlertState implements Labelled {

	OPEN("待处理"), ACKNOWLEDGED("已签收"), HANDLED("已处置");

	private final String label;

	AlertState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
