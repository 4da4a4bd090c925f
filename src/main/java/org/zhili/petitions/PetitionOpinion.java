package org.zhili.petitions;

import org.zhili.process.Labelled;

/** The finding of a 信访处理意见书 (条例 art. 32). */
public enum PetitionOpinion implements Labelled {
	SUPPORT("支持"), EXPLAIN("解释说明"), REJECT("不予支持");

	private final String label;

	PetitionOpinion(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
