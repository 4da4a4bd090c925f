package org.zhili.process.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the photos every loop keeps ({@code zhili.process.photos.*}).
 *
 * @param maxBytes the largest upload accepted
 * @param maxPerItem how many photos one item (a case, an inspection…) may carry
 * @param maxPixels the largest image accepted, by the size its header claims (a few kilobytes of PNG can claim a
 *        canvas that fills any heap), checked before anything is decoded
 * @param keptSide the longest side a photo is kept at: a larger one is decoded at a fraction of its resolution, so
 *        decoding takes a bounded amount of memory whatever the camera
 */
@ConfigurationProperties("zhili.process.photos")
record PhotosProperties(@DefaultValue("5242880") int maxBytes, @DefaultValue("20") int maxPerItem,
		@DefaultValue("50000000") long maxPixels, @DefaultValue("4096") int keptSide) {

	PhotosProperties {
		if (maxBytes < 1 || maxPerItem < 1 || maxPixels < 1 || keptSide < 1) {
			throw new IllegalArgumentException(
					"zhili.process.photos.max-bytes, max-per-item, max-pixels and kept-side must be at least 1");
		}
	}
}
