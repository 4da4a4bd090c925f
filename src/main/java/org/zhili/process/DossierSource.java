package org.zhili.process;

import java.util.List;

import org.zhili.identity.Actor;

/**
 * A loop's items about one person or one building, for the one view across doors (一人一档、一址一档). Each loop
 * answers for its own items and leaves out what the reader is not entitled to see (a unit accused in a 检举控告
 * never sees it); the dossier merges the answers into one timeline.
 */
public interface DossierSource {

	/** A loop's item as the dossier lists it. */
	record Item(String loop, String loopLabel, long itemId, String itemRef, String title, String link,
			java.time.Instant at, String stateLabel, boolean open, String unitName) {
	}

	String loop();

	/** What people call the loop's items (12345工单, 信访, 矛盾纠纷…), also where the reader has none. */
	String loopLabel();

	/**
	 * Items whose requester, petitioner or party has this phone or ID number, as blind indexes
	 * ({@link org.zhili.identity.FieldCipher#blindIndex}); either may be {@code null}. Newest first, at most
	 * {@code limit}.
	 */
	List<Item> byPerson(String phoneIndex, String idNumberIndex, Actor reader, int limit);

	/** Items at this building ({@link org.zhili.org.AddressKey}), newest first, at most {@code limit}. */
	List<Item> byAddress(String addressKey, Actor reader, int limit);
}
