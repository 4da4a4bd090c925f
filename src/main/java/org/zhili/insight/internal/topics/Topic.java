package org.zhili.insight.internal.topics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.zhili.process.Labelled;

/**
 * A 每月一题 topic: the problem, its categories (a code covers its subcategories), the units that lead its treatment,
 * their actions, and the month the treatment started; closed, it is measured up to the month it closed.
 */
public record Topic(long id, String title, String problem, List<String> categoryCodes, List<String> leadUnits,
		String actions, YearMonth start, int baselineMonths, boolean published, State state, YearMonth closed,
		Instant createdAt, String createdBy) {

	public enum State implements Labelled {
		ACTIVE("治理中"), CLOSED("已结题");

		private final String label;

		State(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}
}
