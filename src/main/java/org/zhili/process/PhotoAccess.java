package org.zhili.process;

import org.zhili.identity.Actor;

/**
 * Who may see a loop's photos, declared by the loop: the kit serves a photo of an item
 * ({@code GET /api/v1/photos/{loop}/{itemId}/{photoId}}) only to a reader the loop lets see the item. A loop
 * without one has its photos served by its own endpoints only.
 */
public interface PhotoAccess {

	/** The loop whose items these are. */
	String loop();

	/** Whether the reader may see the item (and so its photos); {@code false} answers 404, as for a missing item. */
	boolean maySee(Actor reader, long itemId);
}
