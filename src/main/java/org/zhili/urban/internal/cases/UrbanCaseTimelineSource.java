package org.zhili.urban.internal.cases;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.process.PhotoAccess;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;
import org.zhili.urban.UrbanCases;

/** An urban case's steps from the kit's journal, and its photos, for a reader who may see it. */
@Component
class UrbanCaseTimelineSource implements TimelineSource, PhotoAccess {

	private final UrbanCaseQueries queries;
	private final UrbanCaseStore store;
	private final UrbanCaseAccess access;

	UrbanCaseTimelineSource(UrbanCaseQueries queries, UrbanCaseStore store, UrbanCaseAccess access) {
		this.queries = queries;
		this.store = store;
		this.access = access;
	}

	@Override
	public String loop() {
		return UrbanCases.LOOP;
	}

	@Override
	public List<TimelineEntry> timeline(long itemId, Actor reader) {
		return queries.timeline(itemId, reader);
	}

	@Override
	public boolean maySee(Actor reader, long itemId) {
		return store.find(itemId).filter(r -> access.sees(r, reader)).isPresent();
	}
}
