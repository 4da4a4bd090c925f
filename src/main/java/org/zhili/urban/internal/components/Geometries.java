package org.zhili.urban.internal.components;

import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.linearref.LengthIndexedLine;

/** The inventory's geometry in WGS84 (EPSG:4326): points and lines, their WKT, a line's representative point. */
final class Geometries {

	static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private Geometries() {
	}

	static Point point(double lng, double lat) {
		return WGS84.createPoint(new Coordinate(lng, lat));
	}

	/** Whether a coordinate is a finite longitude/latitude. */
	static boolean isLngLat(double lng, double lat) {
		return Double.isFinite(lng) && Double.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90;
	}

	/** A line's point half-way along it (on the line, unlike its centroid), or the point itself. */
	static Coordinate representative(Geometry geometry) {
		if (geometry instanceof LineString line) {
			return new LengthIndexedLine(line).extractPoint(line.getLength() / 2);
		}
		return geometry.getCoordinate();
	}

	static String wkt(Geometry geometry) {
		WKTWriter writer = new WKTWriter();
		writer.setPrecisionModel(new PrecisionModel(1e7));
		return writer.write(geometry);
	}

	/** @throws IllegalArgumentException with a Chinese reason when the text is not WKT */
	static Geometry fromWkt(String wkt) {
		try {
			return new WKTReader(WGS84).read(wkt);
		}
		catch (ParseException | IllegalArgumentException e) {
			throw new IllegalArgumentException("WKT 无法解析：" + e.getMessage());
		}
	}

	/** A column name as the inventory compares it: ASCII names in upper case, others (Chinese labels) as written. */
	static String key(String name) {
		String k = name == null ? "" : name.strip();
		if (!k.isEmpty() && k.charAt(0) == '\uFEFF') {
			k = k.substring(1);
		}
		return k.matches("[A-Za-z0-9_]+") ? k.toUpperCase(Locale.ROOT) : k;
	}
}
