package org.zhili.org;

/**
 * The published outlines of the district's units, for maps anyone may see (the public pages): a GeoJSON
 * FeatureCollection in WGS84 with {@code code}, {@code name}, {@code level} and {@code source} properties.
 */
public interface Boundaries {

	/** Every active unit of {@code level} (DISTRICT or STREET; finer levels are not published). */
	String featureCollection(UnitLevel level);
}
