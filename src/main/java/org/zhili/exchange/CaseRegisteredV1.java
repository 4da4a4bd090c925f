package org.zhili.exchange;

import java.time.Instant;

/**
 * {@code case.registered} version 1, on {@code zhili.cases}: a case (接诉即办 work order) was taken in. Without the
 * requester, the text, the address or the point: where it is lies in the street, community and grid codes.
 *
 * @param caseId the case's id, the message key of every message about it
 * @param trackingNumber its public number (NK…)
 * @param type what the requester wants: CONSULTATION, HELP, COMPLAINT, REPORT, SUGGESTION or PRAISE
 * @param categoryCode the category, or {@code null} when the dispatcher will set it
 * @param channel how it came in: HOTLINE, WEB, GRID_PATROL, CITY_12345, API or PROACTIVE
 * @param streetCode the street (12 digits), or {@code null}
 * @param communityCode the community, or {@code null}
 * @param gridCode the grid, or {@code null}
 * @param state REGISTERED, or CLOSED when it was answered on the spot
 * @param registeredAt when it was taken in
 */
public record CaseRegisteredV1(long caseId, String trackingNumber, String type, String categoryCode, String channel,
		String streetCode, String communityCode, String gridCode, String state, Instant registeredAt) {
}
