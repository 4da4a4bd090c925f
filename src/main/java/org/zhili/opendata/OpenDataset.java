package org.zhili.opendata;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A dataset a module publishes for anyone to download, declared as a bean: the catalogue, the CKAN API and DCAT
 * describe it from this. The data itself stays at the module's own public addresses.
 *
 * @param name the dataset's stable name in the catalogue (lower-case letters, digits, {@code -}), as CKAN wants it
 * @param modified when its data last changed, asked when the catalogue is read; {@code null} for data that is live
 *        (counted as it is read) or has none yet: the catalogue then says now
 */
public record OpenDataset(String name, String title, String description, String publisher, List<String> keywords,
		List<Distribution> distributions, Supplier<Instant> modified) {

	/** One download of the dataset: its format (CSV, JSON, GeoJSON), media type and path on this server. */
	public record Distribution(String format, String mediaType, String path, String title) {

		public static Distribution csv(String path, String title) {
			return new Distribution("CSV", "text/csv", path, title);
		}

		public static Distribution json(String path, String title) {
			return new Distribution("JSON", "application/json", path, title);
		}

		public static Distribution geoJson(String path, String title) {
			return new Distribution("GeoJSON", "application/geo+json", path, title);
		}
	}

	public OpenDataset {
		if (name == null || !name.matches("[a-z0-9][a-z0-9-]{1,99}")) {
			throw new IllegalArgumentException("a dataset's name is 2-100 lower-case letters, digits and dashes: " + name);
		}
		keywords = List.copyOf(keywords);
		distributions = List.copyOf(distributions);
	}
}
