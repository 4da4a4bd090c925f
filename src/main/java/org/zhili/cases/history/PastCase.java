package org.zhili.cases.history;

import java.time.Instant;

import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.Urgency;
import org.zhili.identity.Actor;

/**
 * A request as it was registered in the past, before anything was done with it.
 *
 * @param territoryPath the path of its district, street, community and grid codes
 * @param requesterName the requester's name in clear (encrypted when written), or {@code null}
 * @param requesterPhone the requester's phone in clear (encrypted, with a blind index), or {@code null}
 * @param externalSystem the system it came from with its number there (e.g. CITY_12345), or {@code null}
 * @param registrar who registered it (the operator, an integration, a grid worker…)
 * @param queryCode the six digits a requester looks the case up with
 */
public record PastCase(Channel channel, CaseType type, String title, String description, String address, double lng,
		double lat, String streetCode, String communityCode, String gridCode, String territoryPath,
		String requesterName, String requesterPhone, boolean anonymous, boolean confidential, boolean enterprise,
		String externalSystem, String externalId, Instant registeredAt, Actor registrar, String categoryCode,
		Urgency urgency, String queryCode) {
}
