package org.zhili.plans.internal.suggestions;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;

/** The timeline of a suggestion through the process kit's one API, read from its events. */
@Component
class SuggestionTimelineSource implements TimelineSource {

	private final SuggestionService suggestions;
	private final SuggestionTimeline timelines;

	SuggestionTimelineSource(SuggestionService suggestions, SuggestionTimeline timelines) {
		this.suggestions = suggestions;
		this.timelines = timelines;
	}

	@Override
	public String loop() {
		return SuggestionClocks.LOOP;
	}

	@Override
	public List<TimelineEntry> timeline(long itemId, Actor reader) {
		return timelines.of(List.of(suggestions.get(itemId, reader))).getOrDefault(itemId, List.of());
	}
}
