package org.zhili.petitions;

import org.zhili.process.Labelled;

/** The petitioner's rating of the handling (条例 art. 21). */
public enum PetitionRating implements Labelled {
	SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), DISSATISFIED("不满意");

	private final String label;

	PetitionRating(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
