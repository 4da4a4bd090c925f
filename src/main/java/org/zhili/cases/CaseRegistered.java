package org.zhili.cases;

/**
 * A case was taken in (announced with the others committed with it, in {@link CasesRegistered}).
 *
 * @param caseId the case
 * @param trackingNumber its human-readable number
 * @param categoryCode the category, or {@code null} when the operator left it to the dispatcher
 * @param streetCode the street the location lies in, or {@code null}
 * @param channel how it came in
 */
public record CaseRegistered(long caseId, String trackingNumber, String categoryCode, String streetCode,
		Channel channel) {
}
