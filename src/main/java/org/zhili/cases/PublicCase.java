package org.zhili.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case as its requester and the public see it: what was asked, where, who handles it and the public steps —
 * never internal notes, staff names or the requester's personal data.
 *
 * @param open whether the case is still being handled (everything but closed, voided and merged)
 * @param leadUnit the unit responsible (承办单位), or {@code null} before dispatch
 * @param reply the reply the requester received, once reviewed
 * @param rateable whether the requester may rate the reply now
 * @param updatedAt the time of the last public step
 */
public record PublicCase(String trackingNumber, String type, String typeLabel, String categoryCode,
		String categoryName, String description, String address, Double lng, Double lat, String state,
		String stateLabel, boolean open, boolean enterprise, CaseView.Unit leadUnit, String reply, Instant repliedAt,
		Boolean solved, String satisfaction, boolean rateable, Instant registeredAt, Instant updatedAt,
		int photos, List<Step> timeline) {

	/**
	 * A public step: 已受理, 已派至…, 已答复, 已评价, 已办结….
	 *
	 * @param action the action's code (REGISTER, DISPATCH…)
	 * @param label what happened, in Chinese
	 * @param unit the unit it concerns, when any
	 * @param text the reply text for a reply; otherwise {@code null}
	 */
	public record Step(Instant at, String action, String label, CaseView.Unit unit, String text) {
	}
}
