package org.zhili.opinion;

import org.zhili.process.Labelled;

/** How a signal was closed without becoming a case or a petition. */
public enum SignalClosure implements Labelled {
	UNTRUE("不实"), HANDLED("已处置"), NO_ACTION("无需处置");

	private final String label;

	SignalClosure(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
