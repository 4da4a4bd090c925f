package org.zhili.process;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The whole-process record (全过程记录) of the loops that keep no event table of their own: each step of an item,
 * appended in the step's transaction and never changed, read back as the item's {@link TimelineEntry timeline}.
 */
public interface Journal {

	/**
	 * One step.
	 *
	 * @param action a stable code ({@code draw}, {@code record}, {@code confirm}…); {@code actionLabel} what people read
	 * @param actor the account, or {@code system}
	 * @param unitCode the unit the step concerns, or {@code null}
	 * @param note what was said or decided, or {@code null}
	 */
	record Step(String loop, long itemId, String action, String actionLabel, String actor, String unitCode,
			String note, Instant at) {
	}

	/** Appends a step; answers its id (for a photo taken with it). */
	long append(Step step);

	/**
	 * Appends the steps of a history being loaded (a demo's year, data from before the loop), in one write; they
	 * show no clock light, since no clock of the kit ran then.
	 */
	default void appendHistory(Collection<Step> steps) {
		steps.forEach(this::append);
	}

	/** The item's timeline, oldest first; the clock state is the light of the item's running clock at each step. */
	List<TimelineEntry> timeline(String loop, long itemId);

	/** The timelines of several items of a loop (for an export), keyed by item. */
	Map<Long, List<TimelineEntry>> timelines(String loop, Collection<Long> itemIds);
}
