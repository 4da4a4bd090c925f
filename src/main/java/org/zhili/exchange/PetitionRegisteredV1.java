package org.zhili.exchange;

import java.time.Instant;

/**
 * {@code petition.registered} version 1, on {@code zhili.petitions}: a petition (信访) was registered. Without the
 * petitioner, the building or the text.
 *
 * @param petitionId the petition's id, the message key
 * @param trackingNumber its number (XF…)
 * @param streetCode the street, or {@code null}
 * @param groupSize how many came (more than one: a group visit)
 * @param registeredAt when
 */
public record PetitionRegisteredV1(long petitionId, String trackingNumber, String streetCode, int groupSize,
		Instant registeredAt) {
}
