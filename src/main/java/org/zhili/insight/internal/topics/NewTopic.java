package org.zhili.insight.internal.topics;

import java.time.YearMonth;
import java.util.List;

/** A topic as a leader chooses it; {@code start} the first month of its treatment. */
record NewTopic(String title, String problem, List<String> categoryCodes, List<String> leadUnits, String actions,
		YearMonth start, int baselineMonths, boolean published) {
}
