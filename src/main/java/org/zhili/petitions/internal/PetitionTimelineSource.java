package org.zhili.petitions.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;

/** A petition's steps, from the kit's journal, for a reader who may see it. */
@Component
class PetitionTimelineSource implements TimelineSource {

	private final PetitionQueries queries;

	PetitionTimelineSource(PetitionQueries queries) {
		this.queries = queries;
	}

	@Override
	public String loop() {
		return PetitionRegistration.LOOP;
	}

	@Override
	public List<TimelineEntry> timeline(long itemId, Actor reader) {
		return queries.timeline(itemId, reader);
	}
}
