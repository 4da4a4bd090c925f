package org.zhili.cases;

/**
 * A case ended: closed (结案, including answers on the spot), voided or merged into another.
 *
 * @param caseId the case
 * @param state the final state
 * @param satisfaction the requester's rating, or {@code null}
 */
public record CaseClosed(long caseId, CaseState state, Satisfaction satisfaction) {
}
