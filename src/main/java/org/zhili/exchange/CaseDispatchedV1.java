package org.zhili.exchange;

import java.time.Instant;

/**
 * {@code case.dispatched} version 1, on {@code zhili.cases}: a case was dispatched (派单, 指定 or 再交办) to a lead unit.
 *
 * @param caseId the case
 * @param round the round of handling (2 and up after an unsatisfied rating)
 * @param leadUnitCode the unit now responsible
 * @param categoryCode the case's category at dispatch
 * @param dispatchedAt when
 */
public record CaseDispatchedV1(long caseId, int round, String leadUnitCode, String categoryCode, Instant dispatchedAt) {
}
