package org.zhili.urban.internal.components;

import java.util.Locale;
import java.util.Optional;

import org.zhili.process.Labelled;

/** The file formats the inventory is imported from and exported to. */
public enum ImportFormat implements Labelled {
	GEOJSON("GeoJSON", "application/geo+json", ".geojson"),
	SHAPEFILE("Shapefile（zip）", "application/zip", ".zip"),
	CSV("CSV", "text/csv", ".csv");

	private final String label;
	private final String contentType;
	private final String extension;

	ImportFormat(String label, String contentType, String extension) {
		this.label = label;
		this.contentType = contentType;
		this.extension = extension;
	}

	@Override
	public String label() {
		return label;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	/** The format a name says (geojson, shapefile/shp/zip, csv), in any case. */
	public static Optional<ImportFormat> named(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return switch (name.strip().toLowerCase(Locale.ROOT)) {
			case "geojson", "json" -> Optional.of(GEOJSON);
			case "shapefile", "shp", "zip" -> Optional.of(SHAPEFILE);
			case "csv" -> Optional.of(CSV);
			default -> Optional.empty();
		};
	}

	/** The format a file's name says by its extension. */
	public static Optional<ImportFormat> ofFilename(String filename) {
		if (filename == null) {
			return Optional.empty();
		}
		String lower = filename.toLowerCase(Locale.ROOT);
		int dot = lower.lastIndexOf('.');
		return dot < 0 ? Optional.empty() : named(lower.substring(dot + 1));
	}
}
