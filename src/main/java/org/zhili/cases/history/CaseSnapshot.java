package org.zhili.cases.history;

import org.zhili.calendar.Deadline;
import org.zhili.cases.CaseState;
import org.zhili.cases.ReplyResult;

/**
 * A case of a history as it stands after its last step, for the caller deciding the next one.
 *
 * @param accept the deadline for acceptance of the current round, or {@code null}
 * @param feedback the deadline for the reply, or {@code null}
 * @param callback the deadline for the follow-up call, or {@code null}
 */
public record CaseSnapshot(long id, String trackingNumber, CaseState state, int round, String leadUnitCode,
		int returnCount, Deadline accept, Deadline feedback, Deadline callback, ReplyResult replyResult) {
}
