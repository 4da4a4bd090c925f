package org.zhili.process;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.zhili.identity.Actor;

/**
 * The one inbox every loop posts to: a message is addressed to a unit and read by everyone of that unit; each
 * account keeps its own read state. Posting joins the caller's transaction, so a message exists exactly when
 * the step that caused it was committed.
 */
public interface Inbox {

	/**
	 * A message to a unit about an item of a loop.
	 *
	 * @param loop the loop posting it ({@code case}, {@code plan-task}, {@code suggestion}…)
	 * @param itemId the item, or {@code null}
	 * @param itemRef what people see of the item (a tracking number, a title), or {@code null}
	 * @param link the item's page, or {@code null}
	 * @param kind a stable code for programs ({@code REMINDER}); {@code kindLabel} is what people see (催办)
	 * @param dedupeKey posted only once per key (e.g. a monthly reminder), or {@code null}
	 */
	record Message(String loop, Long itemId, String itemRef, String link, String unitCode, String kind,
			String kindLabel, String text, Instant at, String dedupeKey) {
	}

	/** A message as a reader sees it, with whether this reader has read it. */
	record Entry(long id, String loop, Long itemId, String itemRef, String link, String unitCode, String kind,
			String kindLabel, String message, Instant createdAt, boolean read) {
	}

	/** Posts messages; one whose {@code dedupeKey} was posted before is left out. */
	void post(Collection<Message> messages);

	default void post(Message message) {
		post(List.of(message));
	}

	/** The newest messages to the reader's units, of the given loops (all when empty). */
	List<Entry> read(Actor reader, Collection<String> loops, boolean unreadOnly, int limit);

	long unread(Actor reader);

	/** Marks every message to the reader's units as read by the reader; answers how many were unread. */
	int markAllRead(Actor reader, Instant at);
}
