package org.zhili.process;

/**
 * The 社区治理 office decided on work off the 准入清单: when approved, the loop now gives it to the community.
 *
 * @param requestId the assignment's record
 * @param loop the loop and {@code itemId} its item the work belongs to
 * @param role whether the community was to lead or help
 * @param note the reason given
 */
public record CommunityAssignmentDecided(long requestId, String loop, long itemId, String communityCode,
		CommunityAdmission.Role role, boolean approved, String decidedBy, String note) {
}
