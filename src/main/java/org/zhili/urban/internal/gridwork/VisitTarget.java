package org.zhili.urban.internal.gridwork;

import org.zhili.process.Labelled;

/** What a visit (走访) goes to: a household, a key person or a place of the ledger. */
public enum VisitTarget implements Labelled {

	HOUSEHOLD("住户"), PERSON("重点人员"), PLACE("场所");

	private final String label;

	VisitTarget(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
