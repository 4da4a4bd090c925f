package org.zhili.process.internal.admission;

import java.util.Arrays;
import java.util.Optional;

import org.zhili.process.Labelled;

/** Where work given to a community stands: on the list, or off it and waiting, approved or refused. */
enum AdmissionState implements Labelled {

	LISTED("清单内"), PENDING("待审批"), APPROVED("已批准"), REFUSED("不予准入");

	private final String label;

	AdmissionState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** The state of this name, as stored and as the API takes it. */
	static Optional<AdmissionState> named(String name) {
		return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
	}

	static String labelOf(String name) {
		return named(name).map(AdmissionState::label).orElse(name);
	}
}
