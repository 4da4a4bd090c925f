package org.zhili.enterprises.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit (走访) to a paired enterprise.
 *
 * @param caseIds the enterprise requests registered for the problems raised on it
 */
record Visit(long id, long pairingId, String creditCode, LocalDate visitedOn, String visitor, String visitorName,
		String discussed, List<Long> caseIds, Instant recordedAt) {
}
