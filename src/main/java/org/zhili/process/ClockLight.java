package org.zhili.process;

import java.time.Instant;

/**
 * The light of a running clock, in the words every loop's timeline uses: green until the loop's warning
 * ({@link ClockListener#warnAt}), yellow from then, red once the due instant has passed.
 */
public enum ClockLight implements Labelled {

	GREEN("正常"), YELLOW("临期"), RED("超期");

	private final String label;

	ClockLight(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/**
	 * The light at {@code at} of a clock due at {@code due} that warns at {@code warnAt} ({@code null}: never
	 * yellow). Arriving exactly at the due instant is in time, as for {@link org.zhili.calendar.Deadline}.
	 */
	public static ClockLight at(Instant at, Instant warnAt, Instant due) {
		if (at.isAfter(due)) {
			return RED;
		}
		return warnAt != null && !at.isBefore(warnAt) ? YELLOW : GREEN;
	}
}
