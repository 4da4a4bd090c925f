package org.zhili.cases;

/**
 * The dispatcher approved a unit's return (退单): the case was routed to the wrong unit.
 *
 * @param caseId the case
 * @param unitCode the unit that returned it
 * @param reason why
 */
public record CaseReturned(long caseId, String unitCode, String reason) {
}
