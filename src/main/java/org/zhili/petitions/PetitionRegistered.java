package org.zhili.petitions;

import java.time.Instant;

/**
 * A petition was registered. The early warning counts how many of its alerts came before one.
 *
 * @param addressKey the building ({@link org.zhili.org.AddressKey}), or {@code null}
 * @param phoneIndex the petitioner's phone as a blind index, or {@code null}
 * @param groupSize how many came
 */
public record PetitionRegistered(long petitionId, String trackingNumber, String streetCode, String addressKey,
		String phoneIndex, int groupSize, Instant at) {
}
