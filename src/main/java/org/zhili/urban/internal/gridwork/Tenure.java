package org.zhili.urban.internal.gridwork;

import org.zhili.process.Labelled;

/** Whether a household's home is its own, rented (出租房) or empty. */
public enum Tenure implements Labelled {

	OWNED("自住"), RENTED("出租"), VACANT("空置");

	private final String label;

	Tenure(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
