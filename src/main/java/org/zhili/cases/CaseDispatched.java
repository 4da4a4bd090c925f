package org.zhili.cases;

/**
 * A case was dispatched (派单, 指定 or 再交办) to a lead unit.
 *
 * @param caseId the case
 * @param round the round of handling (2 and up after an unsatisfied rating)
 * @param leadUnitCode the unit now responsible
 * @param categoryCode the case's category at dispatch
 */
public record CaseDispatched(long caseId, int round, String leadUnitCode, String categoryCode) {
}
