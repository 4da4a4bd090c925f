package org.zhili.exchange;

import java.time.Instant;

/**
 * {@code case.closed} version 1, on {@code zhili.cases}: a case ended.
 *
 * @param caseId the case
 * @param state CLOSED (结案, including answers on the spot), VOIDED or MERGED
 * @param satisfaction the requester's rating (SATISFIED, BASICALLY_SATISFIED, UNSATISFIED, UNRATED), or {@code null}
 * @param closedAt when
 */
public record CaseClosedV1(long caseId, String state, String satisfaction, Instant closedAt) {
}
