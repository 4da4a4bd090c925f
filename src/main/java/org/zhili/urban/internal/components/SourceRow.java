package org.zhili.urban.internal.components;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One row of an imported file before it is checked: its number as people count it in that file (the CSV's line
 * number, the GeoJSON feature's or Shapefile record's 1-based position), its values by column (upper-case names;
 * blank values left out), and its geometry — or why the geometry could not be read, reported under
 * {@code geometryField}; {@code layer} names the shapefile a row comes from when a zip holds several.
 */
record SourceRow(int number, Map<String, String> values, Geometry geometry, String geometryField,
		String geometryProblem, String layer) {

	SourceRow(int number, Map<String, String> values, Geometry geometry, String geometryField, String geometryProblem) {
		this(number, values, geometry, geometryField, geometryProblem, null);
	}

	String value(String field) {
		return values.get(field);
	}
}
