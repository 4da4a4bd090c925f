package org.zhili.exchange;

import java.time.Instant;

/**
 * {@code mediation.failed} version 1, on {@code zhili.disputes}: a mediation (人民调解) ended without agreement.
 * Without the parties or the building.
 *
 * @param disputeId the dispute's id, the message key
 * @param reference its reference number
 * @param streetCode the street, or {@code null}
 * @param failedAt when the mediation ended
 */
public record MediationFailedV1(long disputeId, String reference, String streetCode, Instant failedAt) {
}
