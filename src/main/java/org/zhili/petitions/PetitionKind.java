package org.zhili.petitions;

import org.zhili.process.Labelled;

/** What a petition asks for (条例 arts. 22, 29–31): it decides the channel the petition is routed to. */
public enum PetitionKind implements Labelled {
	SUGGESTION("建议意见"), ACCUSATION("检举控告"), CLAIM("申诉求决");

	private final String label;

	PetitionKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
