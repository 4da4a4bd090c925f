package org.zhili.plans.internal.tasks;

import java.time.Instant;

import org.zhili.process.Inbox;

/** What the plan-task and suggestion loops tell a unit through the process kit's inbox. */
public enum PlanMessage {

	SUPERVISION("plan-task", "督办"), MILESTONE_OVERDUE("plan-task", "节点逾期"), REPORT_DUE("plan-task", "进展待报"),
	SUGGESTION("suggestion", "建议提案");

	/** The loops whose messages the unit's task page shows. */
	static final java.util.List<String> LOOPS = java.util.List.of("plan-task", "suggestion");

	private final String loop;
	private final String label;

	PlanMessage(String loop, String label) {
		this.loop = loop;
		this.label = label;
	}

	/**
	 * A message about a task or a suggestion.
	 *
	 * @param dedupeKey posted once per key (a reminder per milestone or month)
	 */
	Inbox.Message to(String unitCode, long itemId, String itemRef, String text, Instant at, String dedupeKey) {
		String link = loop.equals("suggestion") ? "/plans/suggestions" : "/plans/tasks/" + itemId;
		return new Inbox.Message(loop, itemId, itemRef, link, unitCode, name(), label, text, at, dedupeKey);
	}
}
