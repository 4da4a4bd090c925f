package org.zhili.process;

import java.util.List;

import org.zhili.identity.Actor;

/**
 * What waits for a reader in one loop, for the 工作台: each loop declares one bean and counts, in its own records and
 * within the reader's scope, the items that wait for the reader's unit or role, each count linking to the list that
 * shows them. A reader with nothing to do in the loop (or no right to it) gets an empty list.
 */
public interface Worklist {

	/**
	 * One kind of waiting work.
	 *
	 * @param label what people call it (待签收工单, 待回复督办…)
	 * @param count how many wait; {@code link} the list of them
	 * @param overdue of them past their deadline, or {@code null} where the loop has no deadline for them;
	 *        {@code overdueLink} that part of the list, or {@code null}
	 * @param atRisk of them near it (a yellow light), or {@code null}
	 * @param dueToday of them due before today ends, or {@code null}
	 * @param order position on the page, lowest first
	 */
	record Waiting(String label, long count, String link, Long overdue, String overdueLink, Long atRisk,
			Long dueToday, int order) {
	}

	List<Waiting> waitingFor(Actor reader);
}
