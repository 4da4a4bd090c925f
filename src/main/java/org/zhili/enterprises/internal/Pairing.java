package org.zhili.enterprises.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An official paired with an enterprise, as stored.
 *
 * @param until the last day, or {@code null} while it runs
 * @param visitEveryDays the pairing's own visit interval, or {@code null} for the configured default
 */
record Pairing(long id, String creditCode, String enterpriseName, String official, String officialName,
		String unitCode, LocalDate since, LocalDate until, Integer visitEveryDays, String note, String endReason,
		Instant createdAt, String createdBy) {

	boolean active() {
		return until == null;
	}
}
