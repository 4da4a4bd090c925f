package org.zhili.insight;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * 每月一题 for a history being loaded (the demo's): the topics chosen in it, recorded with the same checks as a
 * leader's choice on the page.
 */
public interface Topics {

	/** A topic chosen at some time: its categories (codes), lead units, actions, first month and baseline. */
	record Chosen(String title, String problem, List<String> categoryCodes, List<String> leadUnits, String actions,
			YearMonth start, int baselineMonths) {
	}

	/** Whether no topic has been chosen yet. */
	boolean none();

	/** Records a topic chosen by {@code by} at {@code at}; its lead units are told. Answers its id. */
	long chosen(Chosen topic, String by, Instant at);
}
