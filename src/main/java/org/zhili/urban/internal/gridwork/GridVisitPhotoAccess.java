package org.zhili.urban.internal.gridwork;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.process.PhotoAccess;

/** A visit's photos are served to the readers of its grid's ledger. */
@Component
class GridVisitPhotoAccess implements PhotoAccess {

	private final GridVisits visits;

	GridVisitPhotoAccess(GridVisits visits) {
		this.visits = visits;
	}

	@Override
	public String loop() {
		return GridVisits.LOOP;
	}

	@Override
	public boolean maySee(Actor reader, long itemId) {
		return visits.maySee(reader, itemId);
	}
}
