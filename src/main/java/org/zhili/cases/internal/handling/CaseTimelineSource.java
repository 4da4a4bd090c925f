package org.zhili.cases.internal.handling;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseView;
import org.zhili.cases.internal.views.CaseViews;
import org.zhili.identity.Actor;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;

/** A case's timeline in the kit's shape, with the light of its running deadline at each step. */
@Component
class CaseTimelineSource implements TimelineSource {

	private final ActionService actions;
	private final CaseViews views;

	CaseTimelineSource(ActionService actions, CaseViews views) {
		this.actions = actions;
		this.views = views;
	}

	@Override
	public String loop() {
		return CaseClocks.LOOP;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(long itemId, Actor reader) {
		return views.of(actions.visibleCase(itemId, reader), reader, true).timeline().stream()
			.map(CaseTimelineSource::entry)
			.toList();
	}

	private static TimelineEntry entry(CaseView.TimelineEntry e) {
		CaseView.Unit unit = e.unit() != null ? e.unit() : e.actorUnit();
		return new TimelineEntry(e.at(), e.action(), e.actionLabel(), e.actor(), unit == null ? null : unit.code(),
				unit == null ? null : unit.name(), e.note(),
				e.light() == null || "NONE".equals(e.light().code()) ? null : e.light().label());
	}
}
