package org.zhili.process;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Photos of the items of every loop (a case's scene, an inspection on site, a hazard before and after). Only JPEG
 * and PNG are accepted; each is decoded and encoded again before it is kept, which drops whatever else the file
 * carried (location and camera metadata, appended data). Storing joins the caller's transaction. The size of a
 * photo and how many an item may have are configuration ({@code zhili.process.photos.max-bytes},
 * {@code max-per-item}). A loop that declares a {@link PhotoAccess} has its photos served at
 * {@code GET /api/v1/photos/{loop}/{itemId}/{photoId}} too.
 */
public interface Photos {

	/**
	 * A kept photo.
	 *
	 * @param step the step of the item it belongs to (a case event's id, an inspection's 全过程记录 row…), or {@code null}
	 */
	record Photo(long id, String loop, long itemId, Long step, String fileName, String contentType, long sizeBytes,
			String sha256, String uploadedBy, Instant uploadedAt) {
	}

	/** A kept photo's bytes. */
	record Content(String fileName, String contentType, byte[] bytes) {
	}

	/**
	 * Keeps a photo of an item.
	 *
	 * @throws org.zhili.platform.ApiProblem 400 {@code empty_file}, {@code file_too_large}, {@code too_many_files},
	 * {@code unsupported_file}
	 */
	Photo store(String loop, long itemId, Long step, String fileName, byte[] upload, String uploadedBy, Instant at);

	/** The item's photos, oldest first. */
	List<Photo> of(String loop, long itemId);

	/** How many photos each of several items of a loop has (for a list); items without photos are left out. */
	Map<Long, Integer> counts(String loop, Collection<Long> itemIds);

	/** A photo's bytes, if it belongs to that item. */
	Optional<Content> content(String loop, long itemId, long photoId);
}
