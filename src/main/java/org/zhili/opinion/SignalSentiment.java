package org.zhili.opinion;

import org.zhili.process.Labelled;

/** How a signal speaks of the district: the analyst's call, suggested from the text's words. */
public enum SignalSentiment implements Labelled {
	NEGATIVE("负面"), NEUTRAL("中性"), POSITIVE("正面");

	private final String label;

	SignalSentiment(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
