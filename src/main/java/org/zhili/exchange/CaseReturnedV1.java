package org.zhili.exchange;

import java.time.Instant;

/**
 * {@code case.returned} version 1, on {@code zhili.cases}: the dispatcher approved a unit's return (退单). The reason
 * is free text and stays home.
 *
 * @param caseId the case
 * @param unitCode the unit that returned it
 * @param returnedAt when the return was approved
 */
public record CaseReturnedV1(long caseId, String unitCode, Instant returnedAt) {
}
