package org.zhili.inspection.internal.rectification;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.inspection.Rectifications;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;

/** A rectification's steps, from the kit's journal, for a reader who may see it. */
@Component
class RectificationTimelineSource implements TimelineSource {

	private final RectificationRegister rectifications;

	RectificationTimelineSource(RectificationRegister rectifications) {
		this.rectifications = rectifications;
	}

	@Override
	public String loop() {
		return Rectifications.LOOP;
	}

	@Override
	public List<TimelineEntry> timeline(long itemId, Actor reader) {
		return rectifications.timeline(itemId, reader);
	}
}
