package org.zhili.org.internal;

import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** GeoJSON text of layers for import tests. */
final class GeoJsonFixtures {

	private GeoJsonFixtures() {
	}

	/** A FeatureCollection with one feature per entry, the key as its {@code code}. */
	static String collection(Map<String, Geometry> layer) {
		return wrap(features(layer).toArray(String[]::new));
	}

	static List<String> features(Map<String, Geometry> layer) {
		return layer.entrySet().stream().map(e -> feature(e.getKey(), geoJson(e.getValue()))).toList();
	}

	static String feature(String code, String geometry) {
		return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":" + geometry + "}";
	}

	static String wrap(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	static String geoJson(Geometry geometry) {
		GeoJsonWriter writer = new GeoJsonWriter(9);
		writer.setEncodeCRS(false);
		return writer.write(geometry);
	}
}
