package org.zhili.urban.internal.evaluation;

import java.time.Instant;

/**
 * One row of urban.case_file as the evaluation reads it: where the case is, each stage's actor, instant and whether
 * it kept its limit, and the flags. The evaluation never reads {@code state}: what a case went through is in these
 * columns, whatever the loop calls its states.
 */
public record CaseFacts(String gridCode, String communityCode, String streetCode, boolean publicReport,
		String reportedBy, Instant reportedAt, Boolean valid, String verifiedBy, Instant verifiedAt, Boolean verifiedOnTime,
		String registeredBy, Instant registeredAt, Boolean registeredOnTime, String dispatchedBy, Instant dispatchedAt,
		Boolean dispatchedOnTime, String handlerCode, Instant handledAt, Boolean handledOnTime, String checkedBy,
		Instant checkedAt, Boolean checkedOnTime, String closedBy, Instant closedAt, Boolean closedOnTime, int reworks,
		int misdispatches, boolean postponed, boolean suspended, boolean voided) {

	/** Registered, neither voided nor 挂账: a case that should close. */
	boolean due() {
		return registeredAt != null && !voided && !suspended;
	}

	/** 按期结案: closed, handled within its 处置时限, and the 结案 step itself not late. */
	boolean closedOnSchedule() {
		return closedAt != null && Boolean.TRUE.equals(handledOnTime) && !Boolean.FALSE.equals(closedOnTime);
	}
}
