package org.zhili.cases;

import java.time.Instant;
import java.util.List;

/** The requests one enterprise made (政企互通), for the enterprise's own page, whatever the reader's case scope. */
public interface EnterpriseCases {

	/**
	 * One request and how it ended.
	 *
	 * @param enterpriseName the enterprise's name as the request gave it
	 * @param state the case's state now; {@code ended} when nothing more happens to it
	 * @param leadUnitCode the unit handling it, or {@code null} before dispatch
	 * @param result the reply's outcome (已解决…), or {@code null}
	 * @param satisfaction the requester's rating, or {@code null}
	 */
	record Request(long id, String trackingNumber, String enterpriseName, String title, Instant registeredAt, CaseView.Labelled state,
			boolean ended, String leadUnitCode, CaseView.Labelled result, CaseView.Labelled satisfaction,
			Instant closedAt) {
	}

	/** The enterprise's requests, newest first (at most {@code limit}). */
	List<Request> of(String creditCode, int limit);
}
