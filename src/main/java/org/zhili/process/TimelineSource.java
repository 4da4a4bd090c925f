package org.zhili.process;

import java.util.List;

import org.zhili.identity.Actor;

/** A loop's timelines, read for one reader (who must be allowed to see the item: otherwise the loop's 404). */
public interface TimelineSource {

	String loop();

	List<TimelineEntry> timeline(long itemId, Actor reader);
}
