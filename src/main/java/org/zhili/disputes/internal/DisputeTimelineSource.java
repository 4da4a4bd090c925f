package org.zhili.disputes.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.disputes.Disputes;
import org.zhili.identity.Actor;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;

/** A dispute's steps, from the kit's journal, for a reader who may see it. */
@Component
class DisputeTimelineSource implements TimelineSource {

	private final DisputeQueries queries;

	DisputeTimelineSource(DisputeQueries queries) {
		this.queries = queries;
	}

	@Override
	public String loop() {
		return Disputes.LOOP;
	}

	@Override
	public List<TimelineEntry> timeline(long itemId, Actor reader) {
		return queries.timeline(itemId, reader);
	}
}
