package org.zhili.petitions;

import org.zhili.process.Labelled;

/** How a petition came in (条例 art. 17, plus what other doors hand over). */
public enum PetitionChannel implements Labelled {
	VISIT("走访"), LETTER("来信"), ONLINE("网上信访"), PHONE("来电"), HOTLINE_TRANSFER("12345转办"),
	HIGHER_LEVEL("上级转送交办"), REFERRAL("部门移交");

	private final String label;

	PetitionChannel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
