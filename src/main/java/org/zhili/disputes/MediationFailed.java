package org.zhili.disputes;

import java.time.Instant;

/**
 * A mediation ended without agreement: the early warning watches what such a dispute becomes.
 *
 * @param addressKey the building ({@link org.zhili.org.AddressKey}), or {@code null}
 * @param phoneIndexes the parties' phones as blind indexes
 */
public record MediationFailed(long disputeId, String reference, String streetCode, String addressKey,
		java.util.List<String> phoneIndexes, Instant at) {
}
