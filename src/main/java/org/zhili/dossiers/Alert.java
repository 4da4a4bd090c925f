package org.zhili.dossiers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An early warning as the street sees it.
 *
 * @param evidence the items that raised it, each with its page
 * @param stateLabel 待处理 / 已签收 / 已处置
 * @param petition the petition that followed it, or {@code null}
 */
public record Alert(long id, EarlyWarningRule rule, String ruleLabel, String streetCode, String streetName,
		String communityCode, String addressKey, String categoryCode, String summary, List<Evidence> evidence,
		Instant raisedAt, String state, String stateLabel, String handledBy, Instant handledAt, String handlingNote,
		FollowedBy petition) {

	/** An item behind an alert. */
	public record Evidence(String loop, long itemId, String itemRef, String title, String link, Instant at,
			String stateLabel) {
	}

	/** The petition registered after the alert, and how long after. */
	public record FollowedBy(long petitionId, String trackingNumber, Instant at) {

		public long leadDays(Instant raisedAt) {
			return Duration.between(raisedAt, at).toDays();
		}
	}
}
