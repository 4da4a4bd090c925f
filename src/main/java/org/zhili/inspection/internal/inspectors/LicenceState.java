package org.zhili.inspection.internal.inspectors;

import java.time.LocalDate;

import org.zhili.process.Labelled;

/** Where an inspector's 执法证 stands on a day: valid, expiring within the warning days, or expired. */
public enum LicenceState implements Labelled {

	VALID("有效"), EXPIRING("即将到期"), EXPIRED("已过期");

	private final String label;

	LicenceState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Expired the day after {@code expires}; expiring when {@code expires} is at most {@code warnDays} away. */
	public static LicenceState of(LocalDate expires, LocalDate today, int warnDays) {
		if (expires.isBefore(today)) {
			return EXPIRED;
		}
		return expires.isAfter(today.plusDays(warnDays)) ? VALID : EXPIRING;
	}
}
