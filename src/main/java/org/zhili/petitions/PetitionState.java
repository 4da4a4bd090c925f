package org.zhili.petitions;

import org.zhili.process.Labelled;

/** Where a petition stands, from registration to its end (办结, 引导 or 复核 done). */
public enum PetitionState implements Labelled {
	REGISTERED("待交办", true), HANDLING("办理中", true), REPLIED("已出具意见", true), REVIEWING("复查中", true),
	REVIEWED("复查已答复", true), RE_REVIEWING("复核中", true), GUIDED("已引导至法定途径", false),
	CLOSED("已办结", false);

	private final String label;
	private final boolean open;

	PetitionState(String label, boolean open) {
		this.label = label;
		this.open = open;
	}

	@Override
	public String label() {
		return label;
	}

	public boolean open() {
		return open;
	}
}
