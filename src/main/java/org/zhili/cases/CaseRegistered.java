package org.zhili.cases;

import java.time.Instant;

/**
 * A case was taken in (announced with the others committed with it, in {@link CasesRegistered}). It carries what
 * the requester said and where, so that a listener (routing: classifying, looking for repeated requests,
 * dispatching) need not read the case back.
 *
 * @param caseId the case
 * @param trackingNumber its human-readable number
 * @param categoryCode the category, or {@code null} when the operator left it to the dispatcher
 * @param streetCode the street the location lies in, or {@code null}
 * @param channel how it came in
 * @param title the title as registered (may be empty)
 * @param description what the requester said
 * @param communityCode the community the location lies in, or {@code null}
 * @param gridCode the grid the location lies in, or {@code null}
 * @param lng the location's longitude (WGS84), or {@code null} when the case has no point
 * @param lat the location's latitude, or {@code null}
 * @param registeredAt when it was taken in
 * @param state the state the registering transaction left it in: {@link CaseState#REGISTERED}, or
 *        {@link CaseState#CLOSED} when it was answered on the spot
 * @param version the case's version when registered: an action taken on the strength of this event (routing's
 *        automatic dispatch) is refused if anyone acted on the case since. Like the text, place, time and state,
 *        {@code null} in an event stored by an earlier version (see {@link #withoutText()})
 * @param type what the requester wants, or {@code null} in an event stored by an earlier version
 * @param addressKey the building ({@link org.zhili.org.AddressKey}), or {@code null} (no address, or an earlier
 *        version's event)
 * @param phoneIndex the requester's phone as a blind index, or {@code null}
 */
public record CaseRegistered(long caseId, String trackingNumber, String categoryCode, String streetCode,
		Channel channel, String title, String description, String communityCode, String gridCode, Double lng,
		Double lat, Instant registeredAt, CaseState state, Integer version, CaseType type, String addressKey,
		String phoneIndex) {

	/** A registration without the requester's type, building and phone (as read back by routing). */
	public CaseRegistered(long caseId, String trackingNumber, String categoryCode, String streetCode, Channel channel,
			String title, String description, String communityCode, String gridCode, Double lng, Double lat,
			Instant registeredAt, CaseState state, Integer version) {
		this(caseId, trackingNumber, categoryCode, streetCode, channel, title, description, communityCode, gridCode,
				lng, lat, registeredAt, state, version, null, null, null);
	}

	/** Whether the event was stored by an earlier version without the case's text and place. */
	public boolean withoutText() {
		return registeredAt == null;
	}

	/** The same case as left by an answer on the spot, in the transaction that registered it: closed. */
	public CaseRegistered answeredOnTheSpot() {
		return new CaseRegistered(caseId, trackingNumber, categoryCode, streetCode, channel, title, description,
				communityCode, gridCode, lng, lat, registeredAt, CaseState.CLOSED, version, type, addressKey, phoneIndex);
	}
}
