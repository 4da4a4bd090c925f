package org.zhili.urban.internal.gridwork;

import org.zhili.process.Labelled;

/** Why a person is on the grid's ledger of key persons (重点人员). */
public enum KeyPersonKind implements Labelled {

	ELDERLY_ALONE("独居老人"), EMPTY_NEST("空巢老人"), TENANT("出租房租户"), DISABLED("残疾人"), HARDSHIP("困难群众"),
	LEFT_BEHIND_CHILD("留守儿童"), CARE("其他需关爱人员");

	private final String label;

	KeyPersonKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
