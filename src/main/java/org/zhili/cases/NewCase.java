package org.zhili.cases;

import java.time.Instant;

/**
 * A case to register.
 *
 * @param channel how it came in (default: hotline)
 * @param type 咨询/求助/投诉/举报/建议/表扬
 * @param categoryCode the category, or {@code null} to leave it to the dispatcher
 * @param urgency how urgent (default: ordinary)
 * @param title a short title (default: the start of the description)
 * @param description what the requester said
 * @param address where, in words
 * @param lng longitude, WGS84 unless {@code gcj02}
 * @param lat latitude
 * @param gcj02 whether the point is in GCJ-02 (Chinese map apps)
 * @param requesterName the requester's name
 * @param requesterPhone the requester's phone
 * @param anonymous the requester does not want to be named
 * @param confidential a report against someone: the requester's identity is kept from the units handling it
 * @param enterprise an enterprise's request (政企互通)
 * @param externalSystem the system a work order came from, e.g. {@code CITY_12345}
 * @param externalId its id there
 * @param externalDueAt the deadline that system set
 * @param answer an answer given on the spot (即时办结): the case closes at once
 */
public record NewCase(Channel channel, CaseType type, String categoryCode, Urgency urgency, String title,
		String description, String address, Double lng, Double lat, boolean gcj02, String requesterName,
		String requesterPhone, boolean anonymous, boolean confidential, boolean enterprise, String externalSystem,
		String externalId, Instant externalDueAt, String answer) {
}
