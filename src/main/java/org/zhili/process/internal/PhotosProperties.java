package org.zhili.process.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the photos every loop keeps ({@code zhili.process.photos.*}).
 *
 * @param maxBytes the largest upload accepted
 * @param maxPerItem how many photos one item (a case, an inspection…) may carry
 */
@ConfigurationProperties("zhili.process.photos")
record PhotosProperties(@DefaultValue("5242880") int maxBytes, @DefaultValue("20") int maxPerItem) {

	PhotosProperties {
		if (maxBytes < 1 || maxPerItem < 1) {
			throw new IllegalArgumentException("zhili.process.photos.max-bytes and max-per-item must be at least 1");
		}
	}
}
