package org.zhili.urban.internal.catalogue;

import org.zhili.process.Labelled;

/** What a catalogue class describes: a 管理部件 (a thing in the street) or an 事件 (something happening there). */
public enum ClassKind implements Labelled {
	COMPONENT("部件"), EVENT("事件");

	private final String label;

	ClassKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
