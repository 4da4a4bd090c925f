package org.zhili.inspection.internal.execution;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.process.Journal;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;

/** An inspection's 全过程记录, read from the kit's journal for a reader who may see the inspection. */
@Component
class InspectionTimelineSource implements TimelineSource {

	private final InspectionViews views;
	private final Journal journal;

	InspectionTimelineSource(InspectionViews views, Journal journal) {
		this.views = views;
		this.journal = journal;
	}

	@Override
	public String loop() {
		return InspectionSteps.LOOP;
	}

	@Override
	public List<TimelineEntry> timeline(long itemId, Actor reader) {
		views.get(itemId, reader);
		return journal.timeline(InspectionSteps.LOOP, itemId);
	}
}
